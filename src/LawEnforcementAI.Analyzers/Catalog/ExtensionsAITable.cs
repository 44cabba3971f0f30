using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// Microsoft.Extensions.AI (10.x): <c>IChatClient</c> and the content types that put an image into a <c>ChatMessage</c>.
/// An <c>IChatClient</c> keeps the service of the client it adapts (<c>AsIChatClient</c>) or wraps (<c>ChatClientBuilder</c>);
/// one from DI or a constructor parameter has no origin in sight and so is unknown, which is reported.
/// </summary>
internal static class ExtensionsAITable
{
    private const string ChatClient = "Microsoft.Extensions.AI.IChatClient";
    private const string ChatClientExtensions = "Microsoft.Extensions.AI.ChatClientExtensions";
    private const string Builder = "Microsoft.Extensions.AI.ChatClientBuilder";

    public static readonly ImmutableArray<VisionSink> Sinks = ImmutableArray.Create(
        new VisionSink(ChatClient, "GetResponseAsync", "messages"),
        new VisionSink(ChatClient, "GetStreamingResponseAsync", "messages"),

        // Calls on a middleware class itself (a FunctionInvokingChatClient variable) bind to these overrides, not to IChatClient.
        new VisionSink("Microsoft.Extensions.AI.DelegatingChatClient", "GetResponseAsync", "messages"),
        new VisionSink("Microsoft.Extensions.AI.DelegatingChatClient", "GetStreamingResponseAsync", "messages"),

        // The overloads taking one ChatMessage (or a string, which can hold a data URI); the client is their first argument.
        new VisionSink(ChatClientExtensions, "GetResponseAsync", "chatMessage"),
        new VisionSink(ChatClientExtensions, "GetStreamingResponseAsync", "chatMessage"),
        new VisionSink("Microsoft.Extensions.AI.ChatClientStructuredOutputExtensions", "GetResponseAsync", "messages", "chatMessage"),

        // Names before 9.3.0-preview.1.25114.11, still in circulating samples.
        new VisionSink(ChatClient, "CompleteAsync", "chatMessages"),
        new VisionSink(ChatClient, "CompleteStreamingAsync", "chatMessages"),
        new VisionSink(ChatClientExtensions, "CompleteAsync", "chatMessage"),
        new VisionSink(ChatClientExtensions, "CompleteStreamingAsync", "chatMessage"));

    public static readonly ImmutableArray<FlowThrough> FlowThrough = ImmutableArray.Create(
        // Content: the media type is not read, since a camera frame is imagery whatever type the caller names, and
        // bytes without a frame (a logo, a constant path) carry nothing to report anyway.
        F("Microsoft.Extensions.AI.DataContent", ApiMember.Constructor, P("data"), Slot.Result),
        F("Microsoft.Extensions.AI.DataContent", ApiMember.Constructor, P("uri"), Slot.Result),
        F("Microsoft.Extensions.AI.UriContent", ApiMember.Constructor, P("uri"), Slot.Result),
        F("Microsoft.Extensions.AI.ChatMessage", ApiMember.Constructor, P("contents"), Slot.Result),

        // Before 9.3.0-preview.1.25114.11 an image was an ImageContent (a DataContent), bytes or a URI.
        F("Microsoft.Extensions.AI.ImageContent", ApiMember.Constructor, P("data"), Slot.Result),
        F("Microsoft.Extensions.AI.ImageContent", ApiMember.Constructor, P("uri"), Slot.Result),

        // Provider provenance: an adapter or a middleware pipeline targets what its inner client targets.
        F("Microsoft.Extensions.AI.OpenAIClientExtensions", "AsIChatClient", Slot.Receiver, Slot.Result),

        // Before 9.4.0-preview.1.25207.5: AsChatClient on a ChatClient or on an OpenAIClient with a model, and the then
        // public OpenAIChatClient.
        F("Microsoft.Extensions.AI.OpenAIClientExtensions", "AsChatClient", Slot.Receiver, Slot.Result),
        F("Microsoft.Extensions.AI.OpenAIChatClient", ApiMember.Constructor, P("chatClient"), Slot.Result),
        F("Microsoft.Extensions.AI.OpenAIChatClient", ApiMember.Constructor, P("openAIClient"), Slot.Result),
        F(Builder, ApiMember.Constructor, P("innerClient"), Slot.Result),
        F(Builder, "Use", Slot.Receiver, Slot.Result),
        F(Builder, "Build", Slot.Receiver, Slot.Result),
        F("Microsoft.Extensions.AI.ChatClientBuilderChatClientExtensions", "AsBuilder", Slot.Receiver, Slot.Result),
        // Dependency injection in sight: a client registered on a service collection is what a provider built from it
        // returns (a console app's own composition root). A client injected into a constructor stays unknown.
        F("Microsoft.Extensions.DependencyInjection.ChatClientBuilderServiceCollectionExtensions", "AddChatClient", P("innerClient"), Slot.Receiver),
        F("Microsoft.Extensions.DependencyInjection.ChatClientBuilderServiceCollectionExtensions", "AddKeyedChatClient", P("innerClient"), Slot.Receiver),
        F("Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions", "BuildServiceProvider", Slot.Receiver, Slot.Result),
        F("Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions", "GetRequiredService", Slot.Receiver, Slot.Result),
        F("Microsoft.Extensions.DependencyInjection.ServiceProviderKeyedServiceExtensions", "GetRequiredKeyedService", Slot.Receiver, Slot.Result),

        Layer("FunctionInvokingChatClient"),
        Layer("LoggingChatClient"),
        Layer("OpenTelemetryChatClient"),
        Layer("DistributedCachingChatClient"),
        Layer("ConfigureOptionsChatClient"),
        Layer("ReducingChatClient"),
        Middleware("FunctionInvokingChatClientBuilderExtensions", "UseFunctionInvocation"),
        Middleware("LoggingChatClientBuilderExtensions", "UseLogging"),
        Middleware("OpenTelemetryChatClientBuilderExtensions", "UseOpenTelemetry"),
        Middleware("DistributedCachingChatClientBuilderExtensions", "UseDistributedCache"),
        Middleware("ConfigureOptionsChatClientBuilderExtensions", "ConfigureOptions"),
        Middleware("ReducingChatClientBuilderExtensions", "UseChatReducer"));

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(ExtensionsAITable), sinks: Sinks, flowThrough: FlowThrough);

    /// <summary>A middleware layer constructed by hand targets what the client it wraps targets.</summary>
    private static FlowThrough Layer(string type) =>
        F("Microsoft.Extensions.AI." + type, ApiMember.Constructor, P("innerClient"), Slot.Result);

    /// <summary>A builder extension that adds a middleware layer returns the same builder, so the same inner client.</summary>
    private static FlowThrough Middleware(string type, string method) =>
        F("Microsoft.Extensions.AI." + type, method, Slot.Receiver, Slot.Result);

    private static FlowThrough F(string type, ApiMember member, Slot from, Slot to) => new(type, member, from, to);

    private static Slot P(string parameter) => Slot.Parameter(parameter);
}
