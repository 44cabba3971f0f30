using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod.PipelineCase;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Files;

/// <summary>
/// Frames kept between methods by a file or by a library write through <c>ref</c>: one method captures and saves (or
/// publishes with <c>Interlocked.Exchange</c>), another loads and sends. Within one class these are live in the editor
/// (LEAI001), and so is a file written by one class and read by another. Each case's negative
/// puts a static image where the frame was.
/// </summary>
public class CrossMethodFileAndRefTests
{
    private const string Chat = "var chat = " + AzureChat + ";";

    public static IEnumerable<PipelineCase> All()
    {
        yield return new PipelineCase("frame saved under a constant path, loaded by another method of the class", 1, new[]
        {
            "public class Patrol { private const string LatestPath = \"captures/latest.jpg\"; public void Capture() { {|#2:File.WriteAllBytes(LatestPath, <<FRAME>>)|}; } public async Task SendLatestAsync() { " + Chat + " var bytes = File.ReadAllBytes(LatestPath); " + Send("bytes") + " } }",
        });

        yield return new PipelineCase("frame saved by Cv2.ImWrite under a field's path, loaded by Cv2.ImRead elsewhere in the class", 1, new[]
        {
            "public class Patrol { private readonly string _file = Path.Combine(Path.GetTempPath(), \"frame.jpg\"); public void Capture() { var frame = <<FRAME>>; {|#2:Cv2.ImWrite(_file, frame)|}; } public async Task SendLatestAsync() { " + Chat + " using var loaded = Cv2.ImRead(_file); " + Send("loaded.ToBytes(\".jpg\")") + " } }",
        }, frame: "{|#1:new VideoCapture(0).RetrieveMat()|}", negative: "new Mat(\"assets/station-logo.png\")");

        yield return new PipelineCase("save and load helpers of one class, the path built by the same Path.Combine", 3, new[]
        {
            "public class FrameCache { private readonly string _dir = Path.GetTempPath(); public void Save(byte[] jpeg) { {|#3:File.WriteAllBytes(Path.Combine(_dir, \"frame.jpg\"), jpeg)|}; } public byte[] Load() => File.ReadAllBytes(Path.Combine(_dir, \"frame.jpg\")); public async Task RunAsync() { " + Chat + " {|#2:Save(<<FRAME>>)|}; var bytes = {|#4:Load()|}; " + Send("bytes") + " } }",
        });

        yield return new PipelineCase("frame saved by one class under a shared constant, read by another", 1, new[]
        {
            "public static class Paths { public const string Latest = \"captures/latest.jpg\"; }",
            "public class Recorder { public void Capture() { {|#2:File.WriteAllBytes(Paths.Latest, <<FRAME>>)|}; } }",
            "public class Sender { public async Task SendLatestAsync() { " + Chat + " var bytes = await File.ReadAllBytesAsync(Paths.Latest); " + Send("bytes") + " } }",
        });

        yield return new PipelineCase("newest frame published with Interlocked.Exchange, sent from a timer", 1, new[]
        {
            "public class LatestFrame { private byte[]? _latest; public void OnFrame() { Interlocked.Exchange(ref {|#2:_latest|}, <<FRAME>>); } public async Task OnTickAsync() { " + Chat + " var bytes = Volatile.Read(ref _latest); if (bytes is null) { return; } " + Send("bytes") + " } }",
        });

        yield return new PipelineCase("newest frame published with Volatile.Write, the field read by a timer", 1, new[]
        {
            "public class LatestFrame { private byte[]? _latest; public void OnFrame() { Volatile.Write(ref {|#2:_latest|}, <<FRAME>>); } public async Task OnTickAsync() { " + Chat + " var bytes = _latest; if (bytes is null) { return; } " + Send("bytes") + " } }",
        });
    }

    public static IEnumerable<object[]> Cases() => All().Select(c => new object[] { c });

    [Theory]
    [MemberData(nameof(Cases))]
    public Task FrameKeptBetweenMethods_IsReportedWithItsRoute(PipelineCase pipeline)
    {
        var expected = Diag("LEAI001").WithLocation(0);
        for (var location = 1; location <= pipeline.Hops + 1; location++)
        {
            expected = expected.WithLocation(location);
        }

        var test = PipelineTests.WithFiles(new FlowTest("police", "US"), pipeline.Positive());
        test.ExpectedDiagnostics.Add(expected);
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task SameRouteWithAStaticImage_IsNotReported(PipelineCase pipeline)
    {
        return PipelineTests.WithFiles(new FlowTest("police", "US"), pipeline.Negative()).RunAsync();
    }

    [Fact]
    public Task RouteNamesTheFile()
    {
        var pipeline = All().First();
        var test = PipelineTests.WithFiles(new FlowTest("police", "US"), pipeline.Positive());
        test.ExpectedDiagnostics.Add(Diag("LEAI001", "VideoCapture.RetrieveMat", "ChatClient.CompleteChatAsync", "police (US)", ", written to the file 'captures/latest.jpg',")
            .WithLocation(0).WithLocation(1).WithLocation(2));
        return test.RunAsync();
    }

    [Fact]
    public Task LiveFrameSavedAndLoadedByAnotherMethod_StaysLive()
    {
        var pipeline = All().First();
        var test = PipelineTests.WithFiles(new FlowTest("dash-cam", "GB"), pipeline.Positive());
        test.ExpectedDiagnostics.Add(Diag("LEAI002").WithLocation(0).WithLocation(1).WithLocation(2));
        return test.RunAsync();
    }

    [Fact]
    public Task RecordedFrameSavedAndLoadedByAnotherMethod_StaysRecorded() =>
        PipelineTests.WithFiles(new FlowTest("dash-cam", "GB"), new[]
        {
            (Usings + All().First().Files[0].Replace("<<FRAME>>", "new VideoCapture(\"evidence/stop-0412.mp4\").RetrieveMat().ToBytes(\".jpg\")")).WithoutMarkup(),
        }).RunAsync();

    [Fact]
    public Task FrameSavedButAnotherConstantPathRead_IsNotReported() =>
        PipelineTests.WithFiles(new FlowTest("police", "US"), new[]
        {
            Usings + "public class Patrol { private const string LatestPath = \"captures/latest.jpg\"; private const string LogoPath = \"assets/logo.png\"; public void Capture() { File.WriteAllBytes(LatestPath, new VideoCapture(0).RetrieveMat().ToBytes(\".jpg\")); } public async Task SendLogoAsync() { " + Chat + " var bytes = File.ReadAllBytes(LogoPath); " + Send("bytes").WithoutMarkup() + " } }",
        }).RunAsync();

    [Fact]
    public Task FramePublishedToOneFieldWhileAnotherIsSent_IsNotReported() =>
        PipelineTests.WithFiles(new FlowTest("police", "US"), new[]
        {
            Usings + "public class LatestFrame { private byte[]? _latest; private byte[]? _logo = File.ReadAllBytes(\"assets/logo.png\"); public void OnFrame() { Interlocked.Exchange(ref _latest, new VideoCapture(0).RetrieveMat().ToBytes(\".jpg\")); } public async Task OnTickAsync() { " + Chat + " var bytes = Volatile.Read(ref _logo); if (bytes is null) { return; } " + Send("bytes").WithoutMarkup() + " } }",
        }).RunAsync();
}
