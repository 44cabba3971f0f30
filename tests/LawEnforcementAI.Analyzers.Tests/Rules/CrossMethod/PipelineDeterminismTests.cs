using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Robustness;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>
/// The whole pipeline corpus in one compilation (each case in its own namespace): the program solver must report one
/// warning per case, with the same routes in the same order on every run, sequential or simultaneous. Direct analysis:
/// the point is that runs agree; what each case reports is asserted in <see cref="PipelineTests"/>.
/// </summary>
public class PipelineDeterminismTests
{
    private static DirectAnalysis Build()
    {
        var test = DirectAnalysis.Flow("police, body-cam", "US");
        var caseNumber = 0;
        foreach (var pipeline in PipelineCorpus.All())
        {
            var fileNumber = 0;
            foreach (var file in pipeline.Positive())
            {
                var inNamespace = file.Replace("using OpenCvSharp;\n", $"using OpenCvSharp;\nnamespace Case{caseNumber};\n", System.StringComparison.Ordinal);
                test.WithSource(inNamespace.WithoutMarkup(), $"/src/Case{caseNumber:D2}/File{fileNumber++}.cs");
            }

            caseNumber++;
        }

        return test;
    }

    [Fact]
    public async Task AllPipelinesTogether_SameRoutesEveryRun()
    {
        var first = (await Build().RunAsync()).Select(RobustnessCorpus.Render).ToList();
        Assert.Equal(PipelineCorpus.All().Count(), first.Count(d => d.StartsWith("LEAI001", System.StringComparison.Ordinal)));

        for (var run = 0; run < 2; run++)
        {
            Assert.Equal(first, (await Build().RunAsync()).Select(RobustnessCorpus.Render).ToList());
        }

        var simultaneous = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => Build().RunAsync())));
        foreach (var result in simultaneous)
        {
            Assert.Equal(first, result.Select(RobustnessCorpus.Render).ToList());
        }
    }
}
