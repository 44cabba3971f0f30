using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// OpenAI 2.x Assistants (a thread message with an image, by URI or by the id of an uploaded file) and Realtime (an
/// image item added to a live session). Both are evaluation APIs in 2.15 and reached from <c>AzureOpenAIClient</c> or
/// <c>OpenAIClient</c> like the other child clients.
/// </summary>
internal static class OpenAIAssistantsRealtimeTable
{
    private const string Assistants = "OpenAI.Assistants.AssistantClient";

    private const string Realtime = "OpenAI.Realtime.RealtimeClient";

    public static readonly ImmutableArray<VisionSink> Sinks = ImmutableArray.Create(
        // The message lands in a thread the model reads at the next run: adding it is the request.
        new VisionSink(Assistants, "CreateMessage", "content"),
        new VisionSink(Assistants, "CreateMessageAsync", "content"),
        new VisionSink(Assistants, "CreateThread", "options", "content"),
        new VisionSink(Assistants, "CreateThreadAsync", "options", "content"),
        new VisionSink(Assistants, "CreateThreadAndRun", "threadOptions", "content"),
        new VisionSink(Assistants, "CreateThreadAndRunAsync", "threadOptions", "content"),
        new VisionSink("OpenAI.Realtime.RealtimeSessionClient", "AddItemAsync", "item"));

    public static readonly ImmutableArray<ClientFactory> ClientFactories = ImmutableArray.Create(
        new ClientFactory(Assistants, ApiMember.Constructor, ProviderFacts.OpenAI, options: Slot.Parameter("options")),
        new ClientFactory(Realtime, ApiMember.Constructor, ProviderFacts.OpenAI, options: Slot.Parameter("options")));

    public static readonly ImmutableArray<EndpointProperty> EndpointProperties = ImmutableArray.Create(
        new EndpointProperty("OpenAI.Assistants.AssistantClientOptions", "Endpoint"),
        new EndpointProperty("OpenAI.Realtime.RealtimeClientOptions", "Endpoint"));

    public static readonly ImmutableArray<FlowThrough> FlowThrough = ImmutableArray.Create(
        // Child clients and sessions keep the parent's service.
        F("OpenAI.OpenAIClient", "GetAssistantClient", Slot.Receiver),
        F("OpenAI.OpenAIClient", "GetRealtimeClient", Slot.Receiver),
        F("OpenAI.OpenAIClient", "GetOpenAIFileClient", Slot.Receiver),
        F(Realtime, "StartConversationSessionAsync", Slot.Receiver),
        F(Realtime, "StartSessionAsync", Slot.Receiver),

        // A frame uploaded as a file is that frame under its file id (the result's Id is part of the result).
        F("OpenAI.Files.OpenAIFileClient", "UploadFile", P("file")),
        F("OpenAI.Files.OpenAIFileClient", "UploadFileAsync", P("file")),

        F("OpenAI.Assistants.MessageContent", "FromImageUri", P("imageUri")),
        F("OpenAI.Assistants.MessageContent", "FromImageFileId", P("imageFileId")),
        F("OpenAI.Assistants.ThreadInitializationMessage", ApiMember.Constructor, P("content")),
        F("OpenAI.Realtime.RealtimeInputImageMessageContentPart", ApiMember.Constructor, P("imageUri")),
        F("OpenAI.Realtime.RealtimeItem", "CreateUserMessageItem", P("contentParts")));

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(OpenAIAssistantsRealtimeTable), sinks: Sinks, clientFactories: ClientFactories, endpointProperties: EndpointProperties, flowThrough: FlowThrough);

    private static FlowThrough F(string type, ApiMember member, Slot from) => new(type, member, from, Slot.Result);

    private static Slot P(string parameter) => Slot.Parameter(parameter);
}
