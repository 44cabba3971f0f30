using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Robustness;

/// <summary>
/// Concurrency: each source together with a copy of itself in a second namespace (Sonar's trick) must give exactly twice
/// its own diagnostics, and one compilation of the whole corpus must give the same diagnostics, in the same order, over
/// repeated and simultaneous runs (<see cref="DirectAnalysis"/> analyses with <c>concurrentAnalysis: true</c>).
/// </summary>
public class ConcurrencyAndDeterminismTests
{
    private const string CopyNamespace = "AppendedNamespaceForConcurrencyTest";

    [Fact]
    public async Task EverySource_WithACopyInASecondNamespace_ReportsTheSameForBoth()
    {
        foreach (var (name, source) in RobustnessCorpus.Sources())
        {
            var alone = Findings(await RobustnessCorpus.RunAsync(RobustnessCorpus.Test().WithSource(source, "/src/Original.cs")));
            var copy = $"namespace {CopyNamespace}\n{{\n{source}\n}}\n";
            var both = Findings(await RobustnessCorpus.RunAsync(RobustnessCorpus.Test()
                .WithSource(source, "/src/Original.cs")
                .WithSource(copy, "/src/Original.Concurrent.cs")));

            Assert.True(alone.Count > 0, $"'{name}' reports nothing alone, so the copy proves nothing");
            Assert.Equal(2 * alone.Count, both.Count);
            Assert.Equal(alone, both.Where(d => d.Path == "/src/Original.cs").ToList());
            Assert.Equal(
                alone.Select(d => (d.Id, d.Message)).ToList(),
                both.Where(d => d.Path == "/src/Original.Concurrent.cs").Select(d => (d.Id, d.Message)).ToList());
        }
    }

    [Fact]
    public async Task WholeCorpus_SameDiagnosticsInTheSameOrder_RepeatedAndSimultaneous()
    {
        var sources = RobustnessCorpus.Sources();
        DirectAnalysis Build()
        {
            var test = RobustnessCorpus.Test();
            for (var i = 0; i < sources.Count; i++)
            {
                test.WithSource(sources[i].Source.Replace("class Uploader", $"class Uploader{i}", System.StringComparison.Ordinal), $"/src/Uploader{i:D2}.cs");
            }

            return test;
        }

        var first = (await RobustnessCorpus.RunAsync(Build())).Select(RobustnessCorpus.Render).ToList();
        Assert.True(first.Count >= sources.Count, $"only {first.Count} diagnostics for {sources.Count} sources");

        for (var run = 0; run < 4; run++)
        {
            var again = (await RobustnessCorpus.RunAsync(Build())).Select(RobustnessCorpus.Render).ToList();
            Assert.Equal(first, again);
        }

        var simultaneous = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => RobustnessCorpus.RunAsync(Build()))));
        foreach (var result in simultaneous)
        {
            Assert.Equal(first, result.Select(RobustnessCorpus.Render).ToList());
        }
    }

    private static List<(string Path, string Id, int Start, string Message)> Findings(IEnumerable<Microsoft.CodeAnalysis.Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Id is "LEAI001" or "LEAI002")
            .Select(d => (d.Location.GetLineSpan().Path, d.Id, d.Location.SourceSpan.Start, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
}
