using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>Calls that send a model request (api-catalogue.md part A), and how to tell the service behind the client.</summary>
public static class VisionSinkTable
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
        new ClientFactory("Azure.AI.OpenAI.AzureOpenAIClient", Slot.Constructor, ProviderRule.Azure),
        new ClientFactory("OpenAI.OpenAIClient", Slot.Constructor, ProviderRule.NonAzureUnlessOptions),
        new ClientFactory("OpenAI.Chat.ChatClient", Slot.Constructor, ProviderRule.NonAzureUnlessOptions),
        new ClientFactory("Azure.AI.OpenAI.OpenAIClient", Slot.Constructor, ProviderRule.AzureIfEndpointArgument));

    public static readonly ImmutableArray<EndpointProperty> EndpointProperties = ImmutableArray.Create(
        new EndpointProperty("OpenAI.OpenAIClientOptions", "Endpoint"));
}
