using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LawEnforcementAI.Analyzers.Benchmarks;

/// <summary>
/// What publishing a project's flow facts costs its build (docs/flow.md, "Across projects"): the package's generator
/// run on scenarios (a), (b) and (c), against the build baseline (the compiler's diagnostics with the empty analyzer,
/// <see cref="Workload.Run(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[])"/>). Each figure is the fastest of
/// three runs, each on a fresh clone of the compilation.
/// </summary>
public static class PublishCost
{
    public static void Report(int files)
    {
        Console.WriteLine($"Publishing flow facts, {files} files (fastest of 3; the generator on a fresh clone, against the build baseline):");
        Console.WriteLine("| Scenario | Baseline | Generator | Generator / baseline | Published entries |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, workload) in new[]
        {
            ("(a)", Workload.Create(Corpus.Files(files, FileShape.Plain), References.Platform, attributed: false)),
            ("(b)", Workload.Create(Corpus.Files(files, FileShape.Camera), References.CameraOnly, attributed: true)),
            ("(c)", Workload.Create(Corpus.Files(files, FileShape.CameraToVision), References.CameraAndVision, attributed: true)),
        })
        {
            workload.Run(new EmptyAnalyzer());
            var baseline = Fastest(() => workload.Run(new EmptyAnalyzer()));
            string? published = null;
            var generator = Fastest(() => published = Generate(workload));
            var entries = published?.Split('\n').Count(l => l.Length > 0 && !l.StartsWith('#')) ?? 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {baseline:0.00} s | {generator:0.00} s | {generator / baseline:0.00}× | {entries} |"));
        }
    }

    private static string? Generate(Workload workload)
    {
        var driver = CSharpGeneratorDriver.Create([new FlowFactsGenerator().AsSourceGenerator()], optionsProvider: workload.Options.AnalyzerConfigOptionsProvider)
            .RunGenerators(workload.Compilation.Clone());
        return driver.GetRunResult().GeneratedTrees.FirstOrDefault()?.GetText().ToString();
    }

    private static double Fastest(Action run)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            var stopwatch = Stopwatch.StartNew();
            run();
            best = Math.Min(best, stopwatch.Elapsed.TotalSeconds);
        }

        return best;
    }
}
