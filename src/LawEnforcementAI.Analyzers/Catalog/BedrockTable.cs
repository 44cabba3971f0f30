using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// AWS's Amazon Bedrock runtime SDK (AWSSDK.BedrockRuntime 4.x): <c>ConverseAsync</c> sends a Converse request, whose
/// image blocks carry the image's bytes as a <c>MemoryStream</c> (<c>ImageBlock.Source.Bytes</c>), built with object
/// initializers the engine follows as it follows any object. The client talks to Amazon Bedrock.
/// </summary>
internal static class BedrockTable
{
    public static readonly ImmutableArray<VisionSink> Sinks = ImmutableArray.Create(
        new VisionSink("Amazon.BedrockRuntime.AmazonBedrockRuntimeClient", "ConverseAsync", "request"),
        new VisionSink("Amazon.BedrockRuntime.IAmazonBedrockRuntime", "ConverseAsync", "request"));

    public static readonly ImmutableArray<ClientFactory> ClientFactories = ImmutableArray.Create(
        new ClientFactory("Amazon.BedrockRuntime.AmazonBedrockRuntimeClient", ApiMember.Constructor, ProviderFacts.Aws));

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(BedrockTable), sinks: Sinks, clientFactories: ClientFactories);
}
