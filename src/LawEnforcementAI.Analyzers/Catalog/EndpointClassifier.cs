using System;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>Tells an Azure OpenAI or Foundry endpoint from any other URL by its text (docs/flow.md, "Clients").</summary>
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

    /// <summary>
    /// Azure AI hosts (and an <c>/openai/</c> path, Azure's deployment routes) are Azure; any other absolute http(s) URL
    /// provably targets something else: another model provider, a local model, or a service that is no model at all
    /// (an agency's records system). Either way it is not an Azure vision request. Anything else says nothing.
    /// Fragments count too (<c>$"https://{name}.openai.azure.com/"</c> has the literal part ".openai.azure.com/"),
    /// so a URL built from pieces is still recognised.
    /// </summary>
    public static ProviderFacts Classify(string text)
    {
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
            ? ProviderFacts.NonAzure
            : ProviderFacts.None;
    }
}
