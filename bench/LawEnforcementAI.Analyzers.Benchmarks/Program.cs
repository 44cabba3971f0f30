using System.Diagnostics;
using BenchmarkDotNet.Running;
using LawEnforcementAI.Analyzers.Benchmarks;

// `--smoke`: set every scenario up (which asserts its diagnostic counts) and time one run of each analyzer with a
// stopwatch. A quick check that the corpora and expectations hold; the numbers to publish come from BenchmarkDotNet.
if (args.Length > 0 && args[0] == "--smoke")
{
    Smoke();
    return;
}

// `--publish-cost [files]`: what the generator that publishes a project's flow facts costs scenarios (a), (b) and (c).
if (args.Length > 0 && args[0] == "--publish-cost")
{
    PublishCost.Report(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000);
    return;
}

// `--profile [files]`: where the time of scenario (c) goes. Stopwatch medians of 3 alternating rounds of the empty
// baseline, an analyzer with an empty operation-block action (the cost of IOperation trees alone) and ours.
if (args.Length > 0 && args[0] == "--profile")
{
    var files = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    var workload = Workload.Create(Corpus.Files(files, FileShape.CameraToVision), References.CameraAndVision, attributed: true);
    var variants = new (string Name, Func<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[]> Create)[]
    {
        ("EmptyAnalyzer", () => [new EmptyAnalyzer()]),
        ("EmptyOperationBlockAnalyzer", () => [new EmptyOperationBlockAnalyzer()]),
        ("EmptyTypeScopedAnalyzer", () => [new EmptyTypeScopedAnalyzer()]),
        ("CameraFrameFlowAnalyzer (live)", () => [new LawEnforcementAI.Analyzers.CameraFrameFlowAnalyzer()]),
        ("WholeProgramFlowAnalyzer (build only)", () => [new LawEnforcementAI.Analyzers.WholeProgramFlowAnalyzer()]),
        ("LawEnforcementAI", AnalyzerBenchmark.Ours),
    };
    workload.Run(new EmptyAnalyzer()); // warm-up: JIT, metadata
    var times = variants.ToDictionary(v => v.Name, _ => new List<(double Seconds, long Bytes)>());
    for (var round = 0; round < 3; round++)
    {
        foreach (var (name, create) in variants)
        {
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var sw = Stopwatch.StartNew();
            workload.Run(create());
            times[name].Add((sw.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - before));
        }
    }

    foreach (var (name, runs) in times)
    {
        var median = runs.OrderBy(r => r.Seconds).ElementAt(1);
        Console.WriteLine($"{name}: median {median.Seconds:0.00} s, allocated {runs.Average(r => r.Bytes) / (1 << 20):0} MB; runs {string.Join(" ", runs.Select(r => r.Seconds.ToString("0.00")))}");
    }

    return;
}

// `--cold [files]`: scenario (c) on freshly parsed trees for every run, so nothing we keep per syntax tree (the member
// names and mentions, the HTTP-call scan) survives from an earlier run, as in a command-line build. Medians of 3.
if (args.Length > 0 && args[0] == "--cold")
{
    var files = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    var corpus = Corpus.Files(files, FileShape.CameraToVision);
    Workload.Create(corpus, References.CameraAndVision, attributed: true).Run(new EmptyAnalyzer()); // JIT, metadata
    var times = new Dictionary<string, List<double>> { ["empty"] = new(), ["ours"] = new() };
    for (var round = 0; round < 3; round++)
    {
        foreach (var name in times.Keys)
        {
            var fresh = Workload.Create(corpus, References.CameraAndVision, attributed: true);
            GC.Collect();
            var sw = Stopwatch.StartNew();
            fresh.Run(AnalyzerSets.Named(name));
            times[name].Add(sw.Elapsed.TotalSeconds);
        }
    }

    foreach (var (name, runs) in times)
    {
        Console.WriteLine($"{name} (fresh trees): median {runs.OrderBy(t => t).ElementAt(1):0.00} s; runs {string.Join(" ", runs.Select(t => t.ToString("0.00")))}");
    }

    return;
}

