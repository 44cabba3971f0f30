
namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// A constructor or factory that creates an AI client, and how to tell which service it targets: by type
/// (<see cref="Default"/>), by an endpoint argument, or by the endpoint set on an options argument. A member whose
/// value is read from configuration (<c>IConfiguration[...]</c>, an environment variable) is an entry with the default
/// <see cref="ProviderFacts.Unknown"/>: a URL from there may name any service.
/// </summary>
internal sealed class ClientFactory : CatalogEntry
{
    public ClientFactory(string typeName, ApiMember member, ProviderFacts @default, Slot? azureIfGiven = null, Slot? options = null, Slot? endpoint = null)
        : base(typeName, member)
    {
        Default = @default;
        Endpoint = endpoint;
        AzureIfGiven = azureIfGiven;
        Options = options;
    }

    /// <summary>
    /// The service when neither argument below decides: <see cref="ProviderFacts.Azure"/>, a named provider
    /// (<see cref="ProviderFacts.OpenAI"/> for OpenAI's own service, ...), or <see cref="ProviderFacts.Unknown"/>.
    /// </summary>
    public ProviderFacts Default { get; }

    /// <summary>An argument whose presence makes the client Azure (Azure.AI.OpenAI 1.x takes an endpoint <c>Uri</c> only for Azure).</summary>
    public Slot? AzureIfGiven { get; }

    /// <summary>
    /// A client-options argument whose endpoint property (<see cref="EndpointProperty"/>) decides the service. Options
    /// built in sight decide by their endpoint; options from elsewhere leave the service unknown.
    /// </summary>
    public Slot? Options { get; }

    /// <summary>
    /// An endpoint argument whose URL decides the service (<see cref="EndpointClassifier"/>): Azure.AI.Inference clients
    /// serve Azure and non-Azure hosts alike. An endpoint that cannot be read (configuration) leaves the service unknown.
    /// </summary>
    public Slot? Endpoint { get; }

    public override string Describe() =>
        (Endpoint is { } url ? "the URL of " + url + " decides (unknown when it cannot be read)"
            : Default == ProviderFacts.Azure ? "Azure"
            : Default == ProviderFacts.Unknown ? (Member.Kind == ApiMemberKind.Constructor ? "an unknown service" : "a URL read here names an unknown service")
            : ProviderName(Default))
        + (AzureIfGiven is { } endpoint ? ", Azure when " + endpoint + " is given" : string.Empty)
        + (Options is { } options ? ", unless the endpoint of " + options + " says otherwise" : string.Empty)
        + (Signing == AssemblySigning.StrongNamed ? " (strong-named assembly only)"
            : Signing == AssemblySigning.Unsigned ? " (unsigned assembly only, as Unity builds packages)"
            : string.Empty);

    /// <summary>How docs/catalog.md names a provider that is not Azure.</summary>
    internal static string ProviderName(ProviderFacts provider) => provider switch
    {
        ProviderFacts.OpenAI => "OpenAI's own service",
        ProviderFacts.Anthropic => "Anthropic's service",
        ProviderFacts.Google => "Google's service",
        ProviderFacts.Aws => "Amazon Bedrock",
        _ => "not Azure",
    };
}
