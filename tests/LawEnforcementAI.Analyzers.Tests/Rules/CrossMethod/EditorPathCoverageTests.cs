using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>
/// The pipeline corpus on the editor's path (<see cref="EditorPath"/>): for each case, the build's LEAI001/LEAI002
/// findings against the union of what each document's own analysis reports, as a user with the file open sees it. They
/// agree; the routes only the whole program shows are reported by builds under LEAI101/LEAI102, and this records which,
/// so a change that moves a finding to (or away from) the editor shows up here.
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
    /// Today's coverage, stated. A type's analysis, which the editor runs for an open document, decides the flows among
    /// its own members (fields, partial parts, lambdas and delegates kept in fields, collections between its methods)
    /// and those through what it calls in other types, up to three levels (helpers returning or encoding a frame, out
    /// parameters, constructors storing into properties, method groups invoked as delegates). What needs the callers of a
    /// member, the implementations of an interface or virtual member, or writers in other types waits for the compilation
    /// end, which the editor never runs, and is reported there as LEAI101. A change that moves a finding to (or away
    /// from) the editor must update these figures.
    /// </summary>
    [Fact]
    public async Task PipelineCorpus_LocalAndCalleeFlowsAreLive_TheRestIsBuildOnly()
    {
        var results = await AnalyseCorpusAsync();
        var live = results.Sum(r => r.Result.PerDocument.Length);
        var buildOnly = results.Where(r => !r.Result.WholeProgram.IsEmpty).Select(r => r.Case.Name).ToList();

        Assert.Equal([], results.Where(r => r.Result.Build.Length + r.Result.WholeProgram.Length != 1).Select(r => r.Case.Name + ": " + string.Join("; ", r.Result.Build.Concat(r.Result.WholeProgram))));
        Assert.Equal(ExpectedLiveFindings, live);
        Assert.Equal(ExpectedBuildOnlyCases, buildOnly);
    }

    private const int ExpectedLiveFindings = 24;

    /// <summary>Each needs what a bounded, callee-ward analysis of one type cannot see.</summary>
    internal static readonly string[] ExpectedBuildOnlyCases =
    [
        "helper sends whatever it is given",                          // the frame comes from the sender's callers
        "interface with one implementation",                          // dispatch to implementations
        "abstract base with an override",                             // dispatch to overrides
        "sink behind an interface",                                   // dispatch to implementations
        "concurrent queue between producer and worker classes",       // written in another type
        "static field cache written in one class, read in another",   // written in another type
        "property with a backing field",                              // written in another type
        "event declared in source, handler sends",                    // the handler's parameter comes from the raisers
        "client injected through the constructor (DI)",               // the client comes from the constructor's callers
        "message built by a helper, sent by another",                 // the message comes from the sender's callers
        "virtual sender overridden by an Azure sender",               // dispatch to overrides
    ];
}
