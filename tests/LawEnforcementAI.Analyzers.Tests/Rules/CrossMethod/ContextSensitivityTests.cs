using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod.PipelineCase;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>
/// Context sensitivity where it matters: a helper shared by a frame and a logo reports only the frame's caller, and
/// what the message says about each route into it. Providers, liveness and the hop bound across methods have classes
/// of their own beside this one.
/// </summary>
public class ContextSensitivityTests
{
    private const string Encoder = "public static class Jpeg { public static byte[] Encode(Mat image) => image.ToBytes(\".jpg\"); }";

    [Fact]
    public Task SharedEncoder_FrameSavedAndLogoSent_NotReported() =>
        new FlowTest("police", "US")
        {
            TestState =
            {
                Sources =
                {
                    Usings + Encoder,
                    Usings + $$"""
                public class Uploader
                {
                    public async Task RunAsync()
                    {
                        var chat = {{AzureChat}};
                        var frame = new VideoCapture(0).RetrieveMat();
                        var logo = new Mat("assets/station-logo.png");
                        File.WriteAllBytes("captures/latest.jpg", Jpeg.Encode(frame));
                        var bytes = Jpeg.Encode(logo);
                        await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg")));
                    }
                }
                """,
                },
            },
        }.RunAsync();

    [Fact]
    public Task SharedEncoder_FrameSent_Reported() =>
        new FlowTest("police", "US")
        {
            TestState =
            {
                Sources =
                {
                    Usings + Encoder,
                    Usings + $$"""
                public class Uploader
                {
                    public async Task RunAsync()
                    {
                        var chat = {{AzureChat}};
                        var frame = {|#1:new VideoCapture(0).RetrieveMat()|};
                        var logo = new Mat("assets/station-logo.png");
                        File.WriteAllBytes("captures/logo.jpg", Jpeg.Encode(logo));
                        var bytes = {|#2:Jpeg.Encode(frame)|};
                        await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg")))|};
                    }
                }
                """,
                },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2)
                .WithMessage("Camera frame from 'VideoCapture.RetrieveMat', passed through 'Jpeg.Encode', reaches Azure OpenAI vision call 'ChatClient.CompleteChatAsync' in a project attributed as police (US); Azure OpenAI may not be used for facial recognition by or for a US police department"),
            },
        }.RunAsync();

    private const string SendingHelper =
        "public class FrameSender { private readonly ChatClient _chat = " + AzureChat + "; public async Task SendAsync(byte[] jpeg) { await {|#0:_chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(jpeg), \"image/jpeg\")))|}; } }";

    [Fact]
    public Task SendingHelper_TwoCameraCallers_OneWarningWithBothRoutes() =>
        new FlowTest("police", "US")
        {
            // The frame comes from the sender's callers: build only (docs/flow.md, "Editor and build").

            TestState =
            {
                Sources =
                {
                    Usings + SendingHelper,
                    Usings + "public class FrontCamera { public Task RunAsync(FrameSender sender) => {|#3:sender.SendAsync({|#1:new VideoCapture(0).RetrieveMat()|}.ToBytes(\".jpg\"))|}; }",
                    Usings + "public class RearCamera { public Task RunAsync(FrameSender sender) => {|#4:sender.SendAsync({|#2:new VideoCapture(1).RetrieveMat()|}.ToBytes(\".jpg\"))|}; }",
                },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(3).WithLocation(2).WithLocation(4)
                    .WithMessage("Camera frame from 'VideoCapture.RetrieveMat', passed to 'FrameSender.SendAsync', reaches Azure OpenAI vision call 'ChatClient.CompleteChatAsync' in a project attributed as police (US); Azure OpenAI may not be used for facial recognition by or for a US police department"),
            },
        }.RunAsync();

    [Fact]
    public Task SendingHelper_OnlyLogoCallers_NotReported() =>
        new FlowTest("police", "US")
        {
            TestState =
            {
                Sources =
                {
                    (Usings + SendingHelper).WithoutMarkup(),
                    Usings + "public class Branding { public Task RunAsync(FrameSender sender) => sender.SendAsync(File.ReadAllBytes(\"assets/logo.png\")); }",
                    Usings + "public class Posters { public Task RunAsync(FrameSender sender) => sender.SendAsync(File.ReadAllBytes(\"assets/poster.png\")); }",
                },
            },
        }.RunAsync();
}
