using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>OpenAI 2.x chat and Azure.AI.OpenAI 1.x chat completions: the sending calls and how to tell the service behind the client (listed in docs/catalog.md).</summary>
internal static class OpenAIChatTable
{
    public static readonly ImmutableArray<VisionSink> Sinks = ImmutableArray.Create(
        // OpenAI 2.x ChatClient, which AzureOpenAIClient.GetChatClient returns; "content" is the protocol (BinaryContent) overload.
        new VisionSink("OpenAI.Chat.ChatClient", "CompleteChat", "messages", "content"),
        new VisionSink("OpenAI.Chat.ChatClient", "CompleteChatAsync", "messages", "content"),
        new VisionSink("OpenAI.Chat.ChatClient", "CompleteChatStreaming", "messages"),
        new VisionSink("OpenAI.Chat.ChatClient", "CompleteChatStreamingAsync", "messages"),

        // Azure.AI.OpenAI 1.0.0-beta.9 and later
        new VisionSink("Azure.AI.OpenAI.OpenAIClient", "GetChatCompletions", "chatCompletionsOptions"),
        new VisionSink("Azure.AI.OpenAI.OpenAIClient", "GetChatCompletionsAsync", "chatCompletionsOptions"),
        new VisionSink("Azure.AI.OpenAI.OpenAIClient", "GetChatCompletionsStreaming", "chatCompletionsOptions"),
        new VisionSink("Azure.AI.OpenAI.OpenAIClient", "GetChatCompletionsStreamingAsync", "chatCompletionsOptions"));

    public static readonly ImmutableArray<ClientFactory> ClientFactories = ImmutableArray.Create(
        new ClientFactory("Azure.AI.OpenAI.AzureOpenAIClient", ApiMember.Constructor, ProviderFacts.Azure),

        // OpenAI 2.x talks to OpenAI's own service unless its options point elsewhere.
        // Only the strong-named official SDK: com.openai.unity's unsigned client has the same full name (UnityTable).
        (ClientFactory)new ClientFactory("OpenAI.OpenAIClient", ApiMember.Constructor, ProviderFacts.OpenAI, options: Slot.Parameter("options")).In(AssemblySigning.StrongNamed),
        new ClientFactory("OpenAI.Chat.ChatClient", ApiMember.Constructor, ProviderFacts.OpenAI, options: Slot.Parameter("options")),

        // Azure.AI.OpenAI 1.x: the overloads with an endpoint Uri are Azure, the one with only an API key is OpenAI's service.
        new ClientFactory("Azure.AI.OpenAI.OpenAIClient", ApiMember.Constructor, ProviderFacts.OpenAI, azureIfGiven: Slot.Parameter("endpoint")));

    public static readonly ImmutableArray<EndpointProperty> EndpointProperties = ImmutableArray.Create(
        new EndpointProperty("OpenAI.OpenAIClientOptions", "Endpoint"));

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(OpenAIChatTable), sinks: Sinks, clientFactories: ClientFactories, endpointProperties: EndpointProperties);
}
