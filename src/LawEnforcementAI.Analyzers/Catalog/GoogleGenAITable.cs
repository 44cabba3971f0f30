using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// Google's Gen AI SDK for .NET (Google.GenAI): <c>client.Models.GenerateContentAsync(model, contents)</c> sends a
/// Gemini request (the Gemini API or Vertex AI, both Google's), whose parts carry an image's bytes inline
/// (<c>Part.InlineData.Data</c>), built with object initializers the engine follows as it follows any object. The
/// Models service is a property of the client, so it keeps the client's service.
/// </summary>
internal static class GoogleGenAITable
{
    private const string Models = "Google.GenAI.Models";

    public static readonly ImmutableArray<VisionSink> Sinks = ImmutableArray.Create(
        new VisionSink(Models, "GenerateContentAsync", "contents"),
        new VisionSink(Models, "GenerateContentStreamAsync", "contents"));

    public static readonly ImmutableArray<ClientFactory> ClientFactories = ImmutableArray.Create(
        new ClientFactory("Google.GenAI.Client", ApiMember.Constructor, ProviderFacts.Google));

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(GoogleGenAITable), sinks: Sinks, clientFactories: ClientFactories);
}
