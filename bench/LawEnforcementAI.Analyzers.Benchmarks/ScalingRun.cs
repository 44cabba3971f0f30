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
    /// <param name="OwnSeconds">Time inside our analyzers' callbacks, as the driver measured it (summed over threads).</param>
    public sealed record Point(GraphShape Shape, int Files, double EmptySeconds, double OursSeconds, double OwnSeconds);

    /// <summary>Medians of <paramref name="rounds"/> alternating runs of the baseline and ours; the expected count is asserted.</summary>
    /// <param name="solverStepsPerItem">
    /// When set, the solver's budget per item (<c>ai_policy_solver_budget</c>): a tight one turns super-linear solver
    /// work into an extra LEAI000 (cut short), which fails the expected count deterministically, whatever the timing noise.
    /// </param>
    public static Point Measure(GraphShape shape, int files, int rounds = 3, int? solverStepsPerItem = null, bool baseline = true)
    {
        var config = solverStepsPerItem is int steps ? $"ai_policy_solver_budget = {steps}\n" : string.Empty;
        var workload = Workload.Create(ScalingCorpus.Files(files, shape), References.CameraAndVision, attributed: true, extraGlobalConfig: config).AssertCompiles();
        AnalyzerBenchmark.Check("EmptyAnalyzer", workload.Run(new EmptyAnalyzer()), 0);
        AnalyzerBenchmark.Check($"LawEnforcementAI on {shape} × {files}", workload.Run(AnalyzerBenchmark.Ours()), ScalingCorpus.ExpectedDiagnostics(files, shape));
        var empty = new List<double>();
        var ours = new List<double>();
        var own = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            empty.Add(baseline ? Time(() => workload.Run(new EmptyAnalyzer())) : double.NaN);
            var analyzerTime = TimeSpan.Zero;
            ours.Add(Time(() => workload.RunTimed(AnalyzerBenchmark.Ours(), out analyzerTime)));
            own.Add(analyzerTime.TotalSeconds);
        }

        return new Point(shape, files, Median(empty), Median(ours), Median(own));
    }

    /// <summary>Prints each shape at each size with the growth of our own time per step.</summary>
    public static void Report(IEnumerable<GraphShape> shapes, IReadOnlyList<int> sizes)
    {
        Console.WriteLine("| Shape | Files | Compiler + empty analyzer | Compiler + ours | Difference | Our callbacks (driver telemetry) | Callbacks / compiler | Callbacks vs half the files |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var shape in shapes)
        {
            Point? previous = null;
            foreach (var files in sizes)
            {
                var point = Measure(shape, files);
                var growth = previous is null ? "—" : (point.OwnSeconds / previous.OwnSeconds).ToString("0.00", CultureInfo.InvariantCulture) + "×";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {shape} | {files} | {point.EmptySeconds:0.00} s | {point.OursSeconds:0.00} s | {point.OursSeconds - point.EmptySeconds:+0.00;-0.00} s | {point.OwnSeconds:0.00} s | {point.OwnSeconds / point.EmptySeconds:0.00}× | {growth} |"));
                previous = point;
            }
        }
    }

    /// <summary>
    /// The CI guard: every shape at <paramref name="small"/> and twice that. Fails when our own time more than
    /// <paramref name="limit"/>-folds on a doubling (linear is 2×; 4× leaves room for noise on a shared 2-core machine),
    /// or, deterministically, when the solver needs more than <see cref="CheckStepsPerItem"/> steps per item.
    /// </summary>
    public static int Check(int small, double limit)
    {
        var failed = 0;
        Measure(GraphShape.DelegateParameters, small, rounds: 1); // warm-up: JIT and metadata are not charged to the first shape
        foreach (var shape in Enum.GetValues<GraphShape>())
        {
            var a = Measure(shape, small, solverStepsPerItem: CheckStepsPerItem, baseline: false);
            var b = Measure(shape, 2 * small, solverStepsPerItem: CheckStepsPerItem, baseline: false);
            var growth = b.OwnSeconds / a.OwnSeconds;
            var verdict = growth <= limit ? "ok" : "TOO FAST A GROWTH";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{shape}: own time {a.OwnSeconds:0.000} s at {small} files, {b.OwnSeconds:0.000} s at {2 * small}: {growth:0.00}× (limit {limit}×) {verdict}"));
            failed += growth <= limit ? 0 : 1;
        }

        return failed;
    }

    /// <summary>Every corpus needs under 3 solver steps per item (docs/performance.md); 10 leaves room for honest changes.</summary>
    public const int CheckStepsPerItem = 10;

    private static double Time(Action run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var stopwatch = Stopwatch.StartNew();
        run();
        return stopwatch.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);
}
