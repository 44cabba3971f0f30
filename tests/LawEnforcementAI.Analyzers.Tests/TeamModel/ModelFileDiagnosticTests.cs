using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Rules;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.TeamModel;

/// <summary>
/// LEAI090 at the line of the model file for every entry that cannot be read or names nothing in the compilation, the
/// version line included; a bad line never switches off the good ones.
/// </summary>
public class ModelFileDiagnosticTests
{
    private const string Prefix = "Invalid AI policy configuration: ";

    private const string Grab = "M:Contoso.Cameras.BodyCam.Grab";

    private const string Describe = "M:Contoso.Vision.VisionGateway.Describe(System.Byte[],System.String)";

    private const string Encode = "M:Contoso.Imaging.Jpeg.Encode(System.Byte[],System.Int32)";

    private const string VersionLine = "#! LawEnforcementAI.Models 1";

    private static readonly string GrabAndSend = """
        var camera = new BodyCam();
        byte[] bytes = {|#1:camera.Grab()|};
        """ + Snippets.SendBytes;

    [Theory]
    [InlineData("sorce live " + Grab, "unknown entry kind 'sorce' (expected source, sink, through or sanitizer)")]
    [InlineData("source live", "missing documentation-comment ID (for example M:Contoso.Cams.BodyCam.Grab) at the end of 'source live'")]
    [InlineData("source " + Grab, "a source must say live or recorded")]
    [InlineData("source live fast " + Grab, "unknown option 'fast' for source (expected live or recorded, and optionally mobile)")]
    [InlineData("source live recorded " + Grab, "a source is either live or recorded, not both")]
    [InlineData("source live T:Contoso.Cameras.BodyCam", "'T:Contoso.Cameras.BodyCam' is not a method or property ID (M: or P:)")]
    [InlineData("source live M:Contoso.Cameras.BodyCam.Grabb", "'M:Contoso.Cameras.BodyCam.Grabb' names nothing in this compilation (check the ID, and that the project references the assembly that declares it)")]
    [InlineData("source live M:Contoso.Cameras.BodyCam.Flush", "'M:Contoso.Cameras.BodyCam.Flush' returns nothing, so a source entry has no result to describe")]
    [InlineData("sink " + Describe, "a sink must name the argument that carries the image (image=<parameter name or position>)")]
    [InlineData("sink image=img " + Describe, "'" + Describe + "': the method has no parameter named 'img'")]
    [InlineData("sink image=2 " + Describe, "'" + Describe + "': argument 2 does not exist: positions count from 0 and the method has 2 parameter(s)")]
    [InlineData("sink image=this " + Describe, "'" + Describe + "': 'this' cannot carry the image; name a parameter")]
    [InlineData("sink image= " + Describe, "'image=' names no argument")]
    [InlineData("sink image=0 M:Contoso.Imaging.Still.#ctor(System.Byte[])", "'M:Contoso.Imaging.Still.#ctor(System.Byte[])' is a constructor; a sink must be a method")]
    [InlineData("through arg=this " + Encode, "'" + Encode + "': 'this' names the receiver, and a static method or constructor has none")]
    [InlineData("through live " + Encode, "unknown option 'live' for through (expected arg=<parameter name, position or this>)")]
    [InlineData("sanitizer P:Contoso.Cameras.BodyCam.Latest", "'P:Contoso.Cameras.BodyCam.Latest' is not a method ID (M:)")]
    [InlineData("sanitizer M:Contoso.Privacy.FaceBlur.ApplyInPlace(System.Byte[])", "'M:Contoso.Privacy.FaceBlur.ApplyInPlace(System.Byte[])' returns nothing, so a sanitizer entry has no result to describe")]
    public Task BadEntry_Leai090AtItsLine(string line, string problem)
    {
        var tail = problem.EndsWith("at the end of 'source live'") ? string.Empty : " in '" + line + "'";
        return new ModelTest(context: null, jurisdiction: null, configuration: true)
        {
            TestState =
            {
                Sources = { "public class Empty { }" },
                AdditionalFiles = { (ModelTest.ModelPath, VersionLine + "\n# the team's wrappers\n\n{|#0:" + line + "|}\n") },
            },
            ExpectedDiagnostics = { Diag("LEAI090").WithLocation(0).WithMessage(Prefix + problem + tail) },
        }.RunAsync();
    }

