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
/// A path is a value (docs/flow.md, "Frames through files"): the path a frame was written to carries the frame wherever
/// the string goes, returned by the helper that saved it, passed to the helper that reads it back, stored in a field or a
/// record. Every path here has a unique name (<c>Guid.NewGuid()</c>), so no two expressions name the same file and only
/// the value can carry the frame. Each case runs with its helpers in the sending class and in other classes of other
/// files; its close negative saves the frame and reads a static image (a logo path, or another constant path).
/// Markup: #0 the request, #1 the camera source, #2 onwards the hops.
/// </summary>
public class PathAsValueTests
{
    private const string Chat = "var chat = " + AzureChat + ";";

    private const string NewPath = "Path.Combine(Path.GetTempPath(), Guid.NewGuid() + \".jpg\")";

    private const string Capture = "var frame = {|#1:new VideoCapture(0).RetrieveMat()|};";

    private const string Saver = "string Save(Mat frame) { var file = " + NewPath + "; frame.SaveImage(file); return file; }";

    private const string Reader = "byte[] Load(string file) => File.ReadAllBytes(file);";

    private const string Writer = "void SaveTo(Mat frame, string file) => frame.SaveImage(file);";

    /// <summary>The cases: name, positive files, negative files, whether the route is build-only, and its hop count.</summary>
    public static IEnumerable<(string Name, string[] Positive, string[] Negative, int Hops)> All()
    {
        yield return ("returned by the helper that saved it, same class",
            new[] { "public class Patrol { private " + Saver + " public async Task RunAsync() { " + Chat + " " + Capture + " var path = {|#2:Save(frame)|}; var bytes = File.ReadAllBytes(path); " + Send("bytes") + " } }" },
            new[] { "public class Patrol { private " + Saver + " public async Task RunAsync() { " + Chat + " var frame = new VideoCapture(0).RetrieveMat(); var path = Save(frame); var bytes = File.ReadAllBytes(\"assets/logo.png\"); " + Send("bytes") + " } }" },
            1);

        yield return ("returned by the helper that saved it, another class",
            new[]
            {
                "public static class Snapshots { public static " + Saver + " }",
                "public class Patrol { public async Task RunAsync() { " + Chat + " " + Capture + " var path = {|#2:Snapshots.Save(frame)|}; var bytes = await File.ReadAllBytesAsync(path); " + Send("bytes") + " } }",
            },
            new[]
            {
                "public static class Snapshots { public static " + Saver + " }",
                "public class Patrol { public async Task RunAsync() { " + Chat + " var frame = new VideoCapture(0).RetrieveMat(); var path = Snapshots.Save(frame); var bytes = await File.ReadAllBytesAsync(\"assets/logo.png\"); " + Send("bytes") + " } }",
            },
            1);

        yield return ("passed to the helper that reads it back, same class",
            new[] { "public class Patrol { private " + Reader + " public async Task RunAsync() { " + Chat + " " + Capture + " var path = " + NewPath + "; frame.SaveImage(path); var bytes = {|#2:Load(path)|}; " + Send("bytes") + " } }" },
            new[] { "public class Patrol { private " + Reader + " public async Task RunAsync() { " + Chat + " var frame = new VideoCapture(0).RetrieveMat(); var path = " + NewPath + "; frame.SaveImage(path); var bytes = Load(\"assets/logo.png\"); " + Send("bytes") + " } }" },
            1);

        yield return ("passed to the helper that reads it back, another class",
            new[]
            {
                "public static class Snapshots { public static " + Reader + " }",
                "public class Patrol { public async Task RunAsync() { " + Chat + " " + Capture + " var path = " + NewPath + "; frame.SaveImage(path); var bytes = {|#2:Snapshots.Load(path)|}; " + Send("bytes") + " } }",
            },
            new[]
            {
                "public static class Snapshots { public static " + Reader + " }",
                "public class Patrol { public async Task RunAsync() { " + Chat + " var frame = new VideoCapture(0).RetrieveMat(); var path = " + NewPath + "; frame.SaveImage(path); var bytes = Snapshots.Load(\"assets/logo.png\"); " + Send("bytes") + " } }",
            },
            1);

        yield return ("passed to the helper that reads and sends it, another class",
            new[]
            {
                "public class Sender { public async Task SendAsync(string file) { " + Chat + " var bytes = File.ReadAllBytes(file); " + Send("bytes") + " } }",
                "public class Patrol { public Task RunAsync(Sender sender) { " + Capture + " var path = " + NewPath + "; frame.SaveImage(path); return {|#2:sender.SendAsync(path)|}; } }",
            },
            new[]
            {
                "public class Sender { public async Task SendAsync(string file) { " + Chat + " var bytes = File.ReadAllBytes(file); " + Send("bytes") + " } }",
                "public class Patrol { public Task RunAsync(Sender sender) { var frame = new VideoCapture(0).RetrieveMat(); var path = " + NewPath + "; frame.SaveImage(path); return sender.SendAsync(\"assets/logo.png\"); } }",
            },
            1);

        yield return ("passed to the helper that saves it, then read back, same class",
            new[] { "public class Patrol { private " + Writer + " public async Task RunAsync() { " + Chat + " " + Capture + " var path = " + NewPath + "; {|#2:SaveTo(frame, path)|}; var bytes = File.ReadAllBytes(path); " + Send("bytes") + " } }" },
            new[] { "public class Patrol { private " + Writer + " public async Task RunAsync() { " + Chat + " var frame = new VideoCapture(0).RetrieveMat(); var path = " + NewPath + "; SaveTo(frame, path); var bytes = File.ReadAllBytes(\"assets/logo.png\"); " + Send("bytes") + " } }" },
            1);

        yield return ("passed to the helper that saves it, then read back, another class",
            new[]
            {
                "public static class Snapshots { public static " + Writer + " }",
                "public class Patrol { public async Task RunAsync() { " + Chat + " " + Capture + " var path = " + NewPath + "; {|#2:Snapshots.SaveTo(frame, path)|}; using var stream = File.OpenRead(path); var data = await BinaryData.FromStreamAsync(stream); " + Send("data.ToArray()") + " } }",
            },
            new[]
            {
                "public static class Snapshots { public static " + Writer + " }",
                "public class Patrol { public async Task RunAsync() { " + Chat + " var frame = new VideoCapture(0).RetrieveMat(); var path = " + NewPath + "; Snapshots.SaveTo(frame, path); using var stream = File.OpenRead(\"assets/logo.png\"); var data = await BinaryData.FromStreamAsync(stream); " + Send("data.ToArray()") + " } }",
            },
            1);

        yield return ("stored in a field, read by another method of the class",
            new[] { "public class Patrol { private string? _latest; public void Capture() { " + Capture + " var path = " + NewPath + "; frame.SaveImage(path); {|#2:_latest|} = path; } public async Task SendLatestAsync() { " + Chat + " var bytes = File.ReadAllBytes(_latest!); " + Send("bytes") + " } }" },
            new[] { "public class Patrol { private string? _latest; public void Capture() { var frame = new VideoCapture(0).RetrieveMat(); var path = " + NewPath + "; frame.SaveImage(path); _latest = \"assets/logo.png\"; } public async Task SendLatestAsync() { " + Chat + " var bytes = File.ReadAllBytes(_latest!); " + Send("bytes") + " } }" },
            1);

        yield return ("stored in a property of a shared store by one class, read by another",
            new[]
            {
                "public class SnapshotStore { public string? Latest { get; set; } }",
                "public class Recorder { public void Capture(SnapshotStore store) { " + Capture + " var path = " + NewPath + "; frame.SaveImage(path); {|#2:store.Latest|} = path; } }",
                "public class Sender { public async Task SendLatestAsync(SnapshotStore store) { " + Chat + " var bytes = File.ReadAllBytes(store.Latest!); " + Send("bytes") + " } }",
            },
            new[]
            {
                "public class SnapshotStore { public string? Latest { get; set; } }",
                "public class Recorder { public void Capture(SnapshotStore store) { var frame = new VideoCapture(0).RetrieveMat(); var path = " + NewPath + "; frame.SaveImage(path); store.Latest = \"assets/logo.png\"; } }",
                "public class Sender { public async Task SendLatestAsync(SnapshotStore store) { " + Chat + " var bytes = File.ReadAllBytes(store.Latest!); " + Send("bytes") + " } }",
            },
            1);

        yield return ("stored in a record returned by another class",
            new[]
            {
                "public sealed record Snapshot(string Path, DateTime TakenAt);",
                "public class Recorder { public Snapshot Take() { " + Capture + " var path = " + NewPath + "; frame.SaveImage(path); return {|#2:new Snapshot(path, DateTime.UtcNow)|}; } }",
                "public class Patrol { public async Task RunAsync(Recorder recorder) { " + Chat + " var snapshot = recorder.Take(); var bytes = File.ReadAllBytes(snapshot.Path); " + Send("bytes") + " } }",
            },
            new[]
            {
                "public sealed record Snapshot(string Path, DateTime TakenAt);",
                "public class Recorder { public Snapshot Take() { var frame = new VideoCapture(0).RetrieveMat(); var path = " + NewPath + "; frame.SaveImage(path); return new Snapshot(\"assets/logo.png\", DateTime.UtcNow); } }",
                "public class Patrol { public async Task RunAsync(Recorder recorder) { " + Chat + " var snapshot = recorder.Take(); var bytes = File.ReadAllBytes(snapshot.Path); " + Send("bytes") + " } }",
            },
            1);
    }

