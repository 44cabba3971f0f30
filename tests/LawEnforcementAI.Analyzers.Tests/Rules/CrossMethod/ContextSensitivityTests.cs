using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod.PipelineCase;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

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

    private const string InjectedService =
        "public class VisionService { private readonly ChatClient _chat; public VisionService(ChatClient chat) { _chat = chat; } public async Task SendAsync(byte[] jpeg) { await {|#0:_chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(jpeg), \"image/jpeg\")))|}; } }";

    private const string Patrol =
        "public class Patrol { public Task RunAsync(VisionService service) => {|#2:service.SendAsync({|#1:new VideoCapture(0).RetrieveMat()|}.ToBytes(\".jpg\"))|}; }";

    [Fact]
    public Task InjectedClient_BuiltFromAzureOpenAIClient_Reported() =>
        new FlowTest("police", "US")
        {
            // The client comes from the constructor's callers: build only (docs/flow.md, "Editor and build").

            TestState =
            {
                Sources =
                {
                    Usings + InjectedService,
                    Usings + "public static class Startup { public static VisionService Create() => new VisionService(" + AzureChat + "); }",
                    Usings + Patrol,
                },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2),
            },
        }.RunAsync();

    [Fact]
    public Task InjectedClient_BuiltForOpenAIsOwnService_GetsOpenAIsClauseOnly() =>
        new FlowTest("police", "US")
        {
            TestState =
            {
                Sources =
                {
                    Usings + InjectedService,
                    Usings + "public static class Startup { public static VisionService Create() => new VisionService(new ChatClient(\"gpt-4o\", \"sk-key\")); }",
                    Usings + Patrol,
                },
            },
            ExpectedDiagnostics =
            {
                ProviderTest.Leai010(ServiceProvider.OpenAI, api: "VideoCapture.RetrieveMat", route: ", passed to 'VisionService.SendAsync',").WithLocation(0).WithLocation(1).WithLocation(2),
            },
        }.RunAsync();

    [Fact]
    public Task InjectedClient_OriginOutOfSight_ReportedAsUnknown() =>
        new FlowTest("police", "US")
        {
            // The client comes from the constructor's callers: build only (docs/flow.md, "Editor and build").

            TestState =
            {
                Sources =
                {
                    Usings + InjectedService,
                    Usings + Patrol,
                },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2),
            },
        }.RunAsync();

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
        new FlowTest("police, body-cam", "US")
        {
            TestCode = DeviceInField("\"evidence/clip.mp4\""),
            ExpectedDiagnostics =
            {
                Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2),
            },
        }.RunAsync();

    [Fact]
    public Task DeviceOpenedElsewhereOnACamera_IsLive_Leai002() =>
        new FlowTest("police, body-cam", "US")
        {
            TestCode = DeviceInField("0"),
            ExpectedDiagnostics =
            {
                Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2),
                Diag("LEAI002").WithLocation(0).WithLocation(1).WithLocation(2),
            },
        }.RunAsync();

    /// <summary>
    /// A recorded clip read in Step0 and returned through Step1..Step{depth} to the sender: #1 is the source, #2 onwards
    /// each call that carries the frame one step closer to the sending call #0.
    /// </summary>
    internal static string Chain(int depth)
    {
        var source = Usings + "public static class Step0 { public static byte[] Run() => {|#1:new VideoCapture(\"evidence/clip.mp4\").RetrieveMat()|}.ToBytes(\".jpg\"); }\n";
        for (var i = 1; i <= depth; i++)
        {
            source += $"public static class Step{i} {{ public static byte[] Run() => {{|#{i + 1}:Step{i - 1}.Run()|}}; }}\n";
        }

        return source + $"public class Uploader {{ public async Task RunAsync() {{ var chat = {AzureChat}; var bytes = {{|#{depth + 2}:Step{depth}.Run()|}}; await {{|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), \"image/jpeg\")))|}}; }} }}";
    }

    /// <summary>An expectation with the sending call, the source and the first <paramref name="hops"/> hops of the chain.</summary>
    internal static DiagnosticResult ChainRoute(string id, int hops)
    {
        var expected = Diag(id).WithLocation(0).WithLocation(1);
        for (var hop = 0; hop < hops; hop++)
        {
            expected = expected.WithLocation(hop + 2);
        }

        return expected;
    }

    [Fact]
    public Task DeepChain_WithinTheBound_KeepsLivenessAndFullRoute() =>
        new FlowTest("body-cam, police", "US")
        {
            // A chain longer than the three callee levels a type's analysis follows: build only (docs/flow.md, "Editor and build").

            TestCode = Chain(6),

            // Recorded footage, still known to be recorded after 7 hops: LEAI001 with the whole route, no LEAI002.
            ExpectedDiagnostics = { ChainRoute("LEAI001", 7) },
        }.RunAsync();

    [Fact]
    public Task DeepChain_BeyondTheConfiguredBound_StillReported_WithUnknownLiveness() =>
        new FlowTest("body-cam, police", "US")
        {
            // A chain longer than the three callee levels a type's analysis follows: build only (docs/flow.md, "Editor and build").

            TestState =
            {
                Sources = { Chain(6) },
                AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nai_policy_max_hops = 2\n") },
            },

            // The route is cut at the bound; recorded footage followed further than the bound is no longer known to be
            // recorded, so it counts as live and LEAI002 appears too.
            ExpectedDiagnostics = { ChainRoute("LEAI001", 2), ChainRoute("LEAI002", 2) },
        }.RunAsync();

    [Fact]
    public Task RecursionAndCycles_Terminate() =>
        new FlowTest("police", "US")
        {
            TestCode = Usings + $$"""
                public static class Ping { public static byte[] Run(int n) => n > 0 ? Pong.Run(n - 1) : {|#1:new VideoCapture(0).RetrieveMat()|}.ToBytes(".jpg"); }
                public static class Pong { public static byte[] Run(int n) => n > 0 ? Ping.Run(n - 1) : Pong.Run(n + 1); }
                public class Uploader { public async Task RunAsync() { var chat = {{AzureChat}}; var bytes = Pong.Run(5); await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg")))|}; } }
                """,

            // What matters is that the solver ends and reports the frame once; the route through the cycle is not pinned.
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations) },
        }.RunAsync();
}
