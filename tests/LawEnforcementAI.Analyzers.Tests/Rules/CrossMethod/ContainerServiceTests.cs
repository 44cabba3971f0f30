using System.Collections.Generic;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>
/// Services from a dependency-injection container (Microsoft.Extensions.DependencyInjection and Hosting, real packages)
/// are one value per registered service type across the program: a client registered from <c>AzureOpenAIClient</c> is
/// Azure where a hosted service receives it, one registered from <c>new OpenAIClient(key)</c> is OpenAI's own service
/// (OpenAI's clause, LEAI010).
/// Only the whole program shows a registration in one class and the request in another: build-only LEAI101.
/// </summary>
public class ContainerServiceTests
{
    internal const string Usings = """
        using System;
        using System.ClientModel;
        using System.Threading;
        using System.Threading.Channels;
        using System.Threading.Tasks;
        using Azure.AI.OpenAI;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.DependencyInjection.Extensions;
        using Microsoft.Extensions.Hosting;
        using OpenAI;
        using OpenAI.Chat;
        using OpenCvSharp;

        """;

    internal const string AzureChat = "new AzureOpenAIClient(new Uri(\"https://contoso.openai.azure.com/\"), new ApiKeyCredential(\"key\")).GetChatClient(\"gpt-4o\")";

    internal const string OpenAIChat = "new OpenAIClient(new ApiKeyCredential(\"sk-key\")).GetChatClient(\"gpt-4o\")";

    /// <summary>A hosted service that captures and sends through the <c>ChatClient</c> its constructor receives.</summary>
    internal static string Describer(string parameter = "ChatClient chat") => $$"""
        public sealed class SceneDescriber : BackgroundService
        {
            private readonly ChatClient _chat;

            public SceneDescriber({{parameter}}) => _chat = chat;

            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                using var capture = new VideoCapture(0);
                using var frame = new Mat();
                {|#1:capture.Read(frame)|};
                var part = ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(frame.ToBytes(".jpg")), "image/jpeg");
                await {|#0:_chat.CompleteChatAsync(new UserChatMessage(part))|};
            }
        }
        """;

    internal static string Startup(string registrations) => $$"""
        public static class Startup
        {
            public static void ConfigureServices(IServiceCollection services)
            {
                {{registrations}}
                services.AddHostedService<SceneDescriber>();
            }
        }
        """;

    public static IEnumerable<object[]> AzureOrUnknownRegistrations() => new[]
    {
        Row("AddSingleton with an Azure client", "services.AddSingleton(" + AzureChat + ");"),
        Row("AddSingleton with a factory", "services.AddSingleton(_ => " + AzureChat + ");"),
        Row("AddSingleton<TService> with a factory resolving the AzureOpenAIClient registered beside it", """
            services.AddSingleton(new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential("key")));
            services.AddSingleton<ChatClient>(provider => provider.GetRequiredService<AzureOpenAIClient>().GetChatClient("gpt-4o"));
            """),
        Row("AddScoped with a factory reading the endpoint from configuration", """
            services.AddScoped(provider => new ChatClient("gpt-4o", new ApiKeyCredential("key"), new OpenAIClientOptions { Endpoint = new Uri(provider.GetRequiredService<IConfiguration>()["AI:Endpoint"]!) }));
            """),
        Row("AddTransient with a factory method of the program", "services.AddTransient(CreateClient);", "private static ChatClient CreateClient(IServiceProvider provider) => " + AzureChat + ";"),
        Row("TryAddSingleton with an Azure client", "services.TryAddSingleton(" + AzureChat + ");"),
        Row("OpenAI's client and Azure's registered for the same type", "services.AddSingleton(" + OpenAIChat + ");\nservices.AddSingleton(" + AzureChat + ");"),
        Row("a factory whose value cannot be read beside an OpenAI registration", "services.AddSingleton(" + OpenAIChat + ");\nservices.AddSingleton(provider => provider.GetRequiredService<Func<ChatClient>>()());"),
    };

    [Theory]
    [MemberData(nameof(AzureOrUnknownRegistrations))]
    public Task RegisteredClientOfAzureOrUnknownService_Injected_ReportedAtBuild(string name, string registrations, string members) =>
        Run(name, Startup(registrations).Replace("public static void ConfigureServices", members + "\n    public static void ConfigureServices"), Describer(), Microsofts);

