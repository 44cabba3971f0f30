using System.Collections.Generic;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod.PipelineCase;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>
/// Liveness per call (docs/flow.md, "Three stages"): a helper that reads frames from the capture device it is given, or
/// opens one on the address it is given, returns recorded footage to the caller that gave it a video file and live
/// frames to the caller that gave it a camera, a stream or a configured address. Each shape runs with the helper in the
/// callers' class and in another class of another file. Markup: #1 the read in the helper; the recorded request #0 with
/// its call of the helper #2; the live request #3 with its call #4.
/// </summary>
public class PerCallLivenessTests
{
    private const string Context = "police, body-cam";

    /// <summary>Name, the helper's parameter, how it gets its device, the recorded caller's argument and the live callers'.</summary>
    public static IEnumerable<object[]> Shapes() => new[]
    {
        Shape("device parameter, camera index", "VideoCapture capture", string.Empty, Open("\"evidence/shift-0412.mp4\""), Open("0")),
        Shape("device parameter, configured address", "VideoCapture capture", string.Empty, Open("\"evidence/shift-0412.mp4\""), Open("Environment.GetEnvironmentVariable(\"CAMERA_URL\")!")),
        Shape("address parameter, stream URL", "string source", "using var capture = new VideoCapture(source); ", "\"evidence/shift-0412.mp4\"", "\"rtsp://bodycam.local/stream\""),
        Shape("address parameter, configured address", "string source", "using var capture = new VideoCapture(source); ", "\"evidence/shift-0412.mp4\"", "Environment.GetEnvironmentVariable(\"CAMERA_URL\")!"),
    };

    public static IEnumerable<object[]> ShapesAndLayouts()
    {
        foreach (var shape in Shapes())
        {
            yield return new[] { shape[0], shape[1], shape[2], shape[3], shape[4], (object)false };
            yield return new[] { shape[0], shape[1], shape[2], shape[3], shape[4], (object)true };
        }
    }

