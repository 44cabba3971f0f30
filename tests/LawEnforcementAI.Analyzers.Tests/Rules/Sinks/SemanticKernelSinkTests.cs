using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Catalog;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>
/// Semantic Kernel 1.82.0 (real packages; its Azure connector on the Azure.AI.OpenAI 2.9.0-beta.1 it depends on): a live
/// webcam frame (#1) in an <c>ImageContent</c> reaching an <c>IChatCompletionService</c> request (#0). Each route has the
/// close negatives below: a text-only history, a static image, the OpenAI connector on api.openai.com.
/// </summary>
public class SemanticKernelSinkTests
{
    internal const string Usings = """
        using OpenCvSharp;
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.ChatCompletion;
        using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
        using Microsoft.SemanticKernel.Connectors.OpenAI;
        using Microsoft.Extensions.DependencyInjection;
        using ChatMessageContent = Microsoft.SemanticKernel.ChatMessageContent;
        """;

    internal const string AzureService = "IChatCompletionService service = new AzureOpenAIChatCompletionService(\"gpt-4o\", \"https://contoso.openai.azure.com/\", \"key\");";

    internal const string OpenAIService = "IChatCompletionService service = new OpenAIChatCompletionService(\"gpt-4o\", \"sk-key\");";

    private const string Frame = Snippets.OpenCvLiveFrame;

    private const string Items = "var items = new ChatMessageContentItemCollection { new TextContent(\"Describe the scene.\"), new ImageContent(bytes, \"image/jpeg\") };\n";

