using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>
/// "A project that is not attributed pays nothing": the flow analyzer registers no per-type work unless the project is
/// attributed and can send a vision request (a vision SDK, or an HTTP sending call named in its source). When it does, it
/// registers symbol actions only (one for types, one for top-level statements), never operation actions: those would make
/// the driver bind every body in the project into operations, and most bodies cannot carry a frame
/// (<c>Flow/RelevantMembers</c>). Checked through the compiler's own action counts, which
/// only direct access to <see cref="Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzers"/> gives.
/// </summary>
public class CostGateTests
{
    [Theory]
    [InlineData(null, true, 0)]
    [InlineData("none", true, 0)]
    [InlineData("police", false, 0)]
    [InlineData("police", true, 2)]
    public async Task PerMethodWorkIsRegisteredOnlyWhenItCanFindSomething(string? context, bool referencesSdks, int expectedSymbolActions)
    {
        var analyzer = new CameraFrameFlowAnalyzer();
        var (analysis, exceptions) = await new DirectAnalysis(referencesSdks ? StandInReferences.Default : [], analyzer)
            .WithMSBuildProperties(context, null)
            .WithSource("class C { void M() { System.Console.WriteLine(); } }", "/src/C.cs")
            .CreateAsync(concurrentAnalysis: false);

        var diagnostics = await analysis.GetAnalyzerDiagnosticsAsync();
        var telemetry = await analysis.GetAnalyzerTelemetryInfoAsync(analyzer, default);

        Assert.Empty(diagnostics);
        Assert.Empty(exceptions());
        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(expectedSymbolActions, telemetry.SymbolActionsCount);
        Assert.Equal(0, telemetry.SyntaxNodeActionsCount + telemetry.OperationActionsCount + telemetry.OperationBlockActionsCount + telemetry.OperationBlockStartActionsCount);
    }

    /// <summary>
    /// Microsoft.Extensions.AI on its own is a vision SDK (an IChatClient may be Azure), so it opens the gate in an
    /// attributed project with or without a camera library: an upload-and-analyse service has images of unknown origin
    /// to report (LEAI007). Unattributed, it stays shut.
    /// </summary>
    [Theory]
    [InlineData(false, "police", 2)]
    [InlineData(true, "police", 2)]
    [InlineData(false, null, 0)]
    [InlineData(true, null, 0)]
    public async Task ExtensionsAIOpensTheGateInAnAttributedProject_CameraOrNot(bool referencesCamera, string? context, int expectedSymbolActions)
    {
        var references = referencesCamera ? RealPackages.ExtensionsAIOnly.AddRange(RealPackages.CamerasOnly) : RealPackages.ExtensionsAIOnly;
        var analyzer = new CameraFrameFlowAnalyzer();
        var (analysis, exceptions) = await new DirectAnalysis(references, analyzer)
            .WithMSBuildProperties(context, null)
            .WithSource("class C { void M() { System.Console.WriteLine(); } }", "/src/C.cs")
            .CreateAsync(concurrentAnalysis: false);

        var telemetry = await analysis.GetAnalyzerTelemetryInfoAsync(analyzer, default);

        Assert.Empty(await analysis.GetAnalyzerDiagnosticsAsync());
        Assert.Empty(exceptions());
        Assert.Equal(expectedSymbolActions, telemetry.SymbolActionsCount);
    }

    /// <summary>
    /// HttpClient is in every project's references, so it cannot open the gate by being there: a camera project with no
    /// vision SDK is analysed only when its source names an HTTP sending call (docs/flow.md, "Cost").
    /// </summary>
    [Theory]
    [InlineData("class C { void M() { System.Console.WriteLine(); } }", 0)]
    [InlineData("class C { System.Net.Http.HttpClient _http = new(); void M() { _http.Dispose(); } }", 0)]
    [InlineData("class C { async System.Threading.Tasks.Task M(System.Net.Http.HttpClient http) { await http.PostAsync(\"https://contoso.openai.azure.com/\", null); } }", 2)]
    public async Task CameraProjectWithoutSdk_IsAnalysedOnlyWhenItSendsOverHttp(string source, int expectedSymbolActions)
    {
        var analyzer = new CameraFrameFlowAnalyzer();
        var (analysis, exceptions) = await new DirectAnalysis(RealPackages.CamerasOnly, analyzer)
            .WithMSBuildProperties("police", "US")
            .WithSource(source, "/src/C.cs")
            .CreateAsync(concurrentAnalysis: false);

        await analysis.GetAnalyzerDiagnosticsAsync();
        var telemetry = await analysis.GetAnalyzerTelemetryInfoAsync(analyzer, default);

        Assert.Empty(exceptions());
        Assert.Equal(expectedSymbolActions, telemetry.SymbolActionsCount);
    }
}
