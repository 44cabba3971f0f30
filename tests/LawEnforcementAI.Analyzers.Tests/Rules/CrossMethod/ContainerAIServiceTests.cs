using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>
/// Microsoft.Extensions.AI and Semantic Kernel clients registered in a host's container (<c>AddChatClient</c>,
/// <c>AddOpenAIChatCompletion</c>, ...) and received by constructor injection keep the service of their registration:
/// Azure's is Microsoft's rule, OpenAI's own gets OpenAI's clause (LEAI010) and none of Microsoft's.
/// </summary>
public class ContainerAIServiceTests
{
    private const string Usings = """
        using System;
        using System.ClientModel;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Azure.AI.OpenAI;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.ChatCompletion;
        using OpenAI;
        using OpenCvSharp;
        using ChatMessage = Microsoft.Extensions.AI.ChatMessage;
        using TextContent = Microsoft.SemanticKernel.TextContent;

        """;

    private const string ChatClientSender = """
        public sealed class SceneDescriber(IChatClient chat)
        {
            public async Task DescribeAsync()
            {
                using var capture = new VideoCapture(0);
                using var frame = new Mat();
                {|#1:capture.Read(frame)|};
                await {|#0:chat.GetResponseAsync(new ChatMessage(ChatRole.User, new List<AIContent> { new DataContent(frame.ToBytes(".jpg"), "image/jpeg") }))|};
            }
        }
        """;

    private const string ServiceSender = """
        public sealed class SceneDescriber(IChatCompletionService service)
        {
            public async Task DescribeAsync()
            {
                using var capture = new VideoCapture(0);
                using var frame = new Mat();
                {|#1:capture.Read(frame)|};
                var history = new ChatHistory();
                history.AddUserMessage(new ChatMessageContentItemCollection { new ImageContent(frame.ToBytes(".jpg"), "image/jpeg") });
                await {|#0:service.GetChatMessageContentsAsync(history)|};
            }
        }
        """;

    [Fact]
    public Task AddChatClient_AzureClient_ReportedAtBuild() =>
        Run(ChatClientSender, "services.AddChatClient(" + ContainerServiceTests.AzureChat + ".AsIChatClient()).UseLogging();", expected: "LEAI001");

    [Fact]
    public Task AddChatClient_OpenAIClient_GetsOpenAIsClauseOnly() =>
        Run(ChatClientSender, "services.AddChatClient(" + ContainerServiceTests.OpenAIChat + ".AsIChatClient()).UseLogging();", expected: "LEAI010");

    [Fact]
    public Task AddKeyedChatClient_FactoryForAnAzureClient_ReportedAtBuild() =>
        Run(ChatClientSender, "services.AddKeyedChatClient(\"vision\", _ => " + ContainerServiceTests.AzureChat + ".AsIChatClient());", expected: "LEAI001");

    [Fact]
    public Task AddChatClient_FactoryForOpenAIsClient_GetsOpenAIsClauseOnly() =>
        Run(ChatClientSender, "services.AddChatClient(_ => " + ContainerServiceTests.OpenAIChat + ".AsIChatClient());", expected: "LEAI010");

    [Fact]
    public Task SemanticKernel_AddAzureOpenAIChatCompletion_ReportedAtBuild() =>
        Run(ServiceSender, "services.AddAzureOpenAIChatCompletion(\"gpt-4o\", \"https://contoso.openai.azure.com/\", \"key\");", expected: "LEAI001", semanticKernelAzure: true);

    [Fact]
    public Task SemanticKernel_AddOpenAIChatCompletion_GetsOpenAIsClauseOnly() =>
        Run(ServiceSender, "services.AddOpenAIChatCompletion(\"gpt-4o\", \"sk-key\");", expected: "LEAI010");

    [Fact]
    public Task SemanticKernel_AddAzureOpenAIChatClient_ReportedAtBuild() =>
        Run(ChatClientSender, "#pragma warning disable SKEXP0010\nservices.AddAzureOpenAIChatClient(\"gpt-4o\", \"https://contoso.openai.azure.com/\", \"key\");\n#pragma warning restore SKEXP0010", expected: "LEAI001", semanticKernelAzure: true);

    [Fact]
    public Task SemanticKernel_AddOpenAIChatClient_GetsOpenAIsClauseOnly() =>
        Run(ChatClientSender, "#pragma warning disable SKEXP0010\nservices.AddOpenAIChatClient(\"gpt-4o\", \"sk-key\");\n#pragma warning restore SKEXP0010", expected: "LEAI010");

    /// <summary>Semantic Kernel's OpenAI registration given an Azure client: the client decides.</summary>
    [Fact]
    public Task SemanticKernel_AddOpenAIChatCompletion_WithAnAzureClient_ReportedAtBuild() =>
        Run(ServiceSender, "services.AddOpenAIChatCompletion(\"gpt-4o\", new AzureOpenAIClient(new Uri(\"https://contoso.openai.azure.com/\"), new ApiKeyCredential(\"key\")));", expected: "LEAI001");

    /// <param name="expected">The rule reporting the request (Microsoft's LEAI001, OpenAI's clause LEAI010), or null.</param>
    private static Task Run(string sender, string registration, string? expected = null, bool semanticKernelAzure = false)
    {
        var test = new FlowTest("police", "US", semanticKernelAzure: semanticKernelAzure);
        var usings = semanticKernelAzure ? Usings.Replace("using Azure.AI.OpenAI;\n", string.Empty) : Usings;
        test.TestState.Sources.Add(usings + (expected is not null ? sender : sender.WithoutMarkup()));
        test.TestState.Sources.Add(usings + "public static class Startup { public static void ConfigureServices(IServiceCollection services) {\n" + registration + "\nservices.AddSingleton<SceneDescriber>(); } }");
        if (expected is not null)
        {
            test.ExpectedDiagnostics.Add(Diag(expected).WithLocation(0).WithLocation(1));
        }

        return test.RunAsync();
    }
}
