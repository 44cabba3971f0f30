using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>
/// Microsoft.Extensions.AI 10.11.0 (real packages), the <c>IChatClient</c> held in a field of the sending class: injected
/// by the container (of unknown service) or built in its constructor (live, on Azure OpenAI or on OpenAI's own service).
/// The routes within one method are in <see cref="ExtensionsAISinkTests"/>.
/// </summary>
public class ExtensionsAIChatClientFieldTests
{
    private const string InjectedUsings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.DependencyInjection;
        using OpenCvSharp;
        """;

    private const string InjectedSender = """
        public class SceneDescriber
        {
            private readonly IChatClient _chat;

            public SceneDescriber(IChatClient chat) => _chat = chat;

            public async Task DescribeAsync()
            {
                using var capture = new VideoCapture(0);
                using var frame = new Mat();
                {|#1:capture.Read(frame)|};
                var message = new ChatMessage(ChatRole.User, new List<AIContent> { new DataContent(frame.ToBytes(".jpg"), "image/jpeg") });
                await {|#0:_chat.GetResponseAsync(message)|};
            }
        }
        """;

    /// <summary>
    /// The container decides which client a constructor gets, so an injected <c>IChatClient</c> is of unknown service
    /// (may be Azure: reported); only the whole program sees that nobody in it passes another, so it is build-only.
    /// </summary>
    [Fact]
    public Task InjectedChatClient_RegisteredWithAddChatClient_ReportedAtBuild() =>
        new FlowTest("police", "US")
        {
            TestCode = InjectedUsings + InjectedSender + """

                public static class Startup
                {
                    public static void Configure(IServiceCollection services, IChatClient inner)
                    {
                        services.AddChatClient(inner).UseFunctionInvocation();
                        services.AddKeyedChatClient("vision", inner);
                        services.AddSingleton<SceneDescriber>();
                    }
                }
                """,
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task InjectedChatClient_TextOnly_NotReported() =>
        new FlowTest("police", "US")
        {
            TestCode = InjectedUsings + """
                public class Summariser
                {
                    private readonly IChatClient _chat;

                    public Summariser(IChatClient chat) => _chat = chat;

                    public Task SummariseAsync(string report) => _chat.GetResponseAsync("Summarise: " + report);
                }
                """,
        }.RunAsync();

    /// <summary>The common shape: the client built in the constructor of the sending class, held in a field.</summary>
    [Fact]
    public Task ChatClientField_SetInConstructor_ReportedLive() =>
        new FlowTest("police", "US")
        {
            TestCode = InjectedUsings + """
                using System.ClientModel;
                using Azure.AI.OpenAI;

                public class SceneDescriber
                {
                    private readonly IChatClient _chat;

                    public SceneDescriber() =>
                        _chat = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential("key")).GetChatClient("gpt-4o").AsIChatClient();

                    public async Task DescribeAsync()
                    {
                        using var capture = new VideoCapture(0);
                        using var frame = new Mat();
                        {|#1:capture.Read(frame)|};
                        await {|#0:_chat.GetResponseAsync(new ChatMessage(ChatRole.User, new List<AIContent> { new DataContent(frame.ToBytes(".jpg"), "image/jpeg") }))|};
                    }
                }
                """,
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task ChatClientField_OnOpenAIsOwnService_GetsOpenAIsClauseOnly() =>
        new FlowTest("police", "US")
        {
            TestCode = InjectedUsings + """
                using System.ClientModel;
                using OpenAI;

                public class SceneDescriber
                {
                    private readonly IChatClient _chat;

                    public SceneDescriber() => _chat = new OpenAIClient(new ApiKeyCredential("sk-key")).GetChatClient("gpt-4o").AsIChatClient();

                    public async Task DescribeAsync()
                    {
                        using var capture = new VideoCapture(0);
                        using var frame = new Mat();
                        {|#1:capture.Read(frame)|};
                        await {|#0:_chat.GetResponseAsync(new ChatMessage(ChatRole.User, new List<AIContent> { new DataContent(frame.ToBytes(".jpg"), "image/jpeg") }))|};
                    }
                }
                """,
            ExpectedDiagnostics = { ProviderTest.Leai010(ServiceProvider.OpenAI, sink: "ChatClientExtensions.GetResponseAsync").WithLocation(0).WithLocation(1) },
        }.RunAsync();
}
