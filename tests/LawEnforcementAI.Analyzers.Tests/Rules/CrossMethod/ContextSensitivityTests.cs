using System.Threading.Tasks;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod.PipelineCase;
using static LawEnforcementAI.Analyzers.Tests.Verification.ExpectedDiagnostic;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>
/// Context sensitivity where it matters, providers across methods, liveness across methods, the hop bound, and what
/// the message says about the route.
/// </summary>
public class ContextSensitivityTests
{
    private const string Encoder = "public static class Jpeg { public static byte[] Encode(Mat image) => image.ToBytes(\".jpg\"); }";

    [Fact]
    public Task SharedEncoder_FrameSavedAndLogoSent_NotReported() =>
        Verify.Flow("police", "US")
            .WithSource(Usings + Encoder)
            .WithSource(Usings + $$"""
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
                """)
            .VerifyAsync();

    [Fact]
    public Task SharedEncoder_FrameSent_Reported() =>
        Verify.Flow("police", "US")
            .WithSource(Usings + Encoder)
            .WithSource(Usings + $$"""
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
                """)
            .Expect(Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2)
                .WithMessage("Camera frame from 'VideoCapture.RetrieveMat', passed through 'Jpeg.Encode', reaches Azure OpenAI vision call 'ChatClient.CompleteChatAsync' in a project attributed as police (US); Azure OpenAI may not be used for facial recognition by or for a US police department"))
            .VerifyAsync();

    private const string SendingHelper =
        "public class FrameSender { private readonly ChatClient _chat = " + AzureChat + "; public async Task SendAsync(byte[] jpeg) { await {|#0:_chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(jpeg), \"image/jpeg\")))|}; } }";

    [Fact]
    public Task SendingHelper_TwoCameraCallers_OneWarningWithBothRoutes() =>
        Verify.Flow("police", "US")
            .WithSource(Usings + SendingHelper)
            .WithSource(Usings + "public class FrontCamera { public Task RunAsync(FrameSender sender) => {|#3:sender.SendAsync({|#1:new VideoCapture(0).RetrieveMat()|}.ToBytes(\".jpg\"))|}; }")
            .WithSource(Usings + "public class RearCamera { public Task RunAsync(FrameSender sender) => {|#4:sender.SendAsync({|#2:new VideoCapture(1).RetrieveMat()|}.ToBytes(\".jpg\"))|}; }")
            .Expect(Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(3).WithLocation(2).WithLocation(4)
                .WithMessageContaining("Camera frame from 'VideoCapture.RetrieveMat', passed to 'FrameSender.SendAsync', reaches"))
            .VerifyAsync();

    [Fact]
    public Task SendingHelper_OnlyLogoCallers_NotReported() =>
        Verify.Flow("police", "US")
            .WithSource((Usings + SendingHelper).WithoutMarkup())
            .WithSource(Usings + "public class Branding { public Task RunAsync(FrameSender sender) => sender.SendAsync(File.ReadAllBytes(\"assets/logo.png\")); }")
            .WithSource(Usings + "public class Posters { public Task RunAsync(FrameSender sender) => sender.SendAsync(File.ReadAllBytes(\"assets/poster.png\")); }")
            .VerifyAsync();

    private const string InjectedService =
        "public class VisionService { private readonly ChatClient _chat; public VisionService(ChatClient chat) { _chat = chat; } public async Task SendAsync(byte[] jpeg) { await {|#0:_chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(jpeg), \"image/jpeg\")))|}; } }";

    private const string Patrol =
        "public class Patrol { public Task RunAsync(VisionService service) => {|#2:service.SendAsync({|#1:new VideoCapture(0).RetrieveMat()|}.ToBytes(\".jpg\"))|}; }";

    [Fact]
    public Task InjectedClient_BuiltFromAzureOpenAIClient_Reported() =>
        Verify.Flow("police", "US")
            .WithSource(Usings + InjectedService)
            .WithSource(Usings + "public static class Startup { public static VisionService Create() => new VisionService(" + AzureChat + "); }")
            .WithSource(Usings + Patrol)
            .Expect(Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2))
            .VerifyAsync();

    [Fact]
    public Task InjectedClient_BuiltForOpenAIsOwnService_NotReported() =>
        Verify.Flow("police", "US")
            .WithSource((Usings + InjectedService).WithoutMarkup())
            .WithSource(Usings + "public static class Startup { public static VisionService Create() => new VisionService(new ChatClient(\"gpt-4o\", \"sk-key\")); }")
            .WithSource((Usings + Patrol).WithoutMarkup())
            .VerifyAsync();

    [Fact]
    public Task InjectedClient_OriginOutOfSight_ReportedAsUnknown() =>
        Verify.Flow("police", "US")
            .WithSource(Usings + InjectedService)
            .WithSource(Usings + Patrol)
            .Expect(Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2))
            .VerifyAsync();

    private static string DeviceInField(string open) => Usings + $$"""
        public class BodyCam
        {
            private VideoCapture? _capture;
            public void Open() { _capture = new VideoCapture({{open}}); }
            public byte[] Next() { var frame = new Mat(); {|#1:_capture!.Read(frame)|}; return frame.ToBytes(".jpg"); }
        }

        public class Uploader
        {
            public async Task RunAsync(BodyCam camera)
            {
                var chat = {{AzureChat}};
                var bytes = {|#2:camera.Next()|};
                await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg")))|};
            }
        }
        """;

    [Fact]
    public Task DeviceOpenedElsewhereOnAFile_IsRecorded_NoLeai002() =>
        Verify.Flow("police, body-cam", "US").WithSource(DeviceInField("\"evidence/clip.mp4\""))
            .Expect(Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2))
            .VerifyAsync();

    [Fact]
    public Task DeviceOpenedElsewhereOnACamera_IsLive_Leai002() =>
        Verify.Flow("police, body-cam", "US").WithSource(DeviceInField("0"))
            .Expect(
                Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2),
                Diag("LEAI002").WithLocation(0).WithLocation(1).WithLocation(2))
            .VerifyAsync();

    private static string Chain(int depth)
    {
        var source = Usings + "public static class Step0 { public static byte[] Run() => {|#1:new VideoCapture(\"evidence/clip.mp4\").RetrieveMat()|}.ToBytes(\".jpg\"); }\n";
        for (var i = 1; i <= depth; i++)
        {
            source += $"public static class Step{i} {{ public static byte[] Run() => Step{i - 1}.Run(); }}\n";
        }

        return source + $"public class Uploader {{ public async Task RunAsync() {{ var chat = {AzureChat}; var bytes = Step{depth}.Run(); await {{|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), \"image/jpeg\")))|}}; }} }}";
    }

    [Fact]
    public async Task DeepChain_WithinTheBound_KeepsLivenessAndFullRoute()
    {
        var diagnostics = await Verify.Flow("body-cam, police", "US").WithSource(Chain(6)).RunAsync();
        var leai001 = Assert.Single(diagnostics, d => d.Id == "LEAI001");
        Assert.DoesNotContain(diagnostics, d => d.Id == "LEAI002");
        Assert.Equal(1 + 7, leai001.AdditionalLocations.Count);
    }

    [Fact]
    public async Task DeepChain_BeyondTheConfiguredBound_StillReported_WithUnknownLiveness()
    {
        var diagnostics = await Verify.Flow("body-cam, police", "US").WithSource(Chain(6))
            .WithGlobalConfig("ai_policy_max_hops = 2\n")
            .RunAsync();
        var leai001 = Assert.Single(diagnostics, d => d.Id == "LEAI001");
        Assert.Equal(1 + 2, leai001.AdditionalLocations.Count);

        // Recorded footage followed further than the bound is no longer known to be recorded: it counts as live.
        Assert.Single(diagnostics, d => d.Id == "LEAI002");
    }

    [Fact]
    public async Task RecursionAndCycles_Terminate()
    {
        var source = Usings + $$"""
            public static class Ping { public static byte[] Run(int n) => n > 0 ? Pong.Run(n - 1) : {|#1:new VideoCapture(0).RetrieveMat()|}.ToBytes(".jpg"); }
            public static class Pong { public static byte[] Run(int n) => n > 0 ? Ping.Run(n - 1) : Pong.Run(n + 1); }
            public class Uploader { public async Task RunAsync() { var chat = {{AzureChat}}; var bytes = Pong.Run(5); await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg")))|}; } }
            """;
        var diagnostics = await Verify.Flow("police", "US").WithSource(source).RunAsync();
        Assert.Single(diagnostics, d => d.Id == "LEAI001");
    }
}