    /// <summary>A typo on one line is reported there, and the next line's declaration still works.</summary>
    [Fact]
    public Task Typo_ReportedAtItsLine_OtherEntriesStillApply() =>
        new ModelTest(configuration: true)
        {
            TestState =
            {
                Sources = { Snippets.InMethod("using Contoso.Cameras;", GrabAndSend) },
                AdditionalFiles =
                {
                    (ModelTest.ModelPath, VersionLine + "\n  {|#2:sink imgae=frame " + Describe + "|}   # typo in the option\nsource live " + Grab + "\n"),
                },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI090").WithLocation(2).WithMessage(Prefix + "unknown option 'imgae=frame' for sink (expected image=<parameter name or position>) in 'sink imgae=frame " + Describe + "'"),
                Diag("LEAI000"),
                Diag("LEAI001").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    /// <summary>Without its version line the file is reported, and read as version 1 all the same.</summary>
    [Fact]
    public Task MissingVersionLine_Reported_EntriesStillRead() =>
        new ModelTest(configuration: true)
        {
            TestState =
            {
                Sources = { Snippets.InMethod("using Contoso.Cameras;", GrabAndSend) },
                AdditionalFiles = { (ModelTest.ModelPath, "{|#2:source live " + Grab + "|}\n") },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI090").WithLocation(2).WithMessage(Prefix + "the first line of a model file must be '#! LawEnforcementAI.Models 1'"),
                Diag("LEAI000"),
                Diag("LEAI001").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    /// <summary>A file of another version is reported and not read: its lines may mean something else there.</summary>
    [Theory]
    [InlineData("#! LawEnforcementAI.Models 2", "2")]
    [InlineData("#! LawEnforcementAI.Models", "")]
    [InlineData("#! LawEnforcementAI.Models 1.0", "1.0")]
    public Task WrongVersion_Reported_EntriesIgnored(string header, string version) =>
        new ModelTest(configuration: true)
        {
            TestState =
            {
                Sources = { Snippets.InMethod("using Contoso.Cameras;", GrabAndSend.WithoutMarkup()) },
                AdditionalFiles = { (ModelTest.ModelPath, "{|#2:" + header + "|}\nsource live " + Grab + "\n") },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI090").WithLocation(2).WithMessage(Prefix + "model file version '" + version + "' is not supported (the first line must be '#! LawEnforcementAI.Models 1'); its entries are ignored"),
                Diag("LEAI000"),
            },
        }.RunAsync();

    [Fact]
    public Task EmptyFile_MissingVersionLineReported() =>
        new ModelTest(context: null, jurisdiction: null, configuration: true)
        {
            TestState =
            {
                Sources = { "public class Empty { }" },
                AdditionalFiles = { (ModelTest.ModelPath, "{|#0:|}") },
            },
            ExpectedDiagnostics = { Diag("LEAI090").WithLocation(0).WithMessage(Prefix + "the first line of a model file must be '#! LawEnforcementAI.Models 1'") },
        }.RunAsync();

    /// <summary>
    /// Several model files (one per wrapper library, in any folder, any case of the name) add up; a problem is reported
    /// in the file that has it.
    /// </summary>
    [Fact]
    public Task SeveralModelFiles_AddUp_ProblemsReportedInTheirOwnFile() =>
        new ModelTest(configuration: true)
        {
            TestState =
            {
                Sources =
                {
                    Snippets.InMethod("using Contoso.Cameras;\nusing Contoso.Vision;", """
                        var camera = new BodyCam();
                        byte[] bytes = {|#1:camera.Grab()|};
                        var gateway = new VisionGateway();
                        {|#0:gateway.Describe(bytes, "What is happening?")|};
                        """),
                },
                AdditionalFiles =
                {
                    ("/src/Cameras/LawEnforcementAI.Models.txt", VersionLine + "\nsource live " + Grab + "\n"),
                    ("/src/Vision/lawenforcementai.models.TXT", VersionLine + "\nsink image=frame " + Describe + "\n{|#2:sanitiser " + Encode + "|}\n"),
                },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI090").WithLocation(2).WithMessage(Prefix + "unknown entry kind 'sanitiser' (expected source, sink, through or sanitizer) in 'sanitiser " + Encode + "'"),
                Diag("LEAI000"),
                Diag("LEAI001", "BodyCam.Grab", "VisionGateway.Describe", "police (US)", "").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();
}
