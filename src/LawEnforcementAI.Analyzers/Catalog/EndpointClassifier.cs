using System;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// Tells an Azure OpenAI or Foundry endpoint, a named model provider's endpoint and any other URL apart by its text
/// (docs/flow.md, "Clients").
/// </summary>
internal static class EndpointClassifier
{
    private static readonly string[] AzureHostSuffixes =
    {
        ".openai.azure.com",
        ".cognitiveservices.azure.com",
        ".services.ai.azure.com",
        ".inference.ai.azure.com",
        ".models.ai.azure.com",
    };

    /// <summary>The hosts of the model providers whose usage policies are packs; a host counts with its subdomains.</summary>
    private static readonly (string Host, ProviderFacts Provider)[] ProviderHosts =
    {
        ("api.openai.com", ProviderFacts.OpenAI),
        ("api.anthropic.com", ProviderFacts.Anthropic),
        ("generativelanguage.googleapis.com", ProviderFacts.Google),
        ("aiplatform.googleapis.com", ProviderFacts.Google),
    };

    /// <summary>
    /// Azure AI hosts (and an <c>/openai/</c> path, Azure's deployment routes) are Azure; any other absolute http(s) URL
    /// provably targets something else: a named model provider (<see cref="ProviderOfHost"/>), or another service, a local
    /// model or a service that is no model at all (an agency's records system). Either way it is not an Azure vision
    /// request. Anything else says nothing.
    /// Fragments count too (<c>$"https://{name}.openai.azure.com/"</c> has the literal part ".openai.azure.com/"),
    /// so a URL built from pieces is still recognised.
    /// </summary>
    public static ProviderFacts Classify(string text)
    {
        // A named provider's own host first: Google's and Bedrock's OpenAI-compatible routes have an /openai/ path too.
        if (Uri.TryCreate(text, UriKind.Absolute, out var parsed) && parsed.Host.Length > 0
            && ProviderOfHost(parsed.Host) is var named && (named & ProviderFacts.NamedProviders) != ProviderFacts.None)
        {
            return named;
        }

        foreach (var suffix in AzureHostSuffixes)
        {
            if (text.IndexOf(suffix, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return ProviderFacts.Azure;
            }
        }

        if (text.IndexOf("/openai/", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return ProviderFacts.Azure;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri)
               && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
               && uri.Host.Length > 0
            ? ProviderOfHost(uri.Host)
            : ProviderFacts.None;
    }

    /// <summary>
    /// A named provider's host (Vertex AI's regional hosts are <c>{region}-aiplatform.googleapis.com</c>, Bedrock's
    /// <c>bedrock-runtime.{region}.amazonaws.com</c>), else another service: a local model or a host that is no model
    /// provider's.
    /// </summary>
    private static ProviderFacts ProviderOfHost(string host)
    {
        foreach (var (known, provider) in ProviderHosts)
        {
            if (host.Equals(known, StringComparison.OrdinalIgnoreCase)
                || host.EndsWith("." + known, StringComparison.OrdinalIgnoreCase))
            {
                return provider;
            }
        }

        if (host.EndsWith("-aiplatform.googleapis.com", StringComparison.OrdinalIgnoreCase))
        {
            return ProviderFacts.Google;
        }

        return host.StartsWith("bedrock-runtime.", StringComparison.OrdinalIgnoreCase) && host.EndsWith(".amazonaws.com", StringComparison.OrdinalIgnoreCase)
            ? ProviderFacts.Aws
            : ProviderFacts.OtherService;
    }
}
