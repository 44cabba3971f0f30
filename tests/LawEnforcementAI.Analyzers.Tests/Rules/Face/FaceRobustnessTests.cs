using System;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Face;

/// <summary>
/// LEAI005 on code as an editor sees it (cut anywhere, or before the Face packages are restored) never throws, and it
/// costs nothing where it cannot report: no Face SDK, or no US police code, means no per-call action is registered.
/// </summary>
public class FaceRobustnessTests
{
    private static readonly string EveryCall = FaceSources.InMethod(
        string.Join("\n", FaceCalls.Recognition().Select(c => c.Statement).Concat(FaceCalls.NotRecognition().Select(c => c.Statement)))).WithoutMarkup();

    [Fact]
    public async Task EveryCall_CutAtRandomCharacters_NoAnalyzerException()
    {
        var random = new Random(20261201); // seeded: a failure names a reproducible cut
        var bodyStart = EveryCall.IndexOf("RunAsync", StringComparison.Ordinal);
        var cuts = 0;
        for (; cuts < 40; cuts++)
        {
            var at = random.Next(bodyStart, EveryCall.Length);
            try
            {
                await new DirectAnalysis(StandInReferences.WithFace, new FaceRecognitionAnalyzer())
                    .WithMSBuildProperties("police", "US")
                    .WithSource(EveryCall.Substring(0, at))
                    .AssertNoAnalyzerFailureAsync();
            }
            catch (AnalyzerCrashException e)
            {
                throw new AnalyzerCrashException($"cut at {at}: {e.Message}");
            }
        }

        Assert.Equal(40, cuts);
    }

    /// <summary>Before restore: no Face type resolves, every call is an error node, and nothing is reported.</summary>
    [Fact]
    public async Task WithoutTheFacePackages_NoAnalyzerExceptionAndNoFinding()
    {
        var diagnostics = await new DirectAnalysis(StandInReferences.Default, new FaceRecognitionAnalyzer())
            .WithMSBuildProperties("police", "US")
            .WithSource(EveryCall)
            .RunAsync();

        Assert.DoesNotContain(diagnostics, d => d.Id == "LEAI005");
    }

    [Theory]
    [InlineData(null, true, 0)]
    [InlineData("body-cam", true, 0)]
    [InlineData("police", false, 0)]
    [InlineData("police", true, 1)]
    public async Task PerCallWorkIsRegisteredOnlyWhenItCanFindSomething(string? context, bool referencesFace, int expectedCallActions)
    {
        var analyzer = new FaceRecognitionAnalyzer();
        var (analysis, exceptions) = await new DirectAnalysis(referencesFace ? StandInReferences.WithFace : StandInReferences.Default, analyzer)
            .WithMSBuildProperties(context, null)
            .WithSource("class C { void M() { System.Console.WriteLine(); } }", "/src/C.cs")
            .CreateAsync(concurrentAnalysis: false);

        var diagnostics = await analysis.GetAnalyzerDiagnosticsAsync();
        var telemetry = await analysis.GetAnalyzerTelemetryInfoAsync(analyzer, default);

        Assert.Empty(diagnostics);
        Assert.Empty(exceptions());
        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        // A syntax-node action filtered by name: an operation action would bind every body of the project.
        Assert.Equal(expectedCallActions, telemetry.SyntaxNodeActionsCount);
        Assert.Equal(0, telemetry.CompilationEndActionsCount + telemetry.OperationActionsCount + telemetry.OperationBlockActionsCount + telemetry.SymbolActionsCount);
    }
}