    public static IEnumerable<object[]> Cases() => All().Select(c => new object[] { c.Name });

    [Theory]
    [MemberData(nameof(Cases))]
    public Task FrameCarriedByItsPath_IsReportedWithItsRoute(string name)
    {
        var c = All().Single(x => x.Name == name);
        var expected = Diag("LEAI001").WithLocation(0);
        for (var location = 1; location <= c.Hops + 1; location++)
        {
            expected = expected.WithLocation(location);
        }

        var test = PipelineTests.WithFiles(new FlowTest("police", "US"), c.Positive.Select(f => Usings + f));
        test.ExpectedDiagnostics.Add(expected);
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task FrameSavedButAStaticImageRead_IsNotReported(string name)
    {
        var c = All().Single(x => x.Name == name);
        return PipelineTests.WithFiles(new FlowTest("police", "US"), c.Negative.Select(f => (Usings + f).WithoutMarkup())).RunAsync();
    }

    [Fact]
    public Task LiveFrameCarriedByItsPath_StaysLive()
    {
        var c = All().First();
        var test = PipelineTests.WithFiles(new FlowTest("body-cam", "GB"), c.Positive.Select(f => Usings + f));
        test.ExpectedDiagnostics.Add(Diag("LEAI002").WithLocation(0).WithLocation(1).WithLocation(2));
        return test.RunAsync();
    }

    [Fact]
    public Task AFileNamedAfterTheFramesPath_IsAnotherFile() =>
        PipelineTests.WithFiles(new FlowTest("police", "US"), new[]
        {
            Usings + "public static class Snapshots { public static " + Saver + " }",
            Usings + "public class Patrol { public async Task RunAsync() { " + Chat + " var frame = new VideoCapture(0).RetrieveMat(); var path = Snapshots.Save(frame); var sidecar = path + \".thumb.jpg\"; var bytes = File.ReadAllBytes(sidecar); " + Send("bytes").WithoutMarkup() + " } }",
        }).RunAsync();

    [Fact]
    public Task PathToWhichNothingWasWritten_StaysAStaticImage() =>
        PipelineTests.WithFiles(new FlowTest("police", "US"), new[]
        {
            Usings + "public class Branding { private string Logo() => Path.Combine(\"assets\", \"logo.png\"); private " + Reader + " public async Task RunAsync() { " + Chat + " var bytes = Load(Logo()); " + Send("bytes").WithoutMarkup() + " } }",
        }).RunAsync();
}
