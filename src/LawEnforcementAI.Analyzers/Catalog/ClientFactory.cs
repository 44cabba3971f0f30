using LawEnforcementAI.Analyzers.Flow;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// A constructor or factory that creates an AI client, and how to tell which service it targets: by type
/// (<see cref="Default"/>), by an endpoint argument, or by the endpoint set on an options argument.
/// </summary>
internal sealed class ClientFactory : CatalogueEntry
{
    public ClientFactory(string typeName, ApiMember member, ProviderFacts @default, Slot? azureIfGiven = null, Slot? options = null)
        : base(typeName, member)
    {
        Default = @default;
        AzureIfGiven = azureIfGiven;
        Options = options;
    }

    /// <summary>The service when neither argument below decides: <see cref="ProviderFacts.Azure"/> or <see cref="ProviderFacts.NonAzure"/>.</summary>
    public ProviderFacts Default { get; }

    /// <summary>An argument whose presence makes the client Azure (Azure.AI.OpenAI 1.x takes an endpoint <c>Uri</c> only for Azure).</summary>
    public Slot? AzureIfGiven { get; }

    /// <summary>
    /// A client-options argument whose endpoint property (<see cref="EndpointProperty"/>) decides the service. Options
    /// built in sight decide by their endpoint; options from elsewhere leave the service unknown.
    /// </summary>
    public Slot? Options { get; }

    public override string Describe() =>
        (Default == ProviderFacts.Azure ? "Azure" : "not Azure")
        + (AzureIfGiven is { } endpoint ? ", Azure when " + endpoint + " is given" : string.Empty)
        + (Options is { } options ? ", unless the endpoint of " + options + " says otherwise" : string.Empty);
}
