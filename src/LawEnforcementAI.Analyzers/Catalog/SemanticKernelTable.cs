using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// Semantic Kernel (1.x): <c>ImageContent</c> in a <c>ChatHistory</c> sent by an <c>IChatCompletionService</c>, and the
/// connectors and registrations that tell Azure OpenAI from OpenAI's own service.
/// </summary>
internal static class SemanticKernelTable
{
    private const string Service = "Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService";
    private const string ServiceExtensions = "Microsoft.SemanticKernel.ChatCompletion.ChatCompletionServiceExtensions";
    private const string History = "Microsoft.SemanticKernel.ChatCompletion.ChatHistory";
    private const string AzureBuilderExtensions = "Microsoft.SemanticKernel.AzureOpenAIKernelBuilderExtensions";
    private const string OpenAIService = "Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIChatCompletionService";
    private const string OpenAIBuilderExtensions = "Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions";
    private const string AzureServicesExtensions = "Microsoft.SemanticKernel.AzureOpenAIServiceCollectionExtensions";
    private const string OpenAIServicesExtensions = "Microsoft.SemanticKernel.OpenAIServiceCollectionExtensions";
    private const string AzureChatClientServicesExtensions = "Microsoft.Extensions.DependencyInjection.AzureOpenAIServiceCollectionExtensions";
    private const string OpenAIChatClientServicesExtensions = "Microsoft.Extensions.DependencyInjection.OpenAIServiceCollectionExtensions";

    public static readonly ImmutableArray<VisionSink> Sinks = ImmutableArray.Create(
        new VisionSink(Service, "GetChatMessageContentsAsync", "chatHistory"),
        new VisionSink(Service, "GetStreamingChatMessageContentsAsync", "chatHistory"),

        // "prompt": Semantic Kernel parses <image>data:...</image> out of a prompt string.
        new VisionSink(ServiceExtensions, "GetChatMessageContentAsync", "chatHistory", "prompt"),
        new VisionSink(ServiceExtensions, "GetChatMessageContentsAsync", "prompt"),
        new VisionSink(ServiceExtensions, "GetStreamingChatMessageContentsAsync", "prompt"));

    public static readonly ImmutableArray<ClientFactory> ClientFactories = ImmutableArray.Create(
        new ClientFactory("Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAIChatCompletionService", ApiMember.Constructor, ProviderFacts.Azure),
        new ClientFactory(AzureBuilderExtensions, "AddAzureOpenAIChatCompletion", ProviderFacts.Azure),
        new ClientFactory(AzureBuilderExtensions, "AddAzureOpenAIChatClient", ProviderFacts.Azure),

        // OpenAI's own service unless a custom endpoint is given, which may be Azure (not classified: reported).
        new ClientFactory(OpenAIService, ApiMember.Constructor, ProviderFacts.OpenAI, azureIfGiven: Slot.Parameter("endpoint")),
        new ClientFactory(OpenAIBuilderExtensions, "AddOpenAIChatCompletion", ProviderFacts.OpenAI, azureIfGiven: Slot.Parameter("endpoint")),

        // The same registrations on an IServiceCollection.
        new ClientFactory(AzureServicesExtensions, "AddAzureOpenAIChatCompletion", ProviderFacts.Azure),
        new ClientFactory(AzureChatClientServicesExtensions, "AddAzureOpenAIChatClient", ProviderFacts.Azure),
        new ClientFactory(OpenAIServicesExtensions, "AddOpenAIChatCompletion", ProviderFacts.OpenAI, azureIfGiven: Slot.Parameter("endpoint")),
        new ClientFactory(OpenAIChatClientServicesExtensions, "AddOpenAIChatClient", ProviderFacts.OpenAI, azureIfGiven: Slot.Parameter("endpoint")));

    public static readonly ImmutableArray<FlowThrough> FlowThrough = ImmutableArray.Create(
        F("Microsoft.SemanticKernel.ImageContent", ApiMember.Constructor, Slot.AnyArgument, Slot.Result),
        F("Microsoft.SemanticKernel.ChatCompletion.ChatMessageContentItemCollection", "Add", P("item"), Slot.Receiver),
        F("Microsoft.SemanticKernel.ChatMessageContent", ApiMember.Constructor, P("items"), Slot.Result),
        F(History, ApiMember.Constructor, P("messages"), Slot.Result),
        F(History, "AddUserMessage", P("contentItems"), Slot.Receiver),
        F(History, "AddMessage", P("contentItems"), Slot.Receiver),
        F(History, "Add", P("item"), Slot.Receiver),
        F(History, "AddRange", P("items"), Slot.Receiver),

        // Provider provenance: a service built on a client targets what that client targets; a kernel holds what its
        // builder registered.
        F(OpenAIService, ApiMember.Constructor, P("openAIClient"), Slot.Result),
        F(OpenAIBuilderExtensions, "AddOpenAIChatCompletion", P("openAIClient"), Slot.Result),
        F(OpenAIBuilderExtensions, "AddOpenAIChatCompletion", Slot.Receiver, Slot.Result),
        F(AzureBuilderExtensions, "AddAzureOpenAIChatCompletion", Slot.Receiver, Slot.Result),

        // A registration adds its client to the builder or service collection it is called on, also when the call is a
        // statement of its own (builder.AddOpenAIChatCompletion(...); var kernel = builder.Build();).
        F(AzureBuilderExtensions, "AddAzureOpenAIChatCompletion", Slot.Result, Slot.Receiver),
        F(AzureBuilderExtensions, "AddAzureOpenAIChatClient", Slot.Result, Slot.Receiver),
        F(OpenAIBuilderExtensions, "AddOpenAIChatCompletion", Slot.Result, Slot.Receiver),
        F(AzureServicesExtensions, "AddAzureOpenAIChatCompletion", Slot.Result, Slot.Receiver),
        F(AzureChatClientServicesExtensions, "AddAzureOpenAIChatClient", Slot.Result, Slot.Receiver),
        F(OpenAIServicesExtensions, "AddOpenAIChatCompletion", Slot.Result, Slot.Receiver),
        F(OpenAIChatClientServicesExtensions, "AddOpenAIChatClient", Slot.Result, Slot.Receiver),
        F("Microsoft.SemanticKernel.Kernel", ApiMember.Constructor, P("services"), Slot.Result),
        F("Microsoft.SemanticKernel.KernelExtensions", "Build", Slot.Receiver, Slot.Result),
        F("Microsoft.SemanticKernel.Kernel", "GetRequiredService", Slot.Receiver, Slot.Result),
        F("Microsoft.SemanticKernel.Kernel", "Services", Slot.Receiver, Slot.Result),

        // Bridges between Semantic Kernel's service and Microsoft.Extensions.AI's IChatClient keep the service.
        F(ServiceExtensions, "AsChatClient", Slot.Receiver, Slot.Result),
        F("Microsoft.SemanticKernel.ChatCompletion.ChatClientExtensions", "AsChatCompletionService", Slot.Receiver, Slot.Result));

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(SemanticKernelTable), sinks: Sinks, clientFactories: ClientFactories, flowThrough: FlowThrough);

    private static FlowThrough F(string type, ApiMember member, Slot from, Slot to) => new(type, member, from, to);

    private static Slot P(string parameter) => Slot.Parameter(parameter);
}
