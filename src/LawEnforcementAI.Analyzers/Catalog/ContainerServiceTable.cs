using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// Dependency injection (Microsoft.Extensions.DependencyInjection.Abstractions 10.x, Microsoft.Extensions.Hosting.Abstractions,
/// and the AI libraries' own registrations): what makes a value the one value of a service type, and what reads it back.
/// A registration that only names types (<c>AddSingleton&lt;TService, TImplementation&gt;()</c>,
/// <c>AddHostedService&lt;T&gt;()</c>) adds no value: the container builds the object, whose constructor parameters are
/// themselves services. <c>IOptions&lt;T&gt;</c> is configuration, not registered here, so it stays unknown.
/// </summary>
internal static class ContainerServiceTable
{
    private const string Services = "Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions";
    private const string TryServices = "Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions";
    private const string Hosted = "Microsoft.Extensions.DependencyInjection.ServiceCollectionHostedServiceExtensions";
    private const string Provider = "Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions";
    private const string KeyedProvider = "Microsoft.Extensions.DependencyInjection.ServiceProviderKeyedServiceExtensions";
    private const string ChatClient = "Microsoft.Extensions.AI.IChatClient";
    private const string ChatCompletionService = "Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService";

    private static readonly Slot Instance = Slot.Parameter("implementationInstance");
    private static readonly Slot Factory = Slot.Parameter("implementationFactory");
    private static readonly Slot ServiceType = Slot.Parameter("serviceType");

    public static readonly ImmutableArray<ContainerService> Entries = ImmutableArray.Create(
        // ServiceCollectionServiceExtensions: an instance (singletons only) or a factory; keyed services are one value
        // with the unkeyed ones of their type.
        Register(Services, "AddSingleton", ServiceType, [Instance], [Factory]),
        Register(Services, "AddScoped", ServiceType, [], [Factory]),
        Register(Services, "AddTransient", ServiceType, [], [Factory]),
        Register(Services, "AddKeyedSingleton", ServiceType, [Instance], [Factory]),
        Register(Services, "AddKeyedScoped", ServiceType, [], [Factory]),
        Register(Services, "AddKeyedTransient", ServiceType, [], [Factory]),

        // ServiceCollectionDescriptorExtensions: the same, added unless the type is registered already.
        Register(TryServices, "TryAddSingleton", Slot.Parameter("service"), [Slot.Parameter("instance")], [Factory]),
        Register(TryServices, "TryAddScoped", Slot.Parameter("service"), [], [Factory]),
        Register(TryServices, "TryAddTransient", Slot.Parameter("service"), [], [Factory]),
        Register(TryServices, "TryAddKeyedSingleton", Slot.Parameter("service"), [Slot.Parameter("instance")], [Factory]),

        // Hosting: a background service the host starts; the container builds it unless a factory is given.
        Register(Hosted, "AddHostedService", null, [], [Factory]),

        // Microsoft.Extensions.AI: the IChatClient a ChatClientBuilder pipeline wraps around the inner client.
        new ContainerService("Microsoft.Extensions.DependencyInjection.ChatClientBuilderServiceCollectionExtensions", "AddChatClient", ContainerRole.Registers, ChatClient,
            instances: [Slot.Parameter("innerClient")], factories: [Slot.Parameter("innerClientFactory")]),
        new ContainerService("Microsoft.Extensions.DependencyInjection.ChatClientBuilderServiceCollectionExtensions", "AddKeyedChatClient", ContainerRole.Registers, ChatClient,
            instances: [Slot.Parameter("innerClient")], factories: [Slot.Parameter("innerClientFactory")]),

        // Semantic Kernel's registrations on a service collection: the client the call creates (its client-factory
        // entry tells the service), or the OpenAIClient it is given.
        new ContainerService("Microsoft.SemanticKernel.OpenAIServiceCollectionExtensions", "AddOpenAIChatCompletion", ContainerRole.Registers, ChatCompletionService,
            instances: [Slot.Result, Slot.Parameter("openAIClient")]),
        new ContainerService("Microsoft.Extensions.DependencyInjection.OpenAIServiceCollectionExtensions", "AddOpenAIChatClient", ContainerRole.Registers, ChatClient,
            instances: [Slot.Result, Slot.Parameter("openAIClient")]),
        new ContainerService("Microsoft.SemanticKernel.AzureOpenAIServiceCollectionExtensions", "AddAzureOpenAIChatCompletion", ContainerRole.Registers, ChatCompletionService,
            instances: [Slot.Result]),
        new ContainerService("Microsoft.Extensions.DependencyInjection.AzureOpenAIServiceCollectionExtensions", "AddAzureOpenAIChatClient", ContainerRole.Registers, ChatClient,
            instances: [Slot.Result]),

        // Resolutions: a service located through the provider (in a factory, a scope, a composition root).
        Resolve(Provider, "GetRequiredService"),
        Resolve(Provider, "GetService", typeArgumentOnly: true),
        Resolve(Provider, "GetServices"),
        Resolve(KeyedProvider, "GetRequiredKeyedService"),
        Resolve(KeyedProvider, "GetKeyedService"),
        Resolve(KeyedProvider, "GetKeyedServices"),
        Resolve("System.IServiceProvider", "GetService"));

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(ContainerServiceTable), containerServices: Entries);

    private static ContainerService Register(string type, string method, Slot? serviceType, Slot[] instances, Slot[] factories) =>
        new(type, method, ContainerRole.Registers, serviceTypeArgument: serviceType, instances: instances, factories: factories);

    private static ContainerService Resolve(string type, string method, bool typeArgumentOnly = false) =>
        new(type, method, ContainerRole.Resolves, serviceTypeArgument: typeArgumentOnly ? null : ServiceType);
}