// `--loop [set] [runs] [files] [shape]`: scenario (c), or a graph shape's corpus, run again and again with GC counts, for a
// sampling profiler (dotnet-trace) to attach to; sets in AnalyzerSets.cs.
if (args.Length > 0 && args[0] == "--loop")
{
    var variant = args.Length > 1 ? args[1] : "ours";
    var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
    var files = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    var shape = args.Length > 4 ? Enum.Parse<GraphShape>(args[4]) : (GraphShape?)null;
    var workload = shape is { } graph
        ? Workload.Create(ScalingCorpus.Files(files, graph), ScalingCorpus.ReferencesOf(graph), attributed: true)
        : Workload.Create(Corpus.Files(files, FileShape.CameraToVision), References.CameraAndVision, attributed: true);
    for (var run = 0; run < runs; run++)
    {
        GC.Collect();
        var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var pause = GC.GetTotalPauseDuration();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var count = workload.Run(AnalyzerSets.Named(variant)).Length;
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        Console.WriteLine($"{variant} run {run}: {sw.Elapsed.TotalSeconds:0.00} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.00} s cpu, {count} diagnostics; " +
            $"GCs {GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}, pause {(GC.GetTotalPauseDuration() - pause).TotalSeconds:0.00} s, heap after last GC {info.HeapSizeBytes >> 20} MB, promoted {info.PromotedBytes >> 20} MB");
    }

    return;
}

// `--callbacks [files]`: time inside each of our analyzers' callbacks on corpus (c), as the driver measures it (median of 3).
if (args.Length > 0 && args[0] == "--callbacks")
{
    var files = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    var workload = Workload.Create(Corpus.Files(files, FileShape.CameraToVision), References.CameraAndVision, attributed: true);
    foreach (var (name, create) in new (string, Func<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[]>)[]
    {
        ("CameraFrameFlowAnalyzer (live)", () => [new LawEnforcementAI.Analyzers.CameraFrameFlowAnalyzer()]),
        ("WholeProgramFlowAnalyzer (build only)", () => [new LawEnforcementAI.Analyzers.WholeProgramFlowAnalyzer()]),
        ("All", AnalyzerBenchmark.Ours),
    })
    {
        var times = Enumerable.Range(0, 3).Select(_ => { workload.RunTimed(create(), out var t); return t.TotalSeconds; }).OrderBy(t => t).ToList();
        Console.WriteLine($"{name}: callbacks median {times[1]:0.000} s ({string.Join(" ", times.Select(t => t.ToString("0.000")))})");
    }

    return;
}

// `--scaling [shape|all] [files ...]`: our own time on the graph-shape corpora at growing sizes (stopwatch, medians of 3).
if (args.Length > 0 && args[0] == "--scaling")
{
    var shapes = args.Length > 1 && args[1] != "all" ? [Enum.Parse<GraphShape>(args[1])] : Enum.GetValues<GraphShape>();
    var sizes = args.Length > 2 ? args.Skip(2).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : [250, 500, 1000];
    ScalingRun.Report(shapes, sizes);
    return;
}

// `--decompose [shape] [files] [--no-nullable] [--only Name,Name]`: processor time and allocation of each analyzer alone
// on one graph corpus, to see where our cost goes; optionally with nullable analysis off, or only some analyzers.
if (args.Length > 0 && args[0] == "--decompose")
{
    var shape = args.Length > 1 ? Enum.Parse<GraphShape>(args[1]) : GraphShape.DelegateParameters;
    var files = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 400;
    var onlyAt = Array.IndexOf(args, "--only");
    var only = onlyAt > 0 && onlyAt + 1 < args.Length ? args[onlyAt + 1].Split(',') : [];
    ScalingRun.Decompose(shape, files, nullable: !args.Contains("--no-nullable"), only);
    return;
}

// `--edit-cost [files] [documents] [shape]`: scenario (f), one document edited and analysed alone as the editor does,
// against binding it; on corpus (c) by default, or on a graph shape's corpus.
if (args.Length > 0 && args[0] == "--edit-cost")
{
    var files = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    var documents = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 40;
    var shape = args.Length > 3 ? Enum.Parse<GraphShape>(args[3]) : (GraphShape?)null;
    var corpus = shape is { } s ? ScalingCorpus.Files(files, s) : Corpus.Files(files, FileShape.CameraToVision);
    var workload = Workload.Create(corpus, shape is { } r ? ScalingCorpus.ReferencesOf(r) : References.CameraAndVision, attributed: true).AssertCompiles();
    AnalyzerBenchmark.Check($"LawEnforcementAI on {files} files", workload.Run(AnalyzerBenchmark.Ours()), shape is { } e ? ScalingCorpus.ExpectedDiagnostics(files, e) : 2 * files + 1);
    EditCost.Report(shape is null ? $"corpus (c), {files} files" : $"{shape} × {files}", EditCost.Measure(workload, documents));
    return;
}

// `--edit-loop [files] [shape] [document] [runs]`: one document of a graph shape's corpus edited and analysed warm, again
// and again, for a sampling profiler (dotnet-trace) to attach to.
if (args.Length > 0 && args[0] == "--edit-loop")
{
    var files = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300;
    var shape = args.Length > 2 ? Enum.Parse<GraphShape>(args[2]) : GraphShape.InjectedServices;
    var document = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 0;
    var runs = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 50;
    var workload = Workload.Create(ScalingCorpus.Files(files, shape), ScalingCorpus.ReferencesOf(shape), attributed: true).AssertCompiles();
    workload.Run(AnalyzerBenchmark.Ours());
    EditCost.Loop(workload, document, runs);
    return;
}

