using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>
/// The pipeline corpus: each case warns once, on the sending call, with the route (source, then every hop) as
/// additional locations; and its close negative, the same code with a static image, gives nothing.
/// </summary>
public class PipelineTests
{
    public static IEnumerable<object[]> Cases() => PipelineCorpus.All().Select(c => new object[] { c });

    [Theory]
    [MemberData(nameof(Cases))]
    public Task FrameTravellingAcrossMethods_IsReportedWithItsRoute(PipelineCase pipeline)
    {
        var expected = Diag("LEAI001").WithLocation(0);
        for (var location = 1; location <= pipeline.Hops + 1; location++)
        {
            expected = expected.WithLocation(location);
        }

        var test = WithFiles(new FlowTest("police", "US"), pipeline.Positive());
        test.ExpectedDiagnostics.Add(expected);
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task SamePipelineWithAStaticImage_IsNotReported(PipelineCase pipeline) =>
        WithFiles(new FlowTest("police", "US"), pipeline.Negative()).RunAsync();

    [Fact]
    public void CorpusHasAtLeastFortyCases() => Assert.True(PipelineCorpus.All().Count() * 2 >= 40);

    internal static FlowTest WithFiles(FlowTest test, IEnumerable<string> files)
    {
        var index = 0;
        foreach (var file in files)
        {
            test.TestState.Sources.Add(($"/src/Pipeline/File{index++}.cs", file));
        }

        return test;
    }
}
