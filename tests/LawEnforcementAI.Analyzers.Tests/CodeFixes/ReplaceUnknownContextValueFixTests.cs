using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.CodeFixes;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.CodeFixes;

/// <summary>LEAI090's fix: a typo in the assembly attribute's context becomes the valid value it was meant to be.</summary>
public class ReplaceUnknownContextValueFixTests
{
    private static string WithContext(string literal, string jurisdiction = "") =>
        $"[assembly: LawEnforcementAI.AIPolicyContext({literal}{jurisdiction})]\nclass Empty {{ }}\n";

    private static LeaiCodeFixTest<ReplaceUnknownContextValueFix> Test(string before, string after, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] fixedDiagnostics)
    {
        var test = new LeaiCodeFixTest<ReplaceUnknownContextValueFix>().ForCompilationEndDiagnostic();
        test.TestState.Sources.Add(before);
        test.TestState.Sources.Add((PackageFiles.AttributePath, PackageFiles.AttributeSource));
        test.FixedState.Sources.Add(after);
        test.FixedState.Sources.Add((PackageFiles.AttributePath, PackageFiles.AttributeSource));
        test.FixedState.ExpectedDiagnostics.AddRange(fixedDiagnostics);
        return test;
    }

    [Theory]
    [InlineData("police, bodycam", "police, body-cam")]
    [InlineData("Polise", "police")]
    [InlineData("law_enforcement dashcam", "law-enforcement dash-cam")]
    [InlineData("police;Body-Cm", "police;body-cam")]
    public Task UnknownValue_BecomesTheClosestValidOne(string written, string corrected)
    {
        var test = Test(WithContext("{|#0:\"" + written + "\"|}"), WithContext("\"" + corrected + "\""), Diag("LEAI000"));
        test.TestState.ExpectedDiagnostics.Add(Diag("LEAI090").WithLocation(0));
        if (written.Contains("police", System.StringComparison.Ordinal))
        {
            // A valid value beside the typo already attributes the code.
            test.TestState.ExpectedDiagnostics.Add(Diag("LEAI000"));
        }

        if (written == "law_enforcement dashcam")
        {
            test.TestState.ExpectedDiagnostics.Add(Diag("LEAI090").WithLocation(0));
        }

        return test.RunAsync();
    }

    /// <summary>
    /// No valid value is close: a far guess could apply the wrong policy, so there is no fix. "swat" is more than two
    /// edits from every value; "nop" is two edits from "none", but that is most of the word.
    /// </summary>
    [Theory]
    [InlineData("swat")]
    [InlineData("nop")]
    public Task NothingClose_GetsNoFix(string written)
    {
        var code = WithContext("{|#0:\"" + written + "\"|}");
        var test = Test(code, code);
        test.TestState.ExpectedDiagnostics.Add(Diag("LEAI090").WithLocation(0));
        test.FixedState.ExpectedDiagnostics.Add(Diag("LEAI090").WithLocation(0));
        return test.RunAsync();
    }

    /// <summary>The jurisdiction is a country code, not a context value; it is not "corrected" into one.</summary>
    [Fact]
    public Task BadJurisdiction_GetsNoFix()
    {
        var code = WithContext("\"police\"", ", Jurisdiction = {|#0:\"USA\"|}");
        var test = Test(code, code, Diag("LEAI090").WithLocation(0), Diag("LEAI000"));
        test.TestState.ExpectedDiagnostics.Add(Diag("LEAI090").WithLocation(0));
        test.TestState.ExpectedDiagnostics.Add(Diag("LEAI000"));
        return test.RunAsync();
    }
}