    /// <summary>Each row sends the frame through one route and is live LEAI001 (service and frame built in the method).</summary>
    public static IEnumerable<object[]> Routes() => new[]
    {
        Row("AzureOpenAIChatCompletionService, ChatHistory.AddUserMessage(items), GetChatMessageContentsAsync", Items + """
            var history = new ChatHistory("You describe incident scenes.");
            history.AddUserMessage(items);
            await {|#0:service.GetChatMessageContentsAsync(history, null, null, ct)|};
            """),
        Row("ChatMessageContent(items) added to the history, GetStreamingChatMessageContentsAsync", Items + """
            var history = new ChatHistory();
            history.Add(new ChatMessageContent(AuthorRole.User, items));
            await foreach (var update in {|#0:service.GetStreamingChatMessageContentsAsync(history)|}) { }
            """),
        Row("ImageContent from a data: URI, AddMessage, extension GetChatMessageContentAsync", """
            var image = new ImageContent("data:image/jpeg;base64," + Convert.ToBase64String(bytes));
            var history = new ChatHistory();
            history.AddMessage(AuthorRole.User, new ChatMessageContentItemCollection { image });
            await {|#0:service.GetChatMessageContentAsync(history)|};
            """),
        Row("history from a list of messages, AddRange", Items + """
            var history = new ChatHistory(new List<ChatMessageContent> { new ChatMessageContent(AuthorRole.System, "Describe.") });
            history.AddRange(new[] { new ChatMessageContent(AuthorRole.User, items) });
            await {|#0:service.GetChatMessageContentsAsync(history)|};
            """),
        Row("image tag in a prompt string, extension GetChatMessageContentsAsync", """
            var prompt = $"<message role=\"user\"><image>data:image/jpeg;base64,{Convert.ToBase64String(bytes)}</image></message>";
            await {|#0:service.GetChatMessageContentsAsync(prompt)|};
            """),
        Row("image tag in a prompt string, extension GetStreamingChatMessageContentsAsync", """
            var prompt = $"<message role=\"user\"><image>data:image/jpeg;base64,{Convert.ToBase64String(bytes)}</image></message>";
            await foreach (var update in {|#0:service.GetStreamingChatMessageContentsAsync(prompt)|}) { }
            """),
        Row("Kernel builder AddAzureOpenAIChatCompletion, Build, GetRequiredService", Items + """
            var history = new ChatHistory();
            history.AddUserMessage(items);
            await {|#0:kernelService.GetChatMessageContentsAsync(history)|};
            """, client: """
            var kernel = Kernel.CreateBuilder().AddAzureOpenAIChatCompletion("gpt-4o", "https://contoso.openai.azure.com/", "key").Build();
            var kernelService = kernel.GetRequiredService<IChatCompletionService>();
            """),
        Row("Kernel builder AddAzureOpenAIChatClient, IChatClient from the kernel", """
            var message = new Microsoft.Extensions.AI.ChatMessage(Microsoft.Extensions.AI.ChatRole.User, new List<Microsoft.Extensions.AI.AIContent> { new Microsoft.Extensions.AI.DataContent(bytes, "image/jpeg") });
            await {|#0:Microsoft.Extensions.AI.ChatClientExtensions.GetResponseAsync(chat, message)|};
            """, client: """
            var kernel = Kernel.CreateBuilder().AddAzureOpenAIChatClient("gpt-4o", "https://contoso.openai.azure.com/", "key").Build();
            var chat = kernel.GetRequiredService<Microsoft.Extensions.AI.IChatClient>();
            """),
        Row("Kernel builder registration as a statement of its own", Items + """
            var history = new ChatHistory();
            history.AddUserMessage(items);
            await {|#0:kernel.GetRequiredService<IChatCompletionService>().GetChatMessageContentsAsync(history)|};
            """, client: """
            var builder = Kernel.CreateBuilder();
            builder.AddAzureOpenAIChatCompletion("gpt-4o", "https://contoso.openai.azure.com/", "key");
            var kernel = builder.Build();
            """),
        Row("IServiceCollection.AddAzureOpenAIChatCompletion, a Kernel on the provider", Items + """
            var history = new ChatHistory();
            history.AddUserMessage(items);
            await {|#0:kernel.GetRequiredService<IChatCompletionService>().GetChatMessageContentsAsync(history)|};
            """, client: """
            var services = new ServiceCollection();
            services.AddAzureOpenAIChatCompletion("gpt-4o", "https://contoso.openai.azure.com/", "key");
            var kernel = new Kernel(services.BuildServiceProvider());
            """),
        Row("IServiceCollection.AddAzureOpenAIChatClient, IChatClient from the provider", """
            var message = new Microsoft.Extensions.AI.ChatMessage(Microsoft.Extensions.AI.ChatRole.User, new List<Microsoft.Extensions.AI.AIContent> { new Microsoft.Extensions.AI.DataContent(bytes, "image/jpeg") });
            await {|#0:Microsoft.Extensions.AI.ChatClientExtensions.GetResponseAsync(chat, message)|};
            """, client: """
            var services = new ServiceCollection();
            #pragma warning disable SKEXP0010
            services.AddAzureOpenAIChatClient("gpt-4o", "https://contoso.openai.azure.com/", "key");
            #pragma warning restore SKEXP0010
            var chat = services.BuildServiceProvider().GetRequiredService<Microsoft.Extensions.AI.IChatClient>();
            """),
        Row("IServiceCollection.AddOpenAIChatCompletion and AddOpenAIChatClient with a custom endpoint", Items + """
            var history = new ChatHistory();
            history.AddUserMessage(items);
            await {|#0:provider.GetRequiredService<IChatCompletionService>().GetChatMessageContentsAsync(history)|};
            """, client: """
            var services = new ServiceCollection();
            #pragma warning disable SKEXP0010
            services.AddOpenAIChatCompletion("gpt-4o", new Uri("https://contoso.example/v1"), "key");
            services.AddOpenAIChatClient("gpt-4o", new Uri("https://contoso.example/v1"), "key");
            #pragma warning restore SKEXP0010
            var provider = services.BuildServiceProvider();
            """),
        Row("Kernel.Services, and the IChatClient bridges AsChatClient and AsChatCompletionService", Items + """
            var history = new ChatHistory();
            history.AddUserMessage(items);
            await {|#0:bridged.GetChatMessageContentsAsync(history)|};
            """, client: """
            var kernel = Kernel.CreateBuilder().AddAzureOpenAIChatCompletion("gpt-4o", "https://contoso.openai.azure.com/", "key").Build();
            var fromServices = kernel.Services.GetRequiredService<IChatCompletionService>();
            var bridged = fromServices.AsChatClient().AsChatCompletionService();
            """),
        Row("OpenAIChatCompletionService on an Azure OpenAIClient", Items + """
            var history = new ChatHistory();
            history.AddUserMessage(items);
            await {|#0:service.GetChatMessageContentsAsync(history)|};
            """, client: "IChatCompletionService service = new OpenAIChatCompletionService(\"gpt-4o\", new AzureOpenAIClient(new Uri(\"https://contoso.openai.azure.com/\"), new ApiKeyCredential(\"key\")));"),
        Row("OpenAIChatCompletionService with a custom endpoint (may be Azure)", Items + """
            var history = new ChatHistory();
            history.AddUserMessage(items);
            await {|#0:service.GetChatMessageContentsAsync(history)|};
            """, client: """
            // Experimental in 1.82.0; users acknowledge that as they would in their own code.
            #pragma warning disable SKEXP0010
            IChatCompletionService service = new OpenAIChatCompletionService("gpt-4o", new Uri("https://contoso.example/v1"), "key");
            #pragma warning restore SKEXP0010
            """),
        Row("Kernel builder AddOpenAIChatCompletion with a custom endpoint", Items + """
            var history = new ChatHistory();
            history.AddUserMessage(items);
            await {|#0:kernel.GetRequiredService<IChatCompletionService>().GetChatMessageContentsAsync(history)|};
            """, client: "var kernel = Kernel.CreateBuilder().AddOpenAIChatCompletion(\"gpt-4o\", new Uri(\"https://contoso.example/v1\"), \"key\").Build();"),
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public Task FrameReachesChatCompletionService_Reported(CatalogEntryCase row) =>
        new FlowTest("police", "US", semanticKernelAzure: true)
        {
            TestCode = row.Source(),
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    /// <summary>Dash-cam code: the same live frame through Semantic Kernel is LEAI002, in any jurisdiction.</summary>
    [Fact]
    public Task DashCam_LiveFrameThroughChatCompletionService_ReportsLeai002() =>
        new FlowTest("dash-cam", "DE", semanticKernelAzure: true)
        {
            TestCode = ((CatalogEntryCase)Routes().First()[0]).Source(),
            ExpectedDiagnostics = { Diag("LEAI002").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    public static IEnumerable<object[]> OpenAIServices() => new[]
    {
        Negative("OpenAIChatCompletionService with an API key", OpenAIService + "\nvar history = new ChatHistory(); history.AddUserMessage(items);\nawait {|#0:service.GetChatMessageContentsAsync(history)|};"),
        Negative("OpenAIChatCompletionService, extension GetChatMessageContentAsync", OpenAIService + "\nvar history = new ChatHistory(); history.AddUserMessage(items);\nawait {|#0:service.GetChatMessageContentAsync(history)|};"),
        Negative("OpenAIChatCompletionService on an OpenAIClient", "IChatCompletionService service = new OpenAIChatCompletionService(\"gpt-4o\", new OpenAIClient(new ApiKeyCredential(\"sk-key\")));\nvar history = new ChatHistory(); history.AddUserMessage(items);\nawait {|#0:service.GetChatMessageContentsAsync(history)|};"),
        Negative("Kernel builder registration as a statement of its own", "var builder = Kernel.CreateBuilder();\nbuilder.AddOpenAIChatCompletion(\"gpt-4o\", \"sk-key\");\nvar kernel = builder.Build();\nvar history = new ChatHistory(); history.AddUserMessage(items);\nawait {|#0:kernel.GetRequiredService<IChatCompletionService>().GetChatMessageContentsAsync(history)|};"),
        Negative("IServiceCollection.AddOpenAIChatCompletion, a Kernel on the provider", "var services = new ServiceCollection();\nservices.AddOpenAIChatCompletion(\"gpt-4o\", \"sk-key\");\nvar kernel = new Kernel(services.BuildServiceProvider());\nvar history = new ChatHistory(); history.AddUserMessage(items);\nawait {|#0:kernel.GetRequiredService<IChatCompletionService>().GetChatMessageContentsAsync(history)|};"),
        Negative("IServiceCollection.AddOpenAIChatClient", "var services = new ServiceCollection();\nservices.AddOpenAIChatClient(\"gpt-4o\", \"sk-key\");\nvar chat = services.BuildServiceProvider().GetRequiredService<Microsoft.Extensions.AI.IChatClient>();\nawait {|#0:Microsoft.Extensions.AI.ChatClientExtensions.GetResponseAsync(chat, new Microsoft.Extensions.AI.ChatMessage(Microsoft.Extensions.AI.ChatRole.User, new List<Microsoft.Extensions.AI.AIContent> { new Microsoft.Extensions.AI.DataContent(bytes, \"image/jpeg\") }))|};"),
        Negative("Kernel builder AddOpenAIChatCompletion", "var kernel = Kernel.CreateBuilder().AddOpenAIChatCompletion(\"gpt-4o\", \"sk-key\").Build();\nvar history = new ChatHistory(); history.AddUserMessage(items);\nawait {|#0:kernel.GetRequiredService<IChatCompletionService>().GetChatMessageContentsAsync(history)|};"),
    };

    [Theory]
    [MemberData(nameof(OpenAIServices))]
    public Task FrameToOpenAIsOwnService_GetsOpenAIsClauseOnly(string name, string body)
    {
        _ = name;
        return new FlowTest("police", "US", semanticKernelAzure: true)
        {
            TestCode = Snippets.InMethod(Usings, Frame + Items + body, client: string.Empty),
            ExpectedDiagnostics = { Diag("LEAI010").WithLocation(0).WithLocation(1) },
        }.RunAsync();
    }

    public static IEnumerable<object[]> CloseNegatives() => new[]
    {
        Negative("text-only history", "var history = new ChatHistory(); history.AddUserMessage(\"Summarise the incident report.\"); await service.GetChatMessageContentsAsync(history);"),
        Negative("text-only prompt", "await service.GetChatMessageContentAsync(\"Summarise the incident report.\");"),
        Negative("static image from a constant file path", """
            var history = new ChatHistory();
            history.AddUserMessage(new ChatMessageContentItemCollection { new ImageContent(File.ReadAllBytes("assets/badge.png"), "image/png") });
            await service.GetChatMessageContentsAsync(history);
            """),
        Negative("static image by URL", """
            var history = new ChatHistory();
            history.AddUserMessage(new ChatMessageContentItemCollection { new ImageContent(new Uri("https://contoso.example/badge.png")) });
            await service.GetChatMessageContentsAsync(history);
            """),
    };

    [Theory]
    [MemberData(nameof(CloseNegatives))]
    public Task NoFrameInTheRequest_NotReported(string name, string body)
    {
        _ = name;
        return new FlowTest("police", "US", semanticKernelAzure: true) { TestCode = Snippets.InMethod(Usings, body, client: AzureService) }.RunAsync();
    }

    private static object[] Row(string name, string body, string client = AzureService) =>
        new object[] { new CatalogEntryCase("Semantic Kernel: " + name, Usings, Frame + body, client: client, semanticKernelAzure: true) };

    private static object[] Negative(string name, string body) => new object[] { name, body };

    /// <summary>The rows, for the catalogue coverage check.</summary>
    internal static IEnumerable<CatalogEntryCase> Cases() => Routes().Select(r => (CatalogEntryCase)r[0]);
}
