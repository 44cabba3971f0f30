using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers.Benchmarks;

/// <summary>
/// The analyzers a stopwatch mode runs, by name (<c>--loop [name]</c>, <c>LEAI_EDIT_ANALYZERS=name</c>): the
/// baselines, one part of the package, or all of it. Unknown or missing names mean everything the package ships.
/// </summary>
public static class AnalyzerSets
{
    public static DiagnosticAnalyzer[] Named(string? name) => name switch
    {
        "empty" => [new EmptyAnalyzer()],
        "opblock" => [new EmptyOperationBlockAnalyzer()],
        "flow" => [new CameraFrameFlowAnalyzer(), new WholeProgramFlowAnalyzer()],
        "live" => [new CameraFrameFlowAnalyzer()],
        "build" => [new WholeProgramFlowAnalyzer()],
        "prompt" => [new PromptIntentAnalyzer()],
        "face" => [new FaceRecognitionAnalyzer()],
        "policy" => [new PolicyConfigurationAnalyzer()],
        _ => AnalyzerBenchmark.Ours(),
    };
}