// `--diagnostics [shape] [files]`: every diagnostic of one graph-shape corpus with its locations, to read what the expected count is made of.
if (args.Length > 0 && args[0] == "--diagnostics")
{
    var shape = args.Length > 1 ? Enum.Parse<GraphShape>(args[1]) : GraphShape.InjectedServices;
    ScalingRun.ListDiagnostics(shape, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 30);
    return;
}

// `--steps-check [files]`: every graph shape once with the CI's tight solver budget (deterministic: fails if any
// shape needs more than ScalingRun.CheckStepsPerItem solver steps per item at this size).
if (args.Length > 0 && args[0] == "--steps-check")
{
    var files = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4000;
    foreach (var shape in Enum.GetValues<GraphShape>())
    {
        var point = ScalingRun.Measure(shape, files, rounds: 1, solverStepsPerItem: ScalingRun.CheckStepsPerItem, baseline: false);
        Console.WriteLine($"{shape} × {files}: solved within {ScalingRun.CheckStepsPerItem} steps per item; our callbacks {point.OwnSeconds:0.00} s");
    }

    return;
}

// `--scaling-check [files]`: the CI guard against super-linear growth; non-zero exit code when a shape grows too fast.
if (args.Length > 0 && args[0] == "--scaling-check")
{
    var small = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 250;
    Environment.Exit(ScalingRun.Check(small, limit: 4.0));
}

if (args.Length > 0 && args[0] == "--probe-ca3001")
{
    var web = """
        namespace System.Web { public class HttpRequest { public System.Collections.Specialized.NameValueCollection Form => null!; public string this[string key] => ""; } }
        public class Page { public System.Web.HttpRequest Request => null!; public int Run(System.Data.Common.DbConnection c) { using var cmd = c.CreateCommand(); cmd.CommandText = "SELECT " + Request.Form["x"]; return cmd.ExecuteNonQuery(); } }
        """;
    foreach (var (name, files) in new (string, (string, string)[])[]
    {
        ("controller", [("/a.cs", Corpus.File(0, FileShape.CameraToVisionAndSql)), ("/web.cs", Corpus.SystemWebStub)]),
        ("webform", [("/w.cs", web)]),
    })
    {
        var w = Workload.Create(files, References.CameraAndVision, attributed: true, enabledIds: [PeerAnalyzers.SqlInjectionId]);
        var errors = w.Compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
        var found = w.Run(PeerAnalyzers.SqlInjection());
        Console.WriteLine($"{name}: errors {errors.Count} {string.Join(";", errors.Take(2))}; CA3001 diagnostics {found.Length}: {string.Join("; ", found)}");
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

static void Smoke()
{
    var setups = new List<(string Name, Func<AnalyzerBenchmark> Create)>();
    foreach (var s in Enum.GetValues<Scenario>())
    {
        setups.Add(($"Scenario {s}", () => new ScenarioBenchmarks { Scenario = s }));
    }

    setups.Add(("InjectedServices (c′)", () => new InjectedServicesBenchmarks()));
    foreach (var f in new[] { 250, 500, 1000, 2000 })
    {
        setups.Add(($"Scaling {f}", () => new ScalingBenchmarks { Files = f }));
    }

    foreach (var w in Enum.GetValues<WorstCase>())
    {
        setups.Add(($"WorstCase {w}", () => new WorstCaseBenchmarks { Case = w }));
    }

    foreach (var (name, create) in setups)
    {
        var sw = Stopwatch.StartNew();
        var benchmark = create();
        benchmark.Setup();
        Console.WriteLine($"{name}: setup {sw.ElapsedMilliseconds} ms; empty {Time(() => benchmark.Empty())}; ours {Time(() => benchmark.LawEnforcementAI())}; empty {Time(() => benchmark.Empty())}; ours {Time(() => benchmark.LawEnforcementAI())}");
    }

    var peer = new PeerBenchmarks();
    peer.Setup();
    Console.WriteLine($"Peer: empty {Time(() => peer.Empty())}; ours {Time(() => peer.LawEnforcementAI())}; CA3001 {Time(() => peer.CA3001())}");
}

static string Time(Func<int> run)
{
    GC.Collect();
    var before = GC.GetTotalAllocatedBytes(precise: true);
    var sw = Stopwatch.StartNew();
    run();
    return $"{sw.ElapsedMilliseconds} ms / {(GC.GetTotalAllocatedBytes(precise: true) - before) / (1024 * 1024)} MB";
}
