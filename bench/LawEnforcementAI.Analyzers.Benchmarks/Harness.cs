using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers.Benchmarks;

/// <summary>Which references a corpus is compiled against.</summary>
public enum References
{
    /// <summary>The .NET runtime only.</summary>
    Platform,

    /// <summary>The runtime and the camera API (OpenCvSharp4), but no vision SDK.</summary>
    CameraOnly,

    /// <summary>The runtime, the camera API and the vision SDK (Azure.AI.OpenAI 2.1.0 on OpenAI 2.15.0).</summary>
    CameraAndVision,

    /// <summary>CameraAndVision plus the dependency-injection and hosting abstractions of a worker service.</summary>
    CameraVisionAndContainer,
}

/// <summary>A compilation ready to analyse, with the analyzer options a build would pass.</summary>
public sealed record Workload(CSharpCompilation Compilation, AnalyzerOptions Options)
{
    /// <summary>
    /// Builds the compilation once. <paramref name="attributed"/> sets <c>build_property.AIPolicyContext = police, body-cam</c>
    /// and <c>AIPolicyJurisdiction = US</c>, as the package's CompilerVisibleProperty items do.
    /// </summary>
    public static Workload Create(
        IEnumerable<(string Path, string Text)> files,
        References references,
        bool attributed,
        IEnumerable<string>? enabledIds = null,
        string extraGlobalConfig = "",
        bool nullable = true)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parseOptions, f.Path, Encoding.UTF8)).ToList();

        var refs = references switch
        {
            References.CameraOnly => BenchReferences.Platform.AddRange(BenchReferences.Camera),
            References.CameraAndVision => BenchReferences.Platform.AddRange(BenchReferences.Camera).AddRange(BenchReferences.Vision),
            References.CameraVisionAndContainer => BenchReferences.Platform.AddRange(BenchReferences.Camera).AddRange(BenchReferences.Vision).AddRange(BenchReferences.Container),
            _ => BenchReferences.Platform,
        };

        var specific = ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("AD0001", ReportDiagnostic.Error);
        foreach (var id in enabledIds ?? [])
        {
            specific = specific.SetItem(id, ReportDiagnostic.Warn);
        }

        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable)
            .WithSpecificDiagnosticOptions(specific)
            .WithConcurrentBuild(true);
        var compilation = CSharpCompilation.Create("Corpus", trees, refs, options);

        var config = new StringBuilder("is_global = true\n");
        if (attributed)
        {
            config.Append("build_property.AIPolicyContext = police, body-cam\nbuild_property.AIPolicyJurisdiction = US\n");
        }

        config.Append(extraGlobalConfig);

        return new Workload(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new GlobalConfigOptions(config.ToString())));
    }

    /// <summary>
    /// One measured run, what a build does: a fresh clone of the compilation (so no binding cached by a previous run is
    /// reused), a fresh <see cref="CompilationWithAnalyzers"/>, then the compiler's and the analyzers' diagnostics together
    /// (<c>GetAllDiagnosticsAsync</c>). Returns the analyzer diagnostics; analyzer exceptions throw.
    /// </summary>
    /// <remarks>
    /// Not <c>GetAnalyzerDiagnosticsAsync</c> alone: for an analyzer that registers nothing the driver never binds a
    /// method body, so the empty baseline would measure almost nothing (about 10 ms for 1,000 files) and every ratio
    /// would compare our analyzer with no compiler at all. A build always binds every body; that is the baseline.
    /// </remarks>
    public ImmutableArray<Diagnostic> Run(params DiagnosticAnalyzer[] analyzers) => Run(analyzers, measure: false, out _);

    /// <summary>
    /// As <see cref="Run(DiagnosticAnalyzer[])"/>, and also the time the driver measured inside the analyzers' own
    /// callbacks (its telemetry, summed over threads): the analyzers' own cost without the compiler's binding around it.
    /// Timing every callback costs a little, so the published benchmarks run without it.
    /// </summary>
    public ImmutableArray<Diagnostic> RunTimed(DiagnosticAnalyzer[] analyzers, out TimeSpan analyzerTime) =>
        Run(analyzers, measure: true, out analyzerTime);

    private ImmutableArray<Diagnostic> Run(DiagnosticAnalyzer[] analyzers, bool measure, out TimeSpan analyzerTime)
    {
        var clone = Compilation.Clone();
        Exception? thrown = null;
        var withAnalyzers = clone.WithAnalyzers(
            analyzers.ToImmutableArray(),
            new CompilationWithAnalyzersOptions(
                Options,
                onAnalyzerException: (e, _, _) => thrown ??= e,
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: measure,
                reportSuppressedDiagnostics: false));
        var diagnostics = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => !d.Id.StartsWith("CS", StringComparison.Ordinal))
            .ToImmutableArray();
        if (thrown is not null)
        {
            throw new InvalidOperationException("An analyzer threw.", thrown);
        }

        analyzerTime = TimeSpan.Zero;
        if (measure)
        {
            // The driver keeps what it measured with the analysis it already ran; asking for the result does not rerun it.
            var telemetry = withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult().AnalyzerTelemetryInfo;
            foreach (var analyzer in analyzers)
            {
                analyzerTime += telemetry.TryGetValue(analyzer, out var info) ? info.ExecutionTime : TimeSpan.Zero;
            }
        }

        return diagnostics;
    }

    /// <summary>Fails setup when the corpus does not compile: a benchmark of broken code measures error recovery.</summary>
    public Workload AssertCompiles()
    {
        var errors = Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The corpus does not compile:\n" + string.Join("\n", errors));
        }

        return this;
    }
}

/// <summary>The baseline: an analyzer that the driver runs but that does nothing (as in roslyn-analyzers' perf tests).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Descriptor = new(
        "EMPTY001", "Empty", "Empty", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
    }
}

/// <summary>The peer: CA3001 from the Microsoft.CodeAnalysis.NetAnalyzers package, loaded from its analyzer DLL.</summary>
public static class PeerAnalyzers
{
    public const string SqlInjectionId = "CA3001";

    public static DiagnosticAnalyzer SqlInjection()
    {
        var directory = typeof(PeerAnalyzers).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NetAnalyzersDirectory").Value!;
        var assembly = Assembly.LoadFrom(Path.Combine(directory, "Microsoft.CodeAnalysis.NetAnalyzers.dll"));
        var type = assembly.GetType("Microsoft.NetCore.Analyzers.Security.ReviewCodeForSqlInjectionVulnerabilities", throwOnError: true)!;
        return (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
    }
}

/// <summary>
/// For profiling only: registers an operation-block action that does nothing, so the driver builds the IOperation tree
/// of every member body. The difference to <see cref="EmptyAnalyzer"/> is what any IOperation-based analyzer pays.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyOperationBlockAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Descriptor = new(
        "EMPTY002", "Empty", "Empty", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationBlockAction(_ => { });
    }
}

/// <summary>An operation-block action inside every named type's symbol scope, doing nothing: the driver's cost of type-scoped analysis.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyTypeScopedAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Descriptor = new(
        "EMPTY003", "Empty", "Empty", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSymbolStartAction(
            start =>
            {
                start.RegisterOperationBlockAction(_ => { });
                start.RegisterSymbolEndAction(_ => { });
            },
            SymbolKind.NamedType);
    }
}
