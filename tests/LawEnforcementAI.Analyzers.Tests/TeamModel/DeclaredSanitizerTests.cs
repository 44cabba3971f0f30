using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Rules;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;
using static LawEnforcementAI.Analyzers.Tests.TeamModel.DeclaredSourceTests;

namespace LawEnforcementAI.Analyzers.Tests.TeamModel;

/// <summary>
/// A declared sanitizer (the team's approved face-blurring step) returns a value that is no longer a frame, even where
/// the engine would otherwise follow the frame through it: the team's own code in this compilation, or a catalogue
/// flow-through member.
/// </summary>
public class DeclaredSanitizerTests
{
    private const string Usings = "using OpenCvSharp;";

    /// <summary>The team's blur step, in the project: its body derives the result from the frame, so the engine follows it.</summary>
    private const string BlurMember = "private static Mat BlurFaces(Mat frame) => frame.Clone(); // stands in for the approved blur";

    private const string BlurEntry = "sanitizer M:Uploader.BlurFaces(OpenCvSharp.Mat)\n";

    private static string Body(string blurred, bool markBlur = false) => """
        using var capture = new VideoCapture(0);
        using var frame = new Mat();
        using var other = new Mat();
        {|#1:capture.Read(frame)|};
        """ + "\nusing var blurred = " + (markBlur ? "{|#2:BlurFaces(" + blurred + ")|}" : "BlurFaces(" + blurred + ")") + ";\n" + """
        byte[] bytes = blurred.ToBytes(".jpg");
        """ + Snippets.SendBytes;

    [Fact]
    public Task DeclaredSanitizer_SilencesTheFlow() =>
        new ModelTest
        {
            TestState =
            {
                Sources = { Snippets.InMethod(Usings, Body("frame").WithoutMarkup(), BlurMember) },
                AdditionalFiles = { (ModelTest.ModelPath, Header + BlurEntry) },
            },
        }.RunAsync();

    /// <summary>The same code without the declaration: the frame flows through the blur step's body and is reported.</summary>
    [Fact]
    public Task UndeclaredBlurStep_FrameStillFlows() =>
        new ModelTest
        {
            TestState =
            {
                Sources = { Snippets.InMethod(Usings, Body("frame", markBlur: true), BlurMember) },
                AdditionalFiles = { (ModelTest.ModelPath, Header) },
            },
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2) },
        }.RunAsync();

    /// <summary>Blurring another image does not clean the frame that is sent.</summary>
    [Fact]
    public Task SanitizerOnAnotherVariable_DoesNotSilence() =>
        new ModelTest
        {
            TestState =
            {
                Sources =
                {
                    Snippets.InMethod(Usings, Body("other").Replace("blurred.ToBytes", "frame.ToBytes"), BlurMember),
                },
                AdditionalFiles = { (ModelTest.ModelPath, Header + BlurEntry) },
            },
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    /// <summary>A sanitizer wins over a catalogue flow-through entry of the same member (here the exact Clone() overload).</summary>
    [Theory]
    [InlineData("", true)]
    [InlineData("sanitizer M:OpenCvSharp.Mat.Clone\n", false)]
    public Task Sanitizer_OverridesACatalogFlowThroughEntry(string entry, bool reported)
    {
        var body = """
            using var capture = new VideoCapture(0);
            using var frame = new Mat();
            {|#1:capture.Read(frame)|};
            using var copy = frame.Clone();
            byte[] bytes = copy.ToBytes(".jpg");
            """ + Snippets.SendBytes;
        var test = new ModelTest
        {
            TestState =
            {
                Sources = { Snippets.InMethod(Usings, reported ? body : body.WithoutMarkup()) },
                AdditionalFiles = { (ModelTest.ModelPath, Header + entry) },
            },
        };
        if (reported)
        {
            test.ExpectedDiagnostics.Add(Diag("LEAI001").WithLocation(0).WithLocation(1));
        }

        return test.RunAsync();
    }
    /// <summary>What a sanitizer leaves in an out argument is clean too; without the declaration, that copy is the frame.</summary>
    [Theory]
    [InlineData("", true)]
    [InlineData("sanitizer M:Uploader.TryBlurFaces(OpenCvSharp.Mat,OpenCvSharp.Mat@)\n", false)]
    public Task SanitizerOutArgument_IsClean(string entry, bool reported)
    {
        var body = """
            using var capture = new VideoCapture(0);
            using var frame = new Mat();
            {|#1:capture.Read(frame)|};
            {|#2:TryBlurFaces(frame, out var blurred)|};
            byte[] bytes = blurred.ToBytes(".jpg");
            """ + Snippets.SendBytes;
        const string member = "private static bool TryBlurFaces(Mat frame, out Mat blurred) { blurred = frame.Clone(); return true; }";
        var test = new ModelTest
        {
            TestState =
            {
                Sources = { Snippets.InMethod(Usings, reported ? body : body.WithoutMarkup(), member) },
                AdditionalFiles = { (ModelTest.ModelPath, Header + entry) },
            },
        };
        if (reported)
        {
            test.ExpectedDiagnostics.Add(Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2));
        }

        return test.RunAsync();
    }
}
