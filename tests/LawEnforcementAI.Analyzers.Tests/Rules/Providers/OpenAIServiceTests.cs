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
public class OpenAIServiceTests : ProviderTest
{
    private const string Send = """
        var part = ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg");
        await {|#0:chat.CompleteChatAsync(new UserChatMessage(part))|};
        """;

    private const string OpenAIKeyClient = "var chat = new ChatClient(\"gpt-4o\", \"sk-key\");";

    private static string Source(string client, string frame = Snippets.OpenCvLiveFrame) =>
        Snippets.InMethod(Snippets.OpenCv, frame + Send, client: client);

    [Fact]
    public Task OpenAIApiKeyClient_GetsOpenAIsClause() => Verify(Source(OpenAIKeyClient), Leai010AtSink(ServiceProvider.OpenAI));

    [Fact]
    public Task OpenAIEndpointInOptions_GetsOpenAIsClause() =>
        Verify(
            Source("""
                var options = new OpenAIClientOptions { Endpoint = new Uri("https://api.openai.com/v1") };
                var chat = new OpenAIClient(new ApiKeyCredential("sk-key"), options).GetChatClient("gpt-4o");
                """),
            Leai010AtSink(ServiceProvider.OpenAI));

    [Fact]
    public Task BodyCamCode_OpenAIClient_GetsOpenAIsClause() =>
        Verify("body-cam", null, Source(OpenAIKeyClient), Leai010AtSink(ServiceProvider.OpenAI, context: "body-cam (jurisdiction unset)"));

    /// <summary>The close negative by provider: the same code sent to Azure is Microsoft's (LEAI001), never LEAI010.</summary>
    [Fact]
    public Task SameCodeToAzure_GetsMicrosoftsRuleNotLeai010() =>
        Verify(Source(Snippets.AzureChat), Diag("LEAI001").WithLocation(0).WithLocation(1));

    [Fact]
    public Task RecordedFootage_NotReported() =>
        VerifyNothing(Source(OpenAIKeyClient, """
            using var capture = new VideoCapture("evidence/incident-0412.mp4");
            using var frame = new Mat();
            capture.Read(frame);
            byte[] bytes = frame.ToBytes(".jpg");
            """));

    [Fact]
    public Task NotLawEnforcementCode_NotReported() => VerifyNothing(Source(OpenAIKeyClient), context: null, jurisdiction: null);

    [Fact]
    public Task LocalModel_NotReported() =>
        VerifyNothing(Source("""
            var options = new OpenAIClientOptions { Endpoint = new Uri("http://localhost:11434/v1") };
            var chat = new ChatClient("llava", new ApiKeyCredential("none"), options);
            """));

    /// <summary>A client that may reach OpenAI or Azure may reach Microsoft's service: Microsoft's rule, not LEAI010.</summary>
    [Fact]
    public Task OpenAIOrAzure_GetsMicrosoftsRuleOnly() =>
        Verify(
            Source("ChatClient chat = ct.CanBeCanceled ? new ChatClient(\"gpt-4o\", \"sk-key\") : " + Snippets.AzureChatClient + ";"),
            Diag("LEAI001").WithLocation(0).WithLocation(1));
}
