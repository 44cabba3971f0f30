using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Catalog;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>
/// The pre-release Microsoft.Extensions.AI names (<c>ImageContent</c>, <c>CompleteAsync</c>, <c>CompleteStreamingAsync</c>,
/// <c>AsChatClient</c>, the public <c>OpenAIChatClient</c>), against stand-ins of 9.1.0-preview.1.25064.3
/// (Stubs/Microsoft.Extensions.AI.Preview.*.cs): the analyzer matches by metadata name, so code written for the previews
/// is followed like code for 10.x.
/// </summary>
public class ExtensionsAIPreviewTests
{
    private const string Usings = "using OpenCvSharp; using Microsoft.Extensions.AI; using ChatMessage = Microsoft.Extensions.AI.ChatMessage;";

    private const string AzureChat = "IChatClient chat = " + Snippets.AzureChatClient + ".AsChatClient();";

    private const string OpenAIChat = "IChatClient chat = new OpenAIClient(new ApiKeyCredential(\"sk-key\")).GetChatClient(\"gpt-4o\").AsChatClient();";

    public static IEnumerable<object[]> Routes() => new[]
    {
        Row("IChatClient.CompleteAsync with ImageContent bytes", """
            var message = new ChatMessage(ChatRole.User, new List<AIContent> { new TextContent("Describe."), new ImageContent(bytes, "image/jpeg") });
            await {|#0:chat.CompleteAsync(new List<ChatMessage> { message })|};
            """),
        Row("IChatClient.CompleteStreamingAsync with ImageContent from a data: URI", """
            var message = new ChatMessage(ChatRole.User, new List<AIContent> { new ImageContent("data:image/jpeg;base64," + Convert.ToBase64String(bytes)) });
            await foreach (var update in {|#0:chat.CompleteStreamingAsync(new List<ChatMessage> { message })|}) { }
            """),
        Row("ChatClientExtensions.CompleteAsync(ChatMessage), AsChatClient on an Azure OpenAIClient with a model", """
            var message = new ChatMessage(ChatRole.User, new List<AIContent> { new ImageContent(bytes, "image/jpeg") });
            await {|#0:azure.CompleteAsync(message)|};
            """, client: "IChatClient azure = new AzureOpenAIClient(new Uri(\"https://contoso.openai.azure.com/\"), new ApiKeyCredential(\"key\")).AsChatClient(\"gpt-4o\");"),
        Row("ChatClientExtensions.CompleteStreamingAsync(ChatMessage), the public OpenAIChatClient", """
            var message = new ChatMessage(ChatRole.User, new List<AIContent> { new ImageContent(new Uri("data:image/jpeg;base64," + Convert.ToBase64String(bytes))) });
            await foreach (var update in {|#0:adapter.CompleteStreamingAsync(message)|}) { }
            """, client: "IChatClient adapter = new OpenAIChatClient(" + Snippets.AzureChatClient + ");"),
        Row("OpenAIChatClient over an Azure OpenAIClient", """
            var message = new ChatMessage(ChatRole.User, new List<AIContent> { new ImageContent(bytes, "image/jpeg") });
            await {|#0:adapter.CompleteAsync(message)|};
            """, client: "IChatClient adapter = new OpenAIChatClient(new AzureOpenAIClient(new Uri(\"https://contoso.openai.azure.com/\"), new ApiKeyCredential(\"key\")), \"gpt-4o\");"),
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public Task FrameReachesPreviewChatClient_Reported(CatalogEntryCase row) =>
        new FlowTest("police", "US", previewExtensionsAI: true)
        {
            TestCode = row.Source(),
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    public static IEnumerable<object[]> CloseNegatives() => new[]
    {
        Negative("text only", AzureChat, "await chat.CompleteAsync(\"Summarise the incident report.\");"),
        Negative("static image from a constant file path", AzureChat, """
            await chat.CompleteAsync(new ChatMessage(ChatRole.User, new List<AIContent> { new ImageContent(File.ReadAllBytes("assets/badge.png"), "image/png") }));
            """),
    };

    [Theory]
    [MemberData(nameof(CloseNegatives))]
    public Task CloseNegative_NotReported(string name, string client, string body)
    {
        _ = name;
        return new FlowTest("police", "US", previewExtensionsAI: true) { TestCode = Snippets.InMethod(Usings, body, client: client) }.RunAsync();
    }

    /// <summary>A frame to api.openai.com is none of Microsoft's rules': OpenAI's clause (LEAI010) reports it.</summary>
    public static IEnumerable<object[]> ToOpenAIsOwnService() => new[]
    {
        new object[] { "through AsChatClient", OpenAIChat, Snippets.OpenCvLiveFrame + """
            await {|#0:chat.CompleteAsync(new ChatMessage(ChatRole.User, new List<AIContent> { new ImageContent(bytes, "image/jpeg") }))|};
            """, "ChatClientExtensions.CompleteAsync" },
        new object[] { "through AsChatClient(model)", "IChatClient chat = new OpenAIClient(new ApiKeyCredential(\"sk-key\")).AsChatClient(\"gpt-4o\");", Snippets.OpenCvLiveFrame + """
            await foreach (var update in {|#0:chat.CompleteStreamingAsync(new ChatMessage(ChatRole.User, new List<AIContent> { new ImageContent(bytes, "image/jpeg") }))|}) { }
            """, "ChatClientExtensions.CompleteStreamingAsync" },
    };

    [Theory]
    [MemberData(nameof(ToOpenAIsOwnService))]
    public Task FrameToOpenAIsOwnService_GetsOpenAIsClauseOnly(string name, string client, string body, string sink)
    {
        _ = name;
        return new FlowTest("police", "US", previewExtensionsAI: true)
        {
            TestCode = Snippets.InMethod(Usings, body, client: client),
            ExpectedDiagnostics = { ProviderTest.Leai010(ServiceProvider.OpenAI, sink: sink).WithLocation(0).WithLocation(1) },
        }.RunAsync();
    }

    private static object[] Row(string name, string body, string client = AzureChat) =>
        new object[] { new CatalogEntryCase("Microsoft.Extensions.AI 9.1 preview: " + name, Usings, Snippets.OpenCvLiveFrame + body, client: client, previewExtensionsAI: true) };

    private static object[] Negative(string name, string client, string body) => new object[] { name, client, body };

    /// <summary>The rows, for the catalogue coverage check.</summary>
    internal static IEnumerable<CatalogEntryCase> Cases() => Routes().Select(r => (CatalogEntryCase)r[0]);
}
