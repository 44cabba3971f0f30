using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Sinks;

/// <summary>
/// How every sink suite runs its rows: a live frame reaching the call is LEAI001 in a US police project; the same call
/// with a static image, with text only, or with a client that provably targets another service reports nothing.
/// </summary>
public static class SinkCaseRunner
{
    public static Task LiveFrame_ReportsLeai001(SinkCase sinkCase, string id = "LEAI001") =>
        new FlowTest("police", "US")
        {
            TestCode = sinkCase.Source(),
            ExpectedDiagnostics = { Diag(id).WithLocation(0).WithLocation(1) },
        }.RunAsync();

    public static Task StaticImage_NotReported(SinkCase sinkCase) =>
        new FlowTest("police", "US") { TestCode = sinkCase.Source(SinkCase.StaticImage).WithoutMarkup() }.RunAsync();

    /// <summary>Frame in hand but a client of another service: nothing.</summary>
    public static Task LiveFrame_NotReported(SinkCase sinkCase) =>
        new FlowTest("police", "US") { TestCode = sinkCase.Source().WithoutMarkup() }.RunAsync();

    public static IEnumerable<object[]> Rows(IEnumerable<SinkCase> cases) => cases.Select(SinkCase.Row);
}
