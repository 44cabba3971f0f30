using System.Diagnostics;
using System.Globalization;

namespace LawEnforcementAI.Analyzers.Benchmarks;

/// <summary>
/// Stopwatch runs of the <see cref="GraphShape"/> corpora: our analyzers' own time (ours minus the empty baseline on the
/// same compilation) at growing sizes, and its growth per doubling. BenchmarkDotNet gives the published numbers
/// (<see cref="GraphScalingBenchmarks"/>); this mode is for quick looks and for the CI guard.
/// </summary>
public static class ScalingRun
{
    /// <param name="EmptySeconds">Wall time of the compiler with the empty analyzer: the compiler's own time.</param>
    /// <param name="OursSeconds">Wall time of the compiler with our analyzers.</param>
    /// <param name="EmptyCpuSeconds">Processor time (all threads) of the compiler with the empty analyzer.</param>
    /// <param name="OursCpuSeconds">Processor time (all threads) of the compiler with our analyzers.</param>
    /// <param name="OwnSeconds">Time inside our analyzers' callbacks, as the driver measured it (summed over threads).</param>
    /// <param name="OperationsCpuSeconds">Processor time with an analyzer whose operation-block action does nothing: what the IOperation trees alone cost.</param>
    /// <param name="OwnFastestSeconds">The fastest of the rounds' callback times: noise (a collection, a busy core) only ever adds time.</param>
    public sealed record Point(GraphShape Shape, int Files, double EmptySeconds, double OursSeconds, double EmptyCpuSeconds, double OursCpuSeconds, double OwnSeconds, double OperationsCpuSeconds, double OwnFastestSeconds);

    /// <summary>Medians of <paramref name="rounds"/> alternating runs of the baseline and ours; the expected count is asserted.</summary>
    /// <param name="solverStepsPerItem">
    /// When set, the solver's budget per item (<c>ai_policy_solver_budget</c>): a tight one turns super-linear solver
    /// work into an extra LEAI000 (cut short), which fails the expected count deterministically, whatever the timing noise.
    /// </param>
    public static Point Measure(GraphShape shape, int files, int rounds = 3, int? solverStepsPerItem = null, bool baseline = true)
    {
        var config = solverStepsPerItem is int steps ? $"ai_policy_solver_budget = {steps}\n" : string.Empty;
        var workload = Workload.Create(ScalingCorpus.Files(files, shape), ScalingCorpus.ReferencesOf(shape), attributed: true, extraGlobalConfig: config).AssertCompiles();
        AnalyzerBenchmark.Check("EmptyAnalyzer", workload.Run(new EmptyAnalyzer()), 0);
        AnalyzerBenchmark.Check($"LawEnforcementAI on {shape} × {files}", workload.Run(AnalyzerBenchmark.Ours()), ScalingCorpus.ExpectedDiagnostics(files, shape));
        var empty = new List<(double Wall, double Cpu)>();
        var ours = new List<(double Wall, double Cpu)>();
        var operations = new List<(double Wall, double Cpu)>();
        var own = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            empty.Add(baseline ? Time(() => workload.Run(new EmptyAnalyzer())) : (double.NaN, double.NaN));
            operations.Add(baseline ? Time(() => workload.Run(new EmptyOperationBlockAnalyzer())) : (double.NaN, double.NaN));

            // Timing every callback slows the driver down a lot (it more than doubled the process time here), so the
            // wall and processor times of ours come from an untimed run and the callback time from a separate one.
            ours.Add(baseline ? Time(() => workload.Run(AnalyzerBenchmark.Ours())) : (double.NaN, double.NaN));
            workload.RunTimed(AnalyzerBenchmark.Ours(), out var analyzerTime);
            own.Add(analyzerTime.TotalSeconds);
        }

