using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// com.openai.unity (RageAgainstThePixel; listed in docs/catalog.md): the chat endpoint of its client, the types that put
/// a texture into a chat request, and its client. The client has the official OpenAI SDK's full name
/// (<c>OpenAI.OpenAIClient</c>, assembly OpenAI), so its row applies to unsigned builds only, as Unity compiles the
/// package, and the official row (<see cref="OpenAIChatTable"/>) to the strong-named SDK only.
/// </summary>
internal static class OpenAIUnityTable
{
    private const string Chat = "OpenAI.Chat.ChatEndpoint";

    private static readonly Slot Return = Slot.Result;

    public static readonly ImmutableArray<VisionSink> Sinks = ImmutableArray.Create(
        new VisionSink(Chat, "GetCompletionAsync", "chatRequest"),
        new VisionSink(Chat, "StreamCompletionAsync", "chatRequest"));

    public static readonly ImmutableArray<ClientFactory> ClientFactories = ImmutableArray.Create(
        // Its configuration or settings may name an Azure OpenAI deployment: which service it reaches is not in the code.
        (ClientFactory)new ClientFactory("OpenAI.OpenAIClient", ApiMember.Constructor, ProviderFacts.Unknown).In(AssemblySigning.Unsigned));

    public static readonly ImmutableArray<FlowThrough> FlowThrough = ImmutableArray.Create(
        // Content(Texture2D) encodes the texture as a PNG data URL (the implicit conversion does the same).
        F("OpenAI.Chat.Content", ApiMember.Constructor, P("texture"), Return),
        F("OpenAI.Chat.Message", ApiMember.Constructor, P("content"), Return),
        F("OpenAI.Chat.ChatRequest", ApiMember.Constructor, P("messages"), Return),
        F("OpenAI.Chat.Conversation", ApiMember.Constructor, P("messages"), Return),
        F("OpenAI.Chat.Conversation", "AppendMessage", P("message"), Slot.Receiver),
        F("OpenAI.Chat.Conversation", "Messages", Slot.Receiver, Return));

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(OpenAIUnityTable), sinks: Sinks, clientFactories: ClientFactories, flowThrough: FlowThrough);

    private static FlowThrough F(string type, ApiMember member, Slot from, Slot to) => new(type, member, from, to);

    private static Slot P(string parameter) => Slot.Parameter(parameter);
}
