using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Catalog;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>
/// Microsoft.Extensions.AI 10.11.0 (real packages): a live webcam frame (#1) in a <c>DataContent</c> or <c>UriContent</c>
/// reaching an <c>IChatClient</c> request (#0), with the client's service told by how the <c>IChatClient</c> was made.
/// Each positive has close negatives below: a text-only request, a static image, a client on api.openai.com.
/// </summary>
public class ExtensionsAISinkTests
{
    internal const string Usings = "using OpenCvSharp; using Microsoft.Extensions.AI; using Microsoft.Extensions.DependencyInjection; using ChatMessage = Microsoft.Extensions.AI.ChatMessage;";

    /// <summary>An <c>IChatClient</c> over an Azure OpenAI deployment, built in the method (so the finding is live).</summary>
    internal const string AzureChat = "IChatClient chat = " + Snippets.AzureChatClient + ".AsIChatClient();";

    /// <summary>An <c>IChatClient</c> over OpenAI's own service (api.openai.com).</summary>
    internal const string OpenAIChat = "IChatClient chat = new OpenAIClient(new ApiKeyCredential(\"sk-key\")).GetChatClient(\"gpt-4o\").AsIChatClient();";

    private const string Frame = Snippets.OpenCvLiveFrame;

    private const string DataUri = "var dataUri = \"data:image/jpeg;base64,\" + Convert.ToBase64String(bytes);\n";

