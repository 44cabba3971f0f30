using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers.Benchmarks;

/// <summary>
/// Our two analyzers against <see cref="EmptyAnalyzer"/> on the same compilation. The compilation is parsed and
/// built once in setup; every invocation clones it, so both benchmarks pay for binding the method bodies again (what a
/// build pays) and neither profits from binding cached by an earlier run.
/// </summary>
[MemoryDiagnoser]
public abstract class AnalyzerBenchmark
{
    private Workload _workload = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workload = CreateWorkload().AssertCompiles();
        Check("EmptyAnalyzer", _workload.Run(new EmptyAnalyzer()), 0);
        Check("LawEnforcementAI", _workload.Run(Ours()), ExpectedDiagnostics);
    }

    [Benchmark(Baseline = true)]
    public int Empty() => _workload.Run(new EmptyAnalyzer()).Length;

    [Benchmark]
    public int LawEnforcementAI() => _workload.Run(Ours()).Length;

    internal Workload Workload => _workload;

    /// <summary>
    /// LEAI000/LEAI090, LEAI001/LEAI002/LEAI007 and their build-only LEAI101/LEAI102, LEAI003/LEAI004 and LEAI005: everything
    /// the package ships but LEAI006. The corpora's prompts are neutral ("Describe the scene."), so the expected counts do
    /// not change.
    /// </summary>
    internal static DiagnosticAnalyzer[] Ours() =>
        [new PolicyConfigurationAnalyzer(), new CameraFrameFlowAnalyzer(), new WholeProgramFlowAnalyzer(), new PromptIntentAnalyzer(), new FaceRecognitionAnalyzer()];

    protected abstract Workload CreateWorkload();

    /// <summary>Asserted once in setup: a benchmark of an analyzer that silently found nothing is worthless.</summary>
    protected abstract int ExpectedDiagnostics { get; }

    internal static void Check(string who, ImmutableArray<Diagnostic> diagnostics, int expected)
    {
        if (diagnostics.Length != expected)
        {
            var byId = string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));
            throw new InvalidOperationException($"{who}: expected {expected} diagnostics, got {diagnostics.Length} ({byId}).");
        }
    }
}

public enum Scenario
{
    /// <summary>(a) 1,000 files, not attributed, no vision SDK referenced.</summary>
    A_NotAttributed_NoSdk,

    /// <summary>(b) 1,000 files with a camera snapshot method, attributed, no vision SDK referenced.</summary>
    B_Attributed_NoSdk,

    /// <summary>(c) 1,000 files, attributed, a camera frame sent to Azure OpenAI vision in every file.</summary>
    C_Attributed_CameraVision,
}

/// <summary>Scenarios (a), (b) and (c) of docs/performance.md.</summary>
public class ScenarioBenchmarks : AnalyzerBenchmark
{
    public const int Files = 1000;

    [Params(Scenario.A_NotAttributed_NoSdk, Scenario.B_Attributed_NoSdk, Scenario.C_Attributed_CameraVision)]
    public Scenario Scenario { get; set; }

    protected override int ExpectedDiagnostics => Scenario switch
    {
        Scenario.A_NotAttributed_NoSdk => 0,
        Scenario.B_Attributed_NoSdk => 1, // LEAI000, the audit record
        _ => 2 * Files + 1, // LEAI001 + LEAI002 per file, LEAI000
    };

    protected override Workload CreateWorkload() => Scenario switch
    {
        Scenario.A_NotAttributed_NoSdk => Workload.Create(Corpus.Files(Files, FileShape.Plain), References.Platform, attributed: false),
        Scenario.B_Attributed_NoSdk => Workload.Create(Corpus.Files(Files, FileShape.Camera), References.CameraOnly, attributed: true),
        _ => Workload.Create(Corpus.Files(Files, FileShape.CameraToVision), References.CameraAndVision, attributed: true),
    };
}

/// <summary>
/// (c′) What (c) measures, on 1,000 modules of <see cref="InjectedServicesCorpus"/>: each request's client and frame
/// reach it through the container. A class of its own, so that BenchmarkDotNet's filter can run it alone or beside (c).
/// </summary>
public class InjectedServicesBenchmarks : AnalyzerBenchmark
{
    public const int Files = 1000;

    protected override int ExpectedDiagnostics => InjectedServicesCorpus.ExpectedDiagnostics(Files);

    protected override Workload CreateWorkload() =>
        Workload.Create(InjectedServicesCorpus.Files(Files), References.CameraVisionAndContainer, attributed: true);
}

