using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Providers;

/// <summary>
/// LEAI010 with OpenAI's own service: a live webcam frame (#1) from police code reaches a chat request (#0) whose client
/// provably targets api.openai.com. The same code against Azure keeps Microsoft's rule; recorded footage, code that is
/// not attributed and a local model get nothing.
/// </summary>
public class OpenAIServiceTests
{
    private const string Send = """
        var part = ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg");
        await {|#0:chat.CompleteChatAsync(new UserChatMessage(part))|};
        """;

    private const string OpenAIKeyClient = "var chat = new ChatClient(\"gpt-4o\", \"sk-key\");";

    private static string Source(string client, string frame = Snippets.OpenCvLiveFrame) =>
        Snippets.InMethod(Snippets.OpenCv, frame + Send, client: client);

    internal static Microsoft.CodeAnalysis.Testing.DiagnosticResult Leai010(ServiceProvider provider, string api = "VideoCapture.Read", string sink = "ChatClient.CompleteChatAsync", string context = "police (US)")
    {
        var pack = PolicyPacks.ForProvider(provider)!;
        var service = provider switch
        {
            ServiceProvider.OpenAI => "OpenAI's own service",
            ServiceProvider.Anthropic => "Anthropic's service",
            ServiceProvider.Google => "Google's Gemini service",
            _ => "Amazon Bedrock",
        };
        return Diag("LEAI010", api, sink, context, "", service, pack.Clause(ClauseKind.RealTimeBiometricIdentification).Quote, pack.Cite(ClauseKind.RealTimeBiometricIdentification));
    }

    [Fact]
    public Task OpenAIApiKeyClient_GetsOpenAIsClause() =>
        new FlowTest("police", "US", providerRules: true)
        {
            TestCode = Source(OpenAIKeyClient),
            ExpectedDiagnostics = { Leai010(ServiceProvider.OpenAI).WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task OpenAIEndpointInOptions_GetsOpenAIsClause() =>
        new FlowTest("police", "US", providerRules: true)
        {
            TestCode = Source("""
                var options = new OpenAIClientOptions { Endpoint = new Uri("https://api.openai.com/v1") };
                var chat = new OpenAIClient(new ApiKeyCredential("sk-key"), options).GetChatClient("gpt-4o");
                """),
            ExpectedDiagnostics = { Leai010(ServiceProvider.OpenAI).WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task BodyCamCode_OpenAIClient_GetsOpenAIsClause() =>
        new FlowTest("body-cam", null, providerRules: true)
        {
            TestCode = Source(OpenAIKeyClient),
            ExpectedDiagnostics = { Leai010(ServiceProvider.OpenAI, context: "body-cam (jurisdiction unset)").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    /// <summary>The close negative by provider: the same code sent to Azure is Microsoft's (LEAI001), never LEAI010.</summary>
    [Fact]
    public Task SameCodeToAzure_GetsMicrosoftsRuleNotLeai010() =>
        new FlowTest("police", "US", providerRules: true)
        {
            TestCode = Source(Snippets.AzureChat),
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task RecordedFootage_NotReported() =>
        new FlowTest("police", "US", providerRules: true)
        {
            TestCode = Source(OpenAIKeyClient, """
                using var capture = new VideoCapture("evidence/incident-0412.mp4");
                using var frame = new Mat();
                capture.Read(frame);
                byte[] bytes = frame.ToBytes(".jpg");
                """).WithoutMarkup(),
        }.RunAsync();

    [Fact]
    public Task NotLawEnforcementCode_NotReported() =>
        new FlowTest(null, null, providerRules: true) { TestCode = Source(OpenAIKeyClient).WithoutMarkup() }.RunAsync();

    [Fact]
    public Task LocalModel_NotReported() =>
        new FlowTest("police", "US", providerRules: true)
        {
            TestCode = Source("""
                var options = new OpenAIClientOptions { Endpoint = new Uri("http://localhost:11434/v1") };
                var chat = new ChatClient("llava", new ApiKeyCredential("none"), options);
                """).WithoutMarkup(),
        }.RunAsync();

    /// <summary>A client that may reach OpenAI or Azure may reach Microsoft's service: Microsoft's rule, not LEAI010.</summary>
    [Fact]
    public Task OpenAIOrAzure_GetsMicrosoftsRuleOnly() =>
        new FlowTest("police", "US", providerRules: true)
        {
            TestCode = Source("ChatClient chat = ct.CanBeCanceled ? new ChatClient(\"gpt-4o\", \"sk-key\") : " + Snippets.AzureChatClient + ";"),
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();
}