    public static IEnumerable<object[]> OpenAIRegistrations() => new[]
    {
        Row("AddSingleton with OpenAI's client", "services.AddSingleton(" + OpenAIChat + ");"),
        Row("AddSingleton<TService> with a factory resolving the OpenAIClient registered beside it", """
            services.AddSingleton(new OpenAIClient(new ApiKeyCredential("sk-key")));
            services.AddSingleton<ChatClient>(provider => provider.GetRequiredService<OpenAIClient>().GetChatClient("gpt-4o"));
            """),
        Row("AddTransient with a factory method of the program", "services.AddTransient(CreateClient);", "private static ChatClient CreateClient(IServiceProvider provider) => " + OpenAIChat + ";"),
        Row("TryAddSingleton with OpenAI's client", "services.TryAddSingleton(" + OpenAIChat + ");"),
        Row("two registrations of OpenAI's client", "services.AddSingleton(" + OpenAIChat + ");\nservices.AddScoped(_ => new ChatClient(\"gpt-4o\", \"sk-key\"));"),
    };

    [Theory]
    [MemberData(nameof(OpenAIRegistrations))]
    public Task RegisteredClientOfOpenAIsService_Injected_GetsOpenAIsClauseOnly(string name, string registrations, string members) =>
        Run(name, Startup(registrations).Replace("public static void ConfigureServices", members + "\n    public static void ConfigureServices"), Describer(), OpenAIs);

    [Fact]
    public Task RegisteredClientOfALocalModel_Injected_NotReported() =>
        Run(
            "AddSingleton with a factory for a local model server",
            Startup("services.AddSingleton(_ => new ChatClient(\"llava\", new ApiKeyCredential(\"none\"), new OpenAIClientOptions { Endpoint = new Uri(\"http://localhost:11434/v1\") }));"),
            Describer(),
            expected: null);

    /// <summary>A key does not part services of one type: the keyed registration is the type's value too.</summary>
    [Fact]
    public Task KeyedAzureClient_InjectedByKey_ReportedAtBuild() =>
        Run("keyed", Startup("services.AddKeyedSingleton(\"vision\", " + AzureChat + ");"), Describer("[FromKeyedServices(\"vision\")] ChatClient chat"), Microsofts);

    [Fact]
    public Task KeyedOpenAIClient_InjectedByKey_GetsOpenAIsClauseOnly() =>
        Run("keyed", Startup("services.AddKeyedSingleton(\"vision\", " + OpenAIChat + ");"), Describer("[FromKeyedServices(\"vision\")] ChatClient chat"), OpenAIs);

    /// <summary>
    /// The container hands the registered Azure client to the hosted service even though a test harness in sight builds
    /// the same class with OpenAI's client: the service is the join of both.
    /// </summary>
    [Fact]
    public Task AzureRegistration_AndOpenAIClientPassedInSight_ReportedAtBuild() =>
        Run("registered and built", Startup("services.AddSingleton(" + AzureChat + ");") + "\npublic static class Harness { public static SceneDescriber Build() => new SceneDescriber(" + OpenAIChat + "); }", Describer(), Microsofts);

    [Fact]
    public Task OpenAIRegistration_AndOpenAIClientPassedInSight_GetsOpenAIsClauseOnly() =>
        Run("registered and built", Startup("services.AddSingleton(" + OpenAIChat + ");") + "\npublic static class Harness { public static SceneDescriber Build() => new SceneDescriber(" + OpenAIChat + "); }", Describer(), OpenAIs);

    private static readonly DiagnosticResult Microsofts = Diag("LEAI001", "VideoCapture.Read", "ChatClient.CompleteChatAsync", "police (US)", "");

    private static readonly DiagnosticResult OpenAIs = ProviderTest.Leai010(ServiceProvider.OpenAI);

    /// <param name="expected">The rule reporting the request at the sending call (#0) with the camera source (#1), or null.</param>
    private static Task Run(string name, string startup, string describer, DiagnosticResult? expected)
    {
        _ = name;
        var test = new FlowTest("police", "US");
        test.TestState.Sources.Add(Usings + (expected is not null ? describer : describer.WithoutMarkup()));
        test.TestState.Sources.Add(Usings + startup);
        if (expected is { } diagnostic)
        {
            test.ExpectedDiagnostics.Add(diagnostic.WithLocation(0).WithLocation(1));
        }

        return test.RunAsync();
    }

    private static object[] Row(string name, string registrations, string members = "") => new object[] { name, registrations, members };
}
