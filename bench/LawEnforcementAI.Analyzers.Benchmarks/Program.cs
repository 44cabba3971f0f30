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
