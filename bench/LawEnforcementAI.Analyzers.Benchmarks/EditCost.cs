using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers.Benchmarks;

/// <summary>
/// Scenario (f), the cost of an edit in the editor: one document of a corpus is edited and analysed alone, as Visual
/// Studio and VS Code analyse the open document (<c>GetAnalyzerSemanticDiagnosticsAsync</c> for its semantic model,
/// on the compilation after the edit), against the compiler's own diagnostics of that document (binding it) on the
/// same kind of fresh compilation. Our analyzers' added time is ours minus an analyzer whose operation-block action does
/// nothing (the driver and the IOperation trees, which any operation analyzer pays); the ratio is that over the binding.
/// Each figure is the fastest of <see cref="Repeats"/> runs, each on its own fresh compilation, one thread.
/// </summary>
public static class EditCost
{
    private const int Repeats = 5;

    /// <param name="OursSeconds">Warm: what earlier analyses kept (per-tree facts, member summaries) is there, as after the first keystrokes.</param>
    /// <param name="ColdSeconds">Cold: analyzers on a catalogue of their own, nothing kept, as the first analysis after opening the solution.</param>
    /// <param name="Findings">The frame findings (LEAI001, LEAI002) the document's own analysis showed: an edit that finds nothing is cheap and worthless.</param>
    public sealed record Sample(string Path, double BindSeconds, double EmptySeconds, double OursSeconds, double ColdSeconds, int Findings)
    {
        public double Added => Math.Max(0, OursSeconds - EmptySeconds);

        public double AddedOverBinding => Added / BindSeconds;

        public double TotalOverBinding => OursSeconds / BindSeconds;

        public double ColdAddedOverBinding => Math.Max(0, ColdSeconds - EmptySeconds) / BindSeconds;
    }

    public static IReadOnlyList<Sample> Measure(Workload workload, int documents)
    {
        var trees = workload.Compilation.SyntaxTrees.ToList();
        var step = Math.Max(1, trees.Count / documents);
        var picked = trees.Where((_, i) => i % step == 0).Take(documents).ToList();

        // Warm-up: JIT of the compiler, the driver and our analyzers.
        Analyse(workload, trees[^1], Ours());
        Analyse(workload, trees[^1], [new EmptyOperationBlockAnalyzer()]);
        Bind(workload, trees[^1]);

        var samples = new List<Sample>();
        foreach (var tree in picked)
        {
            var bind = Fastest(() => Bind(workload, tree));
            var empty = Fastest(() => Analyse(workload, tree, [new EmptyOperationBlockAnalyzer()]));
            var findings = 0;
            var ours = Fastest(() => findings = Analyse(workload, tree, Ours()).Count(d => d.Id is "LEAI001" or "LEAI002"));
            var cold = FastestCold(workload, tree);
            samples.Add(new Sample(tree.FilePath, bind, empty, ours, cold, findings));
        }

        return samples;
    }

    /// <summary>
    /// One document edited and analysed again and again with what earlier analyses kept, for a sampling profiler to attach
    /// to: where a warm edit's time goes.
    /// </summary>
    public static void Loop(Workload workload, int document, int runs)
    {
        var tree = workload.Compilation.SyntaxTrees.ElementAt(document);
        for (var run = 0; run < runs; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            var findings = Analyse(workload, tree, Ours()).Count(d => d.Id is "LEAI001" or "LEAI002");
            Console.WriteLine($"{tree.FilePath} run {run}: {stopwatch.Elapsed.TotalMilliseconds:0.0} ms, {findings} frame findings");
        }
    }

