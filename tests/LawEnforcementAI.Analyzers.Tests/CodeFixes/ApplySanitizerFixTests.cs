using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.CodeFixes;
using LawEnforcementAI.Analyzers.Tests.Rules;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.CodeFixes;

/// <summary>
/// "Apply &lt;sanitizer&gt; before sending": with a sanitizer declared in the team model file, the frame is wrapped where
/// the camera produced it, the code compiles, and the warning is gone (docs/model-file.md, "sanitizer").
/// </summary>
public class ApplySanitizerFixTests
{
    private const string ModelPath = "/src/LawEnforcementAI.Models.txt";
    private const string FaceBlur = "public static class FaceBlur { public static OpenCvSharp.Mat Apply(OpenCvSharp.Mat frame) => frame; }";
    private const string Body = """
        using var frame = {|#1:capture.RetrieveMat()|};
        byte[] bytes = frame.ToBytes(".jpg");
        """;

    private static string Source(string body) => Snippets.InMethod(Snippets.OpenCv, "using var capture = new VideoCapture(0);\n" + body + "\n" + Snippets.SendBytes);

    private static LeaiCodeFixTest<ApplySanitizerFix> Test(string model)
    {
        var test = new LeaiCodeFixTest<ApplySanitizerFix>("police", "US");
        test.TestState.Sources.Add(Source(Body));
        test.TestState.Sources.Add(("/0/FaceBlur.cs", FaceBlur));
        test.TestState.AdditionalFiles.Add((ModelPath, model));
        test.TestState.ExpectedDiagnostics.Add(Diag("LEAI001").WithLocation(0).WithLocation(1));
        test.TestState.ExpectedDiagnostics.Add(Diag("LEAI000"));
        return test;
    }

    [Fact]
    public Task DeclaredSanitizer_WrapsTheFrameAtItsSource_AndTheWarningGoes()
    {
        var test = Test("#! LawEnforcementAI.Models 1\nsanitizer M:FaceBlur.Apply(OpenCvSharp.Mat)\n");
        test.FixedState.Sources.Add(Source(Body.Replace("{|#1:capture.RetrieveMat()|}", "global::FaceBlur.Apply(capture.RetrieveMat())")).WithoutMarkup());
        test.FixedState.Sources.Add(("/0/FaceBlur.cs", FaceBlur));
        test.FixedState.AdditionalFiles.Add((ModelPath, "#! LawEnforcementAI.Models 1\nsanitizer M:FaceBlur.Apply(OpenCvSharp.Mat)\n"));
        test.FixedState.ExpectedDiagnostics.Add(Diag("LEAI000"));
        return test.RunAsync();
    }

    /// <summary>No sanitizer declared (the same method, not in the model file): no fix is offered.</summary>
    [Fact]
    public Task NoSanitizerDeclared_NoFix()
    {
        var test = Test("#! LawEnforcementAI.Models 1\n");
        test.FixedState.Sources.Add(Source(Body));
        test.FixedState.Sources.Add(("/0/FaceBlur.cs", FaceBlur));
        test.FixedState.AdditionalFiles.Add((ModelPath, "#! LawEnforcementAI.Models 1\n"));
        test.FixedState.ExpectedDiagnostics.Add(Diag("LEAI001").WithLocation(0).WithLocation(1));
        test.FixedState.ExpectedDiagnostics.Add(Diag("LEAI000"));
        return test.RunAsync();
    }
}