/// <summary>(d) Scenario (c) at 250, 500, 1,000 and 2,000 files.</summary>
public class ScalingBenchmarks : AnalyzerBenchmark
{
    [Params(250, 500, 1000, 2000)]
    public int Files { get; set; }

    protected override int ExpectedDiagnostics => 2 * Files + 1;

    protected override Workload CreateWorkload() =>
        Workload.Create(Corpus.Files(Files, FileShape.CameraToVision), References.CameraAndVision, attributed: true);
}

public enum WorstCase
{
    /// <summary>One method of 5,000 statements.</summary>
    LongMethod5000,

    /// <summary>A frame handed down a call chain 200 methods deep.</summary>
    CallChain200,

    /// <summary>100 methods calling each other (one strongly connected component).</summary>
    StronglyConnected100,
}

/// <summary>(e) Worst cases: they must finish, with bounded memory.</summary>
public class WorstCaseBenchmarks : AnalyzerBenchmark
{
    [Params(WorstCase.LongMethod5000, WorstCase.CallChain200, WorstCase.StronglyConnected100)]
    public WorstCase Case { get; set; }

    // LEAI000, and LEAI001 + LEAI002 for the in-place method of each corpus. The chain adds its last step's request
    // (the frame arrives after 200 hops, past the bound, so with unknown liveness: LEAI002 too); in the mesh every one of
    // the 100 methods sends what it was given, so each request gets LEAI001 + LEAI002.
    protected override int ExpectedDiagnostics => Case switch
    {
        WorstCase.LongMethod5000 => 3,
        WorstCase.CallChain200 => 5,
        _ => 203,
    };

    protected override Workload CreateWorkload()
    {
        var text = Case switch
        {
            WorstCase.LongMethod5000 => Corpus.LongMethod(5000),
            WorstCase.CallChain200 => Corpus.CallChain(200),
            _ => Corpus.StronglyConnected(100),
        };
        return Workload.Create([("/src/WorstCase.cs", text)], References.CameraAndVision, attributed: true);
    }
}

/// <summary>
/// The peer: CA3001 (SQL injection, data-flow, interprocedural by default) from Microsoft.CodeAnalysis.NetAnalyzers on
/// corpus (c) with a web page class per file whose <c>Request.Form</c> value reaches <c>DbCommand.CommandText</c>.
/// </summary>
[MemoryDiagnoser]
public class PeerBenchmarks
{
    public const int Files = 1000;

    private Workload _workload = null!;

    [GlobalSetup]
    public void Setup()
    {
        var files = Corpus.Files(Files, FileShape.CameraToVisionAndSql).Append(("/src/SystemWeb.cs", Corpus.SystemWebStub));
        _workload = Workload.Create(files, References.CameraAndVision, attributed: true, enabledIds: [PeerAnalyzers.SqlInjectionId])
            .AssertCompiles();
        AnalyzerBenchmark.Check("EmptyAnalyzer", _workload.Run(new EmptyAnalyzer()), 0);
        AnalyzerBenchmark.Check("LawEnforcementAI", _workload.Run(AnalyzerBenchmark.Ours()), 2 * Files + 1);
        AnalyzerBenchmark.Check("CA3001", _workload.Run(PeerAnalyzers.SqlInjection()), Files);
    }

    [Benchmark(Baseline = true)]
    public int Empty() => _workload.Run(new EmptyAnalyzer()).Length;

    [Benchmark]
    public int LawEnforcementAI() => _workload.Run(AnalyzerBenchmark.Ours()).Length;

    [Benchmark]
    public int CA3001() => _workload.Run(PeerAnalyzers.SqlInjection()).Length;
}

/// <summary>
/// (d) Scaling of the shapes that make a whole-program solver super-linear (<see cref="GraphShape"/>), at 1,000, 2,000
/// and 4,000 files. (c)'s corpus has none of these shapes, so a solver that grows with the square of the program (the
/// delegate-parameter shape exposes one) is invisible there.
/// </summary>
public class GraphScalingBenchmarks : AnalyzerBenchmark
{
    [Params(GraphShape.DelegateParameters, GraphShape.EventSubscribers, GraphShape.LambdasAcrossFiles, GraphShape.InterfaceImplementations, GraphShape.DeepAndWideCalls, GraphShape.InjectedServices)]
    public GraphShape Shape { get; set; }

    [Params(1000, 2000, 4000)]
    public int Files { get; set; }

    protected override int ExpectedDiagnostics => ScalingCorpus.ExpectedDiagnostics(Files, Shape);

    protected override Workload CreateWorkload() =>
        Workload.Create(ScalingCorpus.Files(Files, Shape), ScalingCorpus.ReferencesOf(Shape), attributed: true);
}