        return new Point(
            shape, files, Median(empty.Select(e => e.Wall)), Median(ours.Select(o => o.Wall)),
            Median(empty.Select(e => e.Cpu)), Median(ours.Select(o => o.Cpu)), Median(own), Median(operations.Select(o => o.Cpu)), own.Min());
    }

    /// <summary>Rounds per size of the report: 3 unless LEAI_BENCH_ROUNDS says otherwise (a 4,000-file round takes minutes).</summary>
    private static int Rounds => int.TryParse(Environment.GetEnvironmentVariable("LEAI_BENCH_ROUNDS"), out var rounds) && rounds > 0 ? rounds : 3;

    /// <summary>Prints each shape at each size with the growth of our own time per step.</summary>
    public static void Report(IEnumerable<GraphShape> shapes, IReadOnlyList<int> sizes)
    {
        Console.WriteLine("| Shape | Files | Wall: compiler + empty | Wall: compiler + ours | CPU: compiler + empty | CPU: + empty operation-block action | CPU: compiler + ours | CPU difference (ours) | Difference / compiler CPU | Our callbacks (telemetry) | CPU difference vs half the files |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var shape in shapes)
        {
            Point? previous = null;
            foreach (var files in sizes)
            {
                var point = Measure(shape, files, Rounds);
                var difference = point.OursCpuSeconds - point.EmptyCpuSeconds;
                var growth = previous is null ? "—" : (difference / (previous.OursCpuSeconds - previous.EmptyCpuSeconds)).ToString("0.00", CultureInfo.InvariantCulture) + "×";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {shape} | {files} | {point.EmptySeconds:0.00} s | {point.OursSeconds:0.00} s | {point.EmptyCpuSeconds:0.00} s | {point.OperationsCpuSeconds:0.00} s | {point.OursCpuSeconds:0.00} s | {difference:+0.00;-0.00} s | {difference / point.EmptyCpuSeconds:0.00}× | {point.OwnSeconds:0.00} s | {growth} |"));
                previous = point;
            }
        }
    }

    /// <summary>
    /// The CI guard: every shape at <paramref name="small"/> and twice that. Fails, deterministically, when the solver
    /// needs more than <see cref="CheckStepsPerItem"/> steps per item (the corpus then gets an extra LEAI000 and the
    /// expected count throws), and when our callbacks' time (the fastest of 3 runs) more than <paramref name="limit"/>-folds on a doubling
    /// on <see cref="Attempts"/> attempts in a row (linear is 2×; repeats keep a GC pause or a busy core from failing the build).
    /// </summary>
    public static int Check(int small, double limit)
    {
        var failed = 0;
        Measure(GraphShape.DelegateParameters, small, rounds: 1, baseline: false); // warm-up: JIT and metadata
        foreach (var shape in Enum.GetValues<GraphShape>())
        {
            var growth = double.NaN;
            for (var attempt = 1; attempt <= Attempts; attempt++)
            {
                var a = Measure(shape, small, solverStepsPerItem: CheckStepsPerItem, baseline: false);
                var b = Measure(shape, 2 * small, solverStepsPerItem: CheckStepsPerItem, baseline: false);
                growth = b.OwnFastestSeconds / a.OwnFastestSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{shape} (attempt {attempt}): our callbacks, fastest of 3, {a.OwnFastestSeconds:0.000} s at {small} files, {b.OwnFastestSeconds:0.000} s at {2 * small}: {growth:0.00}× (limit {limit}×)"));
                if (growth <= limit)
                {
                    break;
                }
            }

            failed += growth <= limit ? 0 : 1;
        }

        Console.WriteLine(failed == 0 ? "Scaling check passed." : $"Scaling check FAILED for {failed} shape(s).");
        return failed;
    }

    /// <summary>Processor time (median of 3) of each analyzer alone and of all together, on one corpus.</summary>
    /// <param name="nullable">False compiles the corpus without nullable analysis, to see what of our cost is the compiler's nullable rewrite of the bodies we bind.</param>
    /// <param name="only">Name prefixes of the analyzers to run (all when empty).</param>
    public static void Decompose(GraphShape shape, int files, bool nullable, IReadOnlyList<string> only)
    {
        var workload = Workload.Create(ScalingCorpus.Files(files, shape), ScalingCorpus.ReferencesOf(shape), attributed: true, nullable: nullable).AssertCompiles();
        var variants = new (string Name, Func<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[]> Create)[]
        {
            ("EmptyAnalyzer", () => [new EmptyAnalyzer()]),
            ("EmptyOperationBlockAnalyzer", () => [new EmptyOperationBlockAnalyzer()]),
            ("PolicyConfigurationAnalyzer", () => [new PolicyConfigurationAnalyzer()]),
            ("CameraFrameFlowAnalyzer (live)", () => [new CameraFrameFlowAnalyzer()]),
            ("WholeProgramFlowAnalyzer (build only)", () => [new WholeProgramFlowAnalyzer()]),
            ("PromptIntentAnalyzer (live)", () => [new PromptIntentAnalyzer()]),
            ("All", AnalyzerBenchmark.Ours),
        };
        if (only.Count > 0)
        {
            variants = variants.Where(v => only.Any(o => v.Name.StartsWith(o, StringComparison.Ordinal))).ToArray();
        }

        workload.Run(AnalyzerBenchmark.Ours()); // warm-up
        var cpu = variants.ToDictionary(v => v.Name, _ => new List<double>());
        var allocated = variants.ToDictionary(v => v.Name, _ => new List<double>());
        for (var round = 0; round < 3; round++)
        {
            foreach (var (name, create) in variants)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                cpu[name].Add(Time(() => workload.Run(create())).Cpu);
                allocated[name].Add((GC.GetTotalAllocatedBytes(precise: true) - before) / (1024.0 * 1024));
            }
        }

        // Allocation is steadier than time on a busy machine, though not deterministic: which analyzer binds a body first varies.
        foreach (var (name, values) in cpu)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{shape} × {files}, {name}: CPU median {Median(values):0.00} s ({string.Join(" ", values.Select(v => v.ToString("0.00", CultureInfo.InvariantCulture)))}), allocated median {Median(allocated[name]):0} MB ({string.Join(" ", allocated[name].Select(v => v.ToString("0", CultureInfo.InvariantCulture)))})"));
        }
    }

    /// <summary>Every diagnostic of one corpus, one a line with its location and additional locations (the route's steps), then the count against the expected one.</summary>
    public static void ListDiagnostics(GraphShape shape, int files)
    {
        var workload = Workload.Create(ScalingCorpus.Files(files, shape), ScalingCorpus.ReferencesOf(shape), attributed: true).AssertCompiles();
        var found = workload.Run(AnalyzerBenchmark.Ours());
        static string At(Microsoft.CodeAnalysis.Location l) => $"{l.GetLineSpan().Path}:{l.GetLineSpan().StartLinePosition.Line + 1}";
        foreach (var d in found.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            Console.WriteLine($"{d.Id} {At(d.Location)} [{string.Join(", ", d.AdditionalLocations.Select(At))}]: {d.GetMessage(CultureInfo.InvariantCulture)}");
        }

        Console.WriteLine($"{shape} × {files}: {found.Length} diagnostics, expected {ScalingCorpus.ExpectedDiagnostics(files, shape)}.");
    }

    /// <summary>
    /// A shape fails on timing only if every attempt exceeds the limit: on a quiet 2-core machine one attempt in a few
    /// dozen showed a single 7× outlier at 250 files (tenths of a second of callbacks), a real regression repeats. Since
    /// the bodies are analysed inside per-type symbol callbacks that share one memo, a callback that waits for another
    /// thread's analysis of the same body counts the wait too: one attempt in about five went over 4× on the 2-core sandbox
    /// (LambdasAcrossFiles, 5.08× then 2.51×), hence five attempts.
    /// </summary>
    private const int Attempts = 5;

    /// <summary>Every corpus needs under 3 solver steps per item (docs/performance.md); 10 leaves room for honest changes.</summary>
    public const int CheckStepsPerItem = 10;

    /// <summary>Wall time and processor time of all threads: on a shared machine the second is the steadier measure of cost.</summary>
    private static (double Wall, double Cpu) Time(Action run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        run();
        var wall = stopwatch.Elapsed.TotalSeconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }
}
