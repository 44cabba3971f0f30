using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// The OpenAI 2.x clients other than chat that send an image: Responses, image edits, Realtime and Assistants. Each is
/// reached from <c>AzureOpenAIClient</c> (Azure) or <c>OpenAIClient</c> (OpenAI's own service unless its endpoint says
/// otherwise), so the factory methods carry the parent client's service to the child. Of the names before OpenAI 2.8,
/// <c>OpenAIResponseClient</c> is listed (tested with a stand-in); <c>OpenAIClient.GetOpenAIResponseClient</c> is not,
/// as no served version has it to test against, so a client from it counts as unknown (reported).
/// </summary>
internal static class OpenAIBeyondChatTable
{
    private const string Responses = "OpenAI.Responses.ResponsesClient";

    // OpenAI 2.2 to 2.7 named it OpenAIResponseClient (model in the constructor); code written then still builds
    // against those versions.
    private const string OldResponses = "OpenAI.Responses.OpenAIResponseClient";

    private const string Images = "OpenAI.Images.ImageClient";

    public static readonly ImmutableArray<VisionSink> Sinks = ImmutableArray.Create(
        // "content" is the protocol overload (BinaryContent, raw JSON).
        new VisionSink(Responses, "CreateResponse", "options", "inputItems", "content"),
        new VisionSink(Responses, "CreateResponseAsync", "options", "inputItems", "content"),
        new VisionSink(Responses, "CreateResponseStreamingAsync", "options", "inputItems"),
        new VisionSink(OldResponses, "CreateResponse", "inputItems"),
        new VisionSink(OldResponses, "CreateResponseAsync", "inputItems"),

        // Image edits send the frame itself to gpt-image / DALL-E.
        new VisionSink(Images, "GenerateImageEdit", "image", "mask"),
        new VisionSink(Images, "GenerateImageEditAsync", "image", "mask"),
        new VisionSink(Images, "GenerateImageEdits", "image", "mask", "content"),
        new VisionSink(Images, "GenerateImageEditsAsync", "image", "mask", "content"));

    public static readonly ImmutableArray<ClientFactory> ClientFactories = ImmutableArray.Create(
        new ClientFactory(Responses, ApiMember.Constructor, ProviderFacts.OpenAI, options: Slot.Parameter("options")),
        new ClientFactory(OldResponses, ApiMember.Constructor, ProviderFacts.OpenAI, options: Slot.Parameter("options")),
        new ClientFactory(Images, ApiMember.Constructor, ProviderFacts.OpenAI, options: Slot.Parameter("options")));

    public static readonly ImmutableArray<EndpointProperty> EndpointProperties = ImmutableArray.Create(
        new EndpointProperty("OpenAI.Responses.ResponsesClientOptions", "Endpoint"));

    public static readonly ImmutableArray<FlowThrough> FlowThrough = ImmutableArray.Create(
        // The child clients keep the parent's service (AzureOpenAIClient overrides or inherits these).
        F("OpenAI.OpenAIClient", "GetResponsesClient", Slot.Receiver),
        F("OpenAI.OpenAIClient", "GetImageClient", Slot.Receiver),

        // Responses request parts.
        F("OpenAI.Responses.ResponseContentPart", "CreateInputImagePart", P("imageBytes")),
        F("OpenAI.Responses.ResponseContentPart", "CreateInputImagePart", P("imageUri")),
        F("OpenAI.Responses.ResponseContentPart", "CreateInputFilePart", P("fileBytes")),
        F("OpenAI.Responses.ResponseItem", "CreateUserMessageItem", P("contentParts")),
        F("OpenAI.Responses.CreateResponseOptions", ApiMember.Constructor, P("inputItems")));

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(OpenAIBeyondChatTable), sinks: Sinks, clientFactories: ClientFactories, endpointProperties: EndpointProperties, flowThrough: FlowThrough);

    private static FlowThrough F(string type, ApiMember member, Slot from) => new(type, member, from, Slot.Result);

    private static Slot P(string parameter) => Slot.Parameter(parameter);
}