    public static void Report(string corpus, IReadOnlyList<Sample> samples)
    {
        static string F(double seconds) => (seconds * 1000).ToString("0.0", CultureInfo.InvariantCulture) + " ms";
        static string R(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture) + "×";
        var added = samples.Select(s => s.AddedOverBinding).OrderBy(r => r).ToList();
        var total = samples.Select(s => s.TotalOverBinding).OrderBy(r => r).ToList();
        Console.WriteLine($"Scenario (f) on {corpus}: {samples.Count} documents, each edited and analysed alone (fastest of {Repeats}, one thread).");
        Console.WriteLine($"| Figure | Median | Max |");
        Console.WriteLine($"|---|---:|---:|");
        Console.WriteLine($"| Binding the document (compiler diagnostics) | {F(Median(samples.Select(s => s.BindSeconds)))} | {F(samples.Max(s => s.BindSeconds))} |");
        Console.WriteLine($"| Document analysis, empty operation-block analyzer | {F(Median(samples.Select(s => s.EmptySeconds)))} | {F(samples.Max(s => s.EmptySeconds))} |");
        Console.WriteLine($"| Document analysis, our analyzers | {F(Median(samples.Select(s => s.OursSeconds)))} | {F(samples.Max(s => s.OursSeconds))} |");
        Console.WriteLine($"| Document analysis, our analyzers, cold caches | {F(Median(samples.Select(s => s.ColdSeconds)))} | {F(samples.Max(s => s.ColdSeconds))} |");
        Console.WriteLine($"| Our added time / binding time | {R(Median(added))} | {R(added[^1])} |");
        var cold = samples.Select(s => s.ColdAddedOverBinding).OrderBy(r => r).ToList();
        Console.WriteLine($"| Our added time / binding time, cold caches | {R(Median(cold))} | {R(cold[^1])} |");
        Console.WriteLine($"| Our document analysis / binding time | {R(Median(total))} | {R(total[^1])} |");
        Console.WriteLine($"Frame findings (LEAI001, LEAI002) shown by the documents' own analyses: {samples.Sum(s => s.Findings)} in {samples.Count(s => s.Findings > 0)} of {samples.Count} documents.");
        var worst = samples.OrderByDescending(s => s.AddedOverBinding).First();
        Console.WriteLine($"Worst document: {worst.Path} (bind {F(worst.BindSeconds)}, empty {F(worst.EmptySeconds)}, ours {F(worst.OursSeconds)}).");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static double Fastest(Action run)
    {
        var best = double.MaxValue;
        for (var i = 0; i < Repeats; i++)
        {
            // A collection left over from the previous run would be charged to this one.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var stopwatch = Stopwatch.StartNew();
            run();
            best = Math.Min(best, stopwatch.Elapsed.TotalSeconds);
        }

        return best;
    }

    /// <summary>
    /// The first analysis of the document with nothing kept: each run's analyzers get a catalogue of their own, made before
    /// the clock starts, so the per-tree facts and member summaries of earlier runs are not there.
    /// </summary>
    private static double FastestCold(Workload workload, SyntaxTree tree)
    {
        var best = double.MaxValue;
        for (var i = 0; i < Repeats; i++)
        {
            var catalogue = Catalog.ApiCatalog.From(Catalog.CatalogTables.All);
            DiagnosticAnalyzer[] analyzers =
                [new PolicyConfigurationAnalyzer(), new CameraFrameFlowAnalyzer(catalogue, null), new WholeProgramFlowAnalyzer(catalogue), new PromptIntentAnalyzer(catalogue), new FaceRecognitionAnalyzer(catalogue, null)];
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var stopwatch = Stopwatch.StartNew();
            Analyse(workload, tree, analyzers);
            best = Math.Min(best, stopwatch.Elapsed.TotalSeconds);
        }

        return best;
    }

    /// <summary>The compilation after a keystroke in <paramref name="tree"/>: a fresh one, nothing bound yet.</summary>
    private static (Compilation Compilation, SyntaxTree Edited) Edit(Workload workload, SyntaxTree tree)
    {
        var text = tree.GetText();
        var edited = tree.WithChangedText(text.Replace(text.Length, 0, "\n// edited\n"));
        return (workload.Compilation.ReplaceSyntaxTree(tree, edited), edited);
    }

    private static void Bind(Workload workload, SyntaxTree tree)
    {
        var (compilation, edited) = Edit(workload, tree);
        if (compilation.GetSemanticModel(edited).GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException($"{tree.FilePath} does not compile.");
        }
    }

    private static ImmutableArray<Diagnostic> Analyse(Workload workload, SyntaxTree tree, DiagnosticAnalyzer[] analyzers)
    {
        var (compilation, edited) = Edit(workload, tree);
        Exception? thrown = null;
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers.ToImmutableArray(),
            new CompilationWithAnalyzersOptions(workload.Options, (e, _, _) => thrown ??= e, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        var diagnostics = withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(edited), null, CancellationToken.None).GetAwaiter().GetResult();
        return thrown is null ? diagnostics : throw new InvalidOperationException("An analyzer threw.", thrown);
    }

    /// <summary>All shipped analyzers, or one part of them (<c>LEAI_EDIT_ANALYZERS</c>, <see cref="AnalyzerSets"/>) to see where an edit's time goes.</summary>
    private static DiagnosticAnalyzer[] Ours() => AnalyzerSets.Named(Environment.GetEnvironmentVariable("LEAI_EDIT_ANALYZERS"));
}