    /// <summary>Each row sends the frame through one route; every row is live LEAI001 (client and frame built in the method).</summary>
    public static IEnumerable<object[]> Routes() => new[]
    {
        Row("IChatClient.GetResponseAsync, DataContent bytes in the ChatMessage constructor's list", """
            var message = new ChatMessage(ChatRole.User, new List<AIContent> { new TextContent("Describe the scene."), new DataContent(bytes, "image/jpeg") });
            await {|#0:chat.GetResponseAsync(new List<ChatMessage> { message }, null, ct)|};
            """),
        Row("IChatClient.GetStreamingResponseAsync, DataContent added to Contents", """
            var message = new ChatMessage(ChatRole.User, "Describe the scene.");
            message.Contents.Add(new DataContent(bytes, "image/jpeg"));
            await foreach (var update in {|#0:chat.GetStreamingResponseAsync(new[] { message })|}) { }
            """),
        Row("ChatClientExtensions.GetResponseAsync(ChatMessage), DataContent from a data: URI", DataUri + """
            var message = new ChatMessage(ChatRole.User, new List<AIContent> { new DataContent(dataUri, "image/jpeg") });
            await {|#0:chat.GetResponseAsync(message)|};
            """),
        Row("ChatClientExtensions.GetStreamingResponseAsync(ChatMessage), UriContent with a data: Uri", DataUri + """
            var message = new ChatMessage(ChatRole.User, new List<AIContent> { new UriContent(new Uri(dataUri), "image/jpeg") });
            await foreach (var update in {|#0:chat.GetStreamingResponseAsync(message)|}) { }
            """),
        Row("ChatClientExtensions.GetResponseAsync(string) with the frame inlined as a data: URI", DataUri + """
            await {|#0:chat.GetResponseAsync("Describe this image: " + dataUri)|};
            """),
        Row("ChatClientStructuredOutputExtensions.GetResponseAsync<T>", """
            var messages = new List<ChatMessage> { new ChatMessage(ChatRole.User, new List<AIContent> { new DataContent(bytes, "image/jpeg") }) };
            var response = await {|#0:chat.GetResponseAsync<string[]>(messages)|};
            """),
        Row("ChatClientBuilder(inner) with middleware, then Build", """
            var message = new ChatMessage(ChatRole.User, new List<AIContent> { new DataContent(bytes, "image/jpeg") });
            await {|#0:pipeline.GetResponseAsync(message)|};
            """, client: AzureChat + "\n" + """
            IChatClient pipeline = new ChatClientBuilder(chat)
                .UseFunctionInvocation()
                .UseLogging()
                .UseOpenTelemetry()
                .UseDistributedCache()
                .ConfigureOptions(options => options.Temperature = 0)
                .UseChatReducer()
                .Use(inner => inner)
                .Build();
            """),
        Row("AddChatClient on a service collection, GetRequiredService from the provider built from it", """
            var message = new ChatMessage(ChatRole.User, new List<AIContent> { new DataContent(bytes, "image/jpeg") });
            await {|#0:resolved.GetResponseAsync(message)|};
            """, client: AzureChat + "\n" + """
            var services = new ServiceCollection();
            services.AddChatClient(chat).UseLogging();
            var resolved = services.BuildServiceProvider().GetRequiredService<IChatClient>();
            """),
        Row("AddKeyedChatClient, GetRequiredKeyedService", """
            var message = new ChatMessage(ChatRole.User, new List<AIContent> { new DataContent(bytes, "image/jpeg") });
            await {|#0:resolved.GetResponseAsync(message)|};
            """, client: AzureChat + "\n" + """
            var services = new ServiceCollection();
            services.AddKeyedChatClient("vision", chat);
            var resolved = services.BuildServiceProvider().GetRequiredKeyedService<IChatClient>("vision");
            """),
        Row("middleware layers constructed by hand, DelegatingChatClient.GetResponseAsync", """
            var message = new ChatMessage(ChatRole.User, new List<AIContent> { new DataContent(bytes, "image/jpeg") });
            await {|#0:layered.GetResponseAsync(new[] { message })|};
            """, client: AzureChat + "\n" + """
            IChatClient logged = new LoggingChatClient(new OpenTelemetryChatClient(new ConfigureOptionsChatClient(chat, o => { })), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
            Microsoft.Extensions.Caching.Distributed.IDistributedCache cache = null!;
            var cached = new DistributedCachingChatClient(logged, cache);
            // The reducer is experimental in 10.11.0; users acknowledge that as they would in their own code.
            #pragma warning disable MEAI001
            IChatReducer reducer = null!;
            var reduced = new ReducingChatClient(cached, reducer);
            #pragma warning restore MEAI001
            var layered = new FunctionInvokingChatClient(reduced);
            """),
        Row("DelegatingChatClient.GetStreamingResponseAsync on a FunctionInvokingChatClient", """
            var message = new ChatMessage(ChatRole.User, new List<AIContent> { new DataContent(bytes, "image/jpeg") });
            await foreach (var update in {|#0:layered.GetStreamingResponseAsync(new[] { message })|}) { }
            """, client: AzureChat + "\nvar layered = new FunctionInvokingChatClient(chat);"),
        Row("AsBuilder on the adapted client", """
            var message = new ChatMessage(ChatRole.User, new List<AIContent> { new DataContent(bytes, "image/jpeg") });
            await {|#0:chat.AsBuilder().UseFunctionInvocation().Build().GetResponseAsync(message)|};
            """),
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public Task FrameReachesChatClient_Reported(CatalogEntryCase row) =>
        new FlowTest("police", "US")
        {
            TestCode = row.Source(),
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    /// <summary>Body-cam code: the same live frame through Microsoft.Extensions.AI is LEAI002, in any jurisdiction.</summary>
    [Fact]
    public Task BodyCam_LiveFrameThroughChatClient_ReportsLeai002() =>
        new FlowTest("body-cam", "GB")
        {
            TestCode = ((CatalogEntryCase)Routes().First()[0]).Source(),
            ExpectedDiagnostics = { Diag("LEAI002").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Theory]
    [MemberData(nameof(Routes))]
    public Task SameRoute_ClientOnOpenAIsOwnService_GetsOpenAIsClauseOnly(CatalogEntryCase row) =>
        new FlowTest("police", "US")
        {
            TestCode = Snippets.InMethod(row.Usings, row.Body, client: row.Client.Replace(AzureChat, OpenAIChat)),
            ExpectedDiagnostics = { Diag("LEAI010").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    public static IEnumerable<object[]> CloseNegatives() => new[]
    {
        Negative("text-only request", "await chat.GetResponseAsync(\"Summarise the incident report.\");"),
        Negative("text-only ChatMessage list", "await chat.GetResponseAsync(new List<ChatMessage> { new ChatMessage(ChatRole.User, \"Summarise.\") });"),
        Negative("static image from a constant file path", """
            var logo = File.ReadAllBytes("assets/badge.png");
            await chat.GetResponseAsync(new ChatMessage(ChatRole.User, new List<AIContent> { new DataContent(logo, "image/png") }));
            """),
        Negative("static image by URL", """
            await chat.GetResponseAsync(new ChatMessage(ChatRole.User, new List<AIContent> { new UriContent("https://contoso.example/badge.png", "image/png") }));
            """),
    };

    [Theory]
    [MemberData(nameof(CloseNegatives))]
    public Task NoFrameInTheRequest_NotReported(string name, string body)
    {
        _ = name;
        return new FlowTest("police", "US") { TestCode = Snippets.InMethod(Usings, body, client: AzureChat) }.RunAsync();
    }

    private static object[] Row(string name, string body, string client = AzureChat) =>
        new object[] { new CatalogEntryCase("Microsoft.Extensions.AI: " + name, Usings, Frame + body, client: client) };

    private static object[] Negative(string name, string body) => new object[] { name, body };

    /// <summary>The rows, for the catalogue coverage check.</summary>
    internal static IEnumerable<CatalogEntryCase> Cases() => Routes().Select(r => (CatalogEntryCase)r[0]);
}
