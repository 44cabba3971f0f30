using System;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Verification.ExpectedDiagnostic;

namespace LawEnforcementAI.Analyzers.Tests;

public sealed class VerifierSelfTests
{
    internal const string BadCallSource = """
        class Patrol
        {
            void Bad() { }
            void {|#1:Run|}() { {|#0:Bad()|}; }
        }
        """;

    [Fact]
    public async Task AnonymousSpan_UsesTheOnlySupportedId()
    {
        var run = new AnalyzerTest<BadCallAnalyzer>()
            .WithSource("class C { void Bad() { } void M() { [|Bad()|]; } }");

        await run.VerifyAsync();
        Assert.Equal("TST001", Assert.Single(await run.RunAsync()).Id);
    }

    [Fact]
    public async Task AnonymousSpan_UsesDefaultId_WhenSeveralIdsAreSupported()
    {
        const string source = "class {|TST002:C|} { void Bad() { } void M() { [|Bad()|]; } }";

        await new AnalyzerTest(new BadCallAnalyzer(), new OptionEchoAnalyzer()).WithSource(source).WithDefaultId("TST001").VerifyAsync();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => new AnalyzerTest(new BadCallAnalyzer(), new OptionEchoAnalyzer()).WithSource(source).VerifyAsync());
        Assert.Contains("WithDefaultId", error.Message);
    }

    [Fact]
    public async Task ExplicitExpectation_ChecksPrimaryAndAdditionalLocations()
    {
        await new AnalyzerTest<BadCallAnalyzer>()
            .WithSource(BadCallSource)
            .Expect(Diag("TST001").WithLocation(0).WithLocation(1).WithMessage("Call to 'Bad' in 'Run'"))
            .VerifyAsync();
    }

    [Fact]
    public async Task WrongAdditionalLocation_Fails_ButOmittedAdditionalLocationsAreNotChecked()
    {
        var source = BadCallSource.Replace("void Bad()", "void {|#2:Bad|}()", StringComparison.Ordinal);

        var failure = await Assert.ThrowsAsync<VerificationException>(() => new AnalyzerTest<BadCallAnalyzer>()
            .WithSource(source).Expect(Diag("TST001").WithLocation(0).WithLocation(2)).VerifyAsync());
        Assert.Contains("additional locations are [/src/Test0.cs(4,10)-(4,13)], expected [/src/Test0.cs(3,10)-(3,13)]", failure.Message);

        await new AnalyzerTest<BadCallAnalyzer>().WithSource(source).Expect(Diag("TST001").WithLocation(0)).VerifyAsync();
    }

    [Fact]
    public async Task ExplicitSpan_IsOneBasedWithExclusiveEndColumn()
    {
        await new AnalyzerTest<BadCallAnalyzer>()
            .WithSource(BadCallSource, "/src/Patrol/Uploader.cs")
            .Expect(Diag("TST001").WithSpan("/src/Patrol/Uploader.cs", 4, 18, 4, 23).WithSeverity(DiagnosticSeverity.Warning))
            .VerifyAsync();
    }

    [Fact]
    public async Task MessageContaining_IsRepeatable_AndEachFragmentMustOccur()
    {
        await new AnalyzerTest<BadCallAnalyzer>().WithSource(BadCallSource)
            .Expect(Diag("TST001").WithLocation(0).WithMessageContaining("'Bad'").WithMessageContaining("in 'Run'"))
            .VerifyAsync();

        var failure = await Assert.ThrowsAsync<VerificationException>(() => new AnalyzerTest<BadCallAnalyzer>()
            .WithSource(BadCallSource).Expect(Diag("TST001").WithLocation(0).WithMessageContaining("VideoCapture.Read")).VerifyAsync());
        Assert.Contains("does not contain \"VideoCapture.Read\"", failure.Message);
    }

    [Fact]
    public async Task FailedExpectation_ProducesReadableReport()
    {
        var failure = await Assert.ThrowsAsync<VerificationException>(() => new AnalyzerTest<BadCallAnalyzer>()
            .WithSource(BadCallSource)
            .Expect(Diag("TST001").WithLocation(1).WithMessage("Call to 'Bad' in 'Run'"))
            .VerifyAsync());

        var report = failure.Message;
        Assert.Contains("Expected but not reported:\n  TST001 at /src/Test0.cs(4,10)-(4,13), message \"Call to 'Bad' in 'Run'\"", report.ReplaceLineEndings("\n"));
        Assert.Contains("location is /src/Test0.cs(4,18)-(4,23), expected /src/Test0.cs(4,10)-(4,13)", report);
        Assert.Contains("Reported but not expected:", report);
        Assert.Contains("/src/Test0.cs(4,18)-(4,23): warning TST001: Call to 'Bad' in 'Run' [also at /src/Test0.cs(4,10)-(4,13)]", report);
        Assert.Contains("   4 |     void Run() { Bad(); }", report);
        Assert.Contains("     |                  ^^^^^ TST001: Call to 'Bad' in 'Run'", report);
    }

    [Fact]
    public async Task MissingDiagnostic_FailsVerification()
    {
        var failure = await Assert.ThrowsAsync<VerificationException>(() => new AnalyzerTest<BadCallAnalyzer>()
            .WithSource("class C { void {|#0:Good|}() { } }")
            .Expect(Diag("TST001").WithLocation(0))
            .VerifyAsync());

        Assert.Contains("Expected but not reported", failure.Message);
        Assert.Contains("All actual (0)", failure.Message);
    }

    [Fact]
    public async Task CompilerError_CanBeExpectedWithMarkup_WhileWarningsAreIgnored()
    {
        // CS8600 (nullable warning) must not need an expectation; CS0103 and CS1002 must. A missing ';' at the end
        // of a line is reported as an empty span after the previous token.
        await new AnalyzerTest<BadCallAnalyzer>()
            .WithSource("""
                class C
                {
                    void M()
                    {
                        string s = null;
                        var x = {|CS0103:missing|};
                        int y = 1{|CS1002:|}
                    }
                }
                """)
            .VerifyAsync();
    }

    [Fact]
    public async Task UnexpectedCompilerError_FailsUnlessCompilerDiagnosticsAreOff()
    {
        const string source = "class C { void M() { var x = missing; } }";

        var failure = await Assert.ThrowsAsync<VerificationException>(
            () => new AnalyzerTest<BadCallAnalyzer>().WithSource(source).VerifyAsync());
        Assert.Contains("error CS0103: The name 'missing' does not exist in the current context", failure.Message);

        await new AnalyzerTest<BadCallAnalyzer>().WithSource(source).WithCompilerDiagnostics(CompilerDiagnostics.None).VerifyAsync();
    }

    [Fact]
    public async Task ThrowingAnalyzer_FailsVerifyAndRun()
    {
        var test = new AnalyzerTest<ThrowingAnalyzer>().WithSource("class C { }");

        var verify = await Assert.ThrowsAsync<VerificationException>(() => test.VerifyAsync());
        var run = await Assert.ThrowsAsync<VerificationException>(() => test.RunAsync());
        Assert.Contains("boom from ThrowingAnalyzer", verify.Message);
        Assert.Contains("ThrowingAnalyzer", run.Message);
    }

    [Fact]
    public async Task DescriptorVariety_DisabledByDefaultIsOn_HiddenOnlyWhenExpected_NoLocationSupported()
    {
        const string source = "class C { void Bad() { } void M() { {|TST004:Bad()|}; } }";
        var noLocation = Diag("TST006").WithNoLocation().WithMessage("Compilation TestProject analyzed");

        await new AnalyzerTest<DescriptorVarietyAnalyzer>().WithSource(source).Expect(noLocation).VerifyAsync();
        await new AnalyzerTest<DescriptorVarietyAnalyzer>()
            .WithSource(source.Replace("{|TST004:Bad()|}", "{|TST004:{|TST005:Bad()|}|}", StringComparison.Ordinal))
            .Expect(noLocation)
            .VerifyAsync();
        await new AnalyzerTest<DescriptorVarietyAnalyzer>()
            .WithSource(source.Replace("{|TST004:Bad()|}", "Bad()", StringComparison.Ordinal))
            .WithEditorConfig("[*.cs]\ndotnet_diagnostic.TST004.severity = none\n")
            .Expect(noLocation)
            .VerifyAsync();
    }

    [Fact]
    public async Task NumberedLocation_MustBeUniqueAcrossFiles_AndMustExist()
    {
        await Assert.ThrowsAsync<MarkupException>(() => new AnalyzerTest<BadCallAnalyzer>()
            .WithSource("class {|#0:A|} { }").WithSource("class {|#0:B|} { }").VerifyAsync());
        var missing = await Assert.ThrowsAsync<InvalidOperationException>(() => new AnalyzerTest<BadCallAnalyzer>()
            .WithSource("class A { }").Expect(Diag("TST001").WithLocation(7)).VerifyAsync());
        Assert.Contains("WithLocation(7)", missing.Message);
    }
}
