using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>
/// The pipeline corpus on the editor's path (<see cref="EditorPath"/>): for each case, the build's LEAI001/LEAI002
/// findings against the union of what each document's own analysis reports, as a user with the file open sees it. They
/// agree, and every route is live: also those through callers, implementations and writers in other types.
/// </summary>
public class EditorPathCoverageTests
{
    private static async Task<(PipelineCase Case, EditorPathResult Result)> AnalyseAsync(PipelineCase pipeline)
    {
        var analysis = DirectAnalysis.Flow("police", "US");
        var index = 0;
        foreach (var file in pipeline.Positive())
        {
            analysis.WithSource(file.WithoutMarkup(), $"/src/Pipeline/File{index++}.cs");
        }

        var (withAnalyzers, _) = await analysis.CreateAsync();
        return (pipeline, await EditorPath.CompareAsync(withAnalyzers.Compilation, withAnalyzers.Analyzers, withAnalyzers.AnalysisOptions.Options!));
    }

    private static async Task<IReadOnlyList<(PipelineCase Case, EditorPathResult Result)>> AnalyseCorpusAsync()
    {
        var results = new List<(PipelineCase, EditorPathResult)>();
        foreach (var pipeline in PipelineCorpus.All())
        {
            results.Add(await AnalyseAsync(pipeline));
        }

        return results;
    }

    [Fact]
    public async Task PipelineCorpus_BuildAndDocumentsAgreeOnTheLiveRules()
    {
        foreach (var (_, result) in await AnalyseCorpusAsync())
        {
            result.AssertAgree();
        }
    }

    /// <summary>
    /// Each case's one finding is in its document's own analysis, including the routes a type's callees alone do not show:
    /// the frame from the sender's callers, dispatch to implementations and overrides, writes in another type, an event's
    /// raisers, a client injected through the constructor.
    /// </summary>
    [Fact]
    public async Task PipelineCorpus_EveryRouteIsLive()
    {
        var results = await AnalyseCorpusAsync();
        Assert.Equal([], results.Where(r => r.Result.Build.Length != 1 || r.Result.PerDocument.Length != 1).Select(r => r.Case.Name + ": " + string.Join("; ", r.Result.Build)));
    }
}
