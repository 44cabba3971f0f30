using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>
/// "A project that is not attributed pays nothing": the flow analyzer registers no per-method work unless the project is
/// attributed and references both a camera API and a vision SDK. Checked through the compiler's own action counts.
/// </summary>
public class CostGateTests
{
    [Theory]
    [InlineData(null, true, 0)]
    [InlineData("none", true, 0)]
    [InlineData("police", false, 0)]
    [InlineData("police", true, 1)]
    public async Task PerMethodWorkIsRegisteredOnlyWhenItCanFindSomething(string? context, bool referencesSdks, int expectedBlockActions)
    {
        var tree = CSharpSyntaxTree.ParseText("class C { void M() { System.Console.WriteLine(); } }", path: "/src/C.cs");
        var references = referencesSdks ? PlatformReferences.All.AddRange(StubReferences.Default) : PlatformReferences.All;
        var compilation = CSharpCompilation.Create("Gate", new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var config = AnalyzerConfig.Parse("is_global = true\n" + (context is null ? "" : $"build_property.AIPolicyContext = {context}\n"), "/.globalconfig");
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new ConfigSetOptionsProvider(AnalyzerConfigSet.Create(ImmutableArray.Create(config))));
        var analyzer = new CameraFrameFlowAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));

        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default);

        Assert.Empty(diagnostics);
        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(expectedBlockActions, telemetry.OperationBlockActionsCount);
        Assert.Equal(0, telemetry.SyntaxNodeActionsCount + telemetry.OperationActionsCount + telemetry.SymbolActionsCount);
    }
}
