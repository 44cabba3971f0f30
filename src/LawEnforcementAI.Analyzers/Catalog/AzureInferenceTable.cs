using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// Azure.AI.Inference (1.0.0-beta.5): the Foundry model-inference client. The same client talks to Azure hosts and to
/// others (GitHub Models, a local server), so its endpoint argument decides the service.
/// </summary>
internal static class AzureInferenceTable
{
    private const string Client = "Azure.AI.Inference.ChatCompletionsClient";

    public static readonly ImmutableArray<VisionSink> Sinks = ImmutableArray.Create(
        new VisionSink(Client, "Complete", "chatCompletionsOptions"),
        new VisionSink(Client, "CompleteAsync", "chatCompletionsOptions"),
        new VisionSink(Client, "CompleteStreaming", "chatCompletionsOptions"),
        new VisionSink(Client, "CompleteStreamingAsync", "chatCompletionsOptions"));

    public static readonly ImmutableArray<ClientFactory> ClientFactories = ImmutableArray.Create(
        new ClientFactory(Client, ApiMember.Constructor, ProviderFacts.Unknown, endpoint: Slot.Parameter("endpoint")));

    public static readonly ImmutableArray<FlowThrough> FlowThrough = ImmutableArray.Create(
        // Bytes, a stream, a URI (a data: URI carries bytes) or a file path: whichever the frame is in.
        new FlowThrough("Azure.AI.Inference.ChatMessageImageContentItem", ApiMember.Constructor, Slot.AnyArgument, Slot.Result),
        new FlowThrough("Azure.AI.Inference.ChatRequestUserMessage", ApiMember.Constructor, Slot.Parameter("content"), Slot.Result),
        new FlowThrough("Azure.AI.Inference.ChatCompletionsOptions", ApiMember.Constructor, Slot.Parameter("messages"), Slot.Result));

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(AzureInferenceTable), sinks: Sinks, clientFactories: ClientFactories, flowThrough: FlowThrough);
}
