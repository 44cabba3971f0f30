using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Verification;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Verification.ExpectedDiagnostic;

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

        return WithFiles(Verify.Flow("police", "US"), pipeline.Positive()).Expect(expected).VerifyAsync();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task SamePipelineWithAStaticImage_IsNotReported(PipelineCase pipeline) =>
        WithFiles(Verify.Flow("police", "US"), pipeline.Negative()).VerifyAsync();

    [Fact]
    public void CorpusHasAtLeastFortyCases() => Assert.True(PipelineCorpus.All().Count() * 2 >= 40);

    internal static AnalyzerTest WithFiles(AnalyzerTest test, IEnumerable<string> files)
    {
        var index = 0;
        foreach (var file in files)
        {
            test.WithSource(file, $"/src/Pipeline/File{index++}.cs");
        }

        return test;
    }
}
