using System.Collections.Immutable;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Prompts;

/// <summary>
/// LEAI003/LEAI004 run in every project, so at compilation start they bow out unless a vision SDK resolves or a source
/// file names an HTTP sending call: no per-operation work is registered otherwise.
/// </summary>
public class PromptCostGateTests
{
    private const string Plain = "class C { void M() { System.Console.WriteLine(); } }";
    private const string HttpHolder = "class C { System.Net.Http.HttpClient _http = new(); void M() { _http.Dispose(); } }";
    private const string HttpPost = "class C { async System.Threading.Tasks.Task M(System.Net.Http.HttpClient http) { await http.PostAsync(\"https://contoso.openai.azure.com/\", null); } }";

    [Theory]
    [InlineData("no SDK, no HTTP call", false, Plain, 0)]
    [InlineData("no SDK, an HttpClient that sends nothing", false, HttpHolder, 0)]
    [InlineData("no SDK, an HTTP post", false, HttpPost, 1)]
    [InlineData("vision SDKs referenced", true, Plain, 1)]
    public async Task PerCallWorkIsRegisteredOnlyWhereARequestCanBeSent(string name, bool referencesSdks, string source, int expectedCallActions)
    {
        _ = name;
        var analyzer = new PromptIntentAnalyzer();
        var references = referencesSdks ? RealPackages.VisionSdksOnly : ImmutableArray<MetadataReference>.Empty;
        var (analysis, exceptions) = await new DirectAnalysis(references, analyzer)
            .WithSource(source, "/src/C.cs")
            .CreateAsync(concurrentAnalysis: false);

        Assert.Empty(await analysis.GetAnalyzerDiagnosticsAsync());
        var telemetry = await analysis.GetAnalyzerTelemetryInfoAsync(analyzer, default);

        Assert.Empty(exceptions());
        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        // A syntax-node action filtered by name: an operation action would bind every body of the project.
        Assert.Equal(expectedCallActions, telemetry.SyntaxNodeActionsCount);
        Assert.Equal(0, telemetry.OperationBlockActionsCount + telemetry.OperationActionsCount + telemetry.SymbolActionsCount + telemetry.CompilationEndActionsCount);
    }
}
