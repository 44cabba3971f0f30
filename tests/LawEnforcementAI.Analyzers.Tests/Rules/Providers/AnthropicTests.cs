using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Providers;

/// <summary>
/// LEAI010 with Anthropic's official SDK (the real Anthropic 13.15.0): a live webcam frame (#1), base64-encoded into an
/// image block, reaches <c>client.Messages.Create</c> (#0) of an <c>AnthropicClient</c>. Recorded footage and code that
/// is not law enforcement's get nothing.
/// </summary>
public class AnthropicTests : ProviderTest
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Anthropic;
        using Anthropic.Models.Messages;
        using OpenCvSharp;

        """;

    public static IEnumerable<object[]> SendingCalls() => new[]
    {
        new object[] { "Messages.Create with initializers", """
            var image = new ImageBlockParam { Source = new Base64ImageSource { Data = Convert.ToBase64String(frame.ToBytes(".jpg")), MediaType = MediaType.ImageJpeg } };
            var parameters = new MessageCreateParams
            {
                MaxTokens = 1024,
                Model = "claude-sonnet-4-5",
                Messages = new List<MessageParam> { new UserMessageParam { Content = new List<ContentBlockParam> { new TextBlockParam("Describe the scene."), image } } },
            };
            await {|#0:client.Messages.Create(parameters)|};
            """, "IMessageService.Create" },
        new object[] { "Messages.CreateStreaming with constructors", """
            string base64 = Convert.ToBase64String(frame.ToBytes(".jpg"));
            var source = new Base64ImageSource { Data = base64, MediaType = MediaType.ImageJpeg };
            var blocks = new List<ContentBlockParam>();
            blocks.Add(new ImageBlockParam(source));
            var messages = new List<MessageParam>();
            messages.Add(new UserMessageParam(blocks));
            await foreach (var update in {|#0:client.Messages.CreateStreaming(new MessageCreateParams { MaxTokens = 1024, Model = "claude-sonnet-4-5", Messages = messages })|}) { }
            """, "IMessageService.CreateStreaming" },
    };

    /// <summary>Anthropic's own client; the platform tests put Anthropic's clients for other services in its place.</summary>
    internal const string OwnClient = "var client = new AnthropicClient { ApiKey = \"sk-ant-key\" };";

    internal static string Source(string body, string frame = LiveFrame, string client = OwnClient, string usings = "") =>
        SceneDescriber(Usings + usings, client, frame, body);

    internal static string FirstCall => (string)SendingCalls().First()[1];

    [Theory]
    [MemberData(nameof(SendingCalls))]
    public Task LiveFrameToAnthropic_GetsAnthropicsClause(string name, string body, string sink)
    {
        _ = name;
        return Verify(Source(body), Leai010AtSink(ServiceProvider.Anthropic, sink));
    }

    [Fact]
    public Task DashCamCode_GetsAnthropicsClause() =>
        Verify("dash-cam", "GB", Source(FirstCall), Leai010AtSink(ServiceProvider.Anthropic, "IMessageService.Create", "dash-cam (GB)"));

    /// <summary><c>WithOptions</c> hands out a new client (an <c>IAnthropicClient</c>) for the same service: still Anthropic's.</summary>
    [Fact]
    public Task ClientFromWithOptions_KeepsAnthropic() =>
        Verify(
            Source(FirstCall.Replace("client.Messages", "tuned.Messages"), client: OwnClient + "\nvar tuned = client.WithOptions(options => options with { MaxRetries = 5 });"),
            Leai010AtSink(ServiceProvider.Anthropic, "IMessageService.Create"));

    [Fact]
    public Task RecordedFootage_NotReported() => VerifyNothing(Source(FirstCall, RecordedFrame));

    [Fact]
    public Task NotLawEnforcementCode_NotReported() => VerifyNothing(Source(FirstCall), context: null, jurisdiction: null);

    /// <summary>Anthropic's client is not Microsoft's: in US police body-cam code neither LEAI001 nor LEAI002 fires, only Anthropic's clause.</summary>
    [Fact]
    public Task LiveFrameToAnthropic_GetsNoMicrosoftRule() =>
        Verify("police, body-cam", "US", Source(FirstCall), Leai010AtSink(ServiceProvider.Anthropic, "IMessageService.Create", "police, body-cam (US)"));
}