    [Theory]
    [MemberData(nameof(ShapesAndLayouts))]
    public Task RecordedCaller_NoLeai002_LiveCaller_Leai002(string name, string parameter, string open, string recorded, string live, bool otherClass)
    {
        _ = name;
        var test = WithSources(new FlowTest(Context, "US"), parameter, open, otherClass, Caller("ReviewFootageAsync", recorded, 0, 2) + Caller("WatchLiveAsync", live, 3, 4));
        test.ExpectedDiagnostics.Add(Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2));
        test.ExpectedDiagnostics.Add(Diag("LEAI001").WithLocation(3).WithLocation(1).WithLocation(4));
        test.ExpectedDiagnostics.Add(Diag("LEAI002").WithLocation(3).WithLocation(1).WithLocation(4));
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(ShapesAndLayouts))]
    public Task OneRequestFedByBothCalls_IsLive(string name, string parameter, string open, string recorded, string live, bool otherClass)
    {
        _ = name;
        var grab = otherClass ? "FrameGrabber.Grab" : "Grab";
        var both = $"    public async Task CompareAsync() {{ var chat = {AzureChat}; var bytes = {{|#2:{grab}({recorded})|}}.ToBytes(\".jpg\").Concat({{|#4:{grab}({live})|}}.ToBytes(\".jpg\")).ToArray(); {Send("bytes")} }}\n";
        var test = WithSources(new FlowTest(Context, "US"), parameter, open, otherClass, both);

        // The one read in the helper reaches the request twice, once recorded and once live: it is live.
        test.ExpectedDiagnostics.Add(Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2));
        test.ExpectedDiagnostics.Add(Diag("LEAI002").WithLocation(0).WithLocation(1).WithLocation(2));
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(ShapesAndLayouts))]
    public Task RecordedCallersOnly_NoLeai002(string name, string parameter, string open, string recorded, string live, bool otherClass)
    {
        _ = (name, live);
        var test = WithSources(new FlowTest(Context, "US"), parameter, open, otherClass, Caller("ReviewFootageAsync", recorded, 0, 2) + Caller("ReviewAgainAsync", recorded, 3, 4));
        test.ExpectedDiagnostics.Add(Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2));
        test.ExpectedDiagnostics.Add(Diag("LEAI001").WithLocation(3).WithLocation(1).WithLocation(4));
        return test.RunAsync();
    }

    /// <summary>
    /// The whole program's solver, on a route no type's analysis sees: each caller hands its frame to a sender of its own
    /// that sends whatever it is given (build only, LEAI101/LEAI102).
    /// </summary>
    [Theory]
    [MemberData(nameof(Shapes))]
    public Task AcrossTheProgram_RecordedCallerNoLeai102_LiveCallerLeai102(string name, string parameter, string open, string recorded, string live)
    {
        _ = name;
        var test = new FlowTest(Context, "US");
        test.TestState.Sources.Add(("/src/FrameGrabber.cs", Usings + "public static class FrameGrabber { public static Mat Grab(" + parameter + ") { " + open + "var frame = new Mat(); {|#1:capture.Read(frame)|}; return frame; } }"));
        test.TestState.Sources.Add(("/src/Senders.cs", Usings
            + "public class ReviewSender { public async Task SendAsync(byte[] bytes) { var chat = " + AzureChat + "; " + Send("bytes") + " } }\n"
            + "public class LiveSender { public async Task SendAsync(byte[] bytes) { var chat = " + AzureChat + "; " + Send("bytes").Replace("#0", "#3") + " } }"));
        test.TestState.Sources.Add(("/src/Callers.cs", Usings
            + "public class Review { public Task RunAsync(ReviewSender sender) => {|#5:sender.SendAsync({|#2:FrameGrabber.Grab(" + recorded + ")|}.ToBytes(\".jpg\"))|}; }\n"
            + "public class Live { public Task RunAsync(LiveSender sender) => {|#6:sender.SendAsync({|#4:FrameGrabber.Grab(" + live + ")|}.ToBytes(\".jpg\"))|}; }"));
        test.ExpectedDiagnostics.Add(Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2).WithLocation(5));
        test.ExpectedDiagnostics.Add(Diag("LEAI001").WithLocation(3).WithLocation(1).WithLocation(4).WithLocation(6));
        test.ExpectedDiagnostics.Add(Diag("LEAI002").WithLocation(3).WithLocation(1).WithLocation(4).WithLocation(6));
        return test.RunAsync();
    }

    /// <summary>A sender that opens the address it is given and sends what it reads: its callers' addresses decide.</summary>
    private static string AddressSender(string address) => Usings + $$"""
        public class ClipSender
        {
            private async Task SendFromAsync(string source)
            {
                var chat = {{AzureChat}};
                using var capture = new VideoCapture(source);
                var frame = new Mat();
                {|#1:capture.Read(frame)|};
                {{Send("frame.ToBytes(\".jpg\")")}}
            }

            public Task RunAsync() => SendFromAsync({{address}});
        }
        """;

    [Fact]
    public Task SenderGivenOnlyAVideoFile_NoLeai002() =>
        new FlowTest(Context, "US")
        {
            TestCode = AddressSender("\"evidence/shift-0412.mp4\""),
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task SenderGivenAStream_Leai002() =>
        new FlowTest(Context, "US")
        {
            TestCode = AddressSender("\"rtsp://bodycam.local/stream\""),
            ExpectedDiagnostics =
            {
                Diag("LEAI001").WithLocation(0).WithLocation(1),
                Diag("LEAI002").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    private static object[] Shape(string name, string parameter, string open, string recorded, string live) =>
        new object[] { name, parameter, open, recorded, live };

    /// <summary>A device opened in the caller's argument list: <c>new VideoCapture(address)</c>.</summary>
    private static string Open(string address) => "new VideoCapture(" + address + ")";

    private static string Caller(string method, string argument, int request, int call) =>
        $"    public async Task {method}() {{ var chat = {AzureChat}; var bytes = {{|#{call}:GRAB({argument})|}}.ToBytes(\".jpg\"); {Send("bytes").Replace("#0", "#" + request)} }}\n";

    private static FlowTest WithSources(FlowTest test, string parameter, string open, bool otherClass, string callers)
    {
        var helper = $"static Mat Grab({parameter}) {{ {open}var frame = new Mat(); {{|#1:capture.Read(frame)|}}; return frame; }}";
        if (otherClass)
        {
            test.TestState.Sources.Add(("/src/FrameGrabber.cs", Usings + "public static class FrameGrabber { public " + helper + " }"));
            test.TestState.Sources.Add(("/src/BodyCamReview.cs", Usings + "public class BodyCamReview {\n" + callers.Replace("GRAB(", "FrameGrabber.Grab(") + "}"));
        }
        else
        {
            test.TestState.Sources.Add(("/src/BodyCamReview.cs", Usings + "public class BodyCamReview {\n    private " + helper + "\n" + callers.Replace("GRAB(", "Grab(") + "}"));
        }

        return test;
    }
}
