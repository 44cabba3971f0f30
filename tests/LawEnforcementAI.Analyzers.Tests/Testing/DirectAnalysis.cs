using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LawEnforcementAI.Analyzers.Tests.Testing;

/// <summary>
/// Direct access to <see cref="CompilationWithAnalyzers"/> for the tests that cannot state every expected diagnostic up
/// front: robustness (cut or broken code must not crash the analyzer), determinism across runs, and the cost gate's
/// action counts. The project is built by a Roslyn workspace from the same kind of inputs as <see cref="LeaiAnalyzerTest"/>
/// (sources, config files, the .NET 10 reference assemblies), so options reach the analyzers the way they do in a build.
/// Diagnostic expectations belong in <see cref="LeaiAnalyzerTest"/>, not here.
/// </summary>
public sealed class DirectAnalysis
{
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;

    public DirectAnalysis(IEnumerable<MetadataReference> references, params DiagnosticAnalyzer[] analyzers)
    {
        References = [.. references];
        _analyzers = [.. analyzers];
    }

    /// <summary>The flow, prompt and configuration analyzers with a user's references, attributed through MSBuild properties.</summary>
    public static DirectAnalysis Policy(string? context = "police, body-cam", string? jurisdiction = "US") =>
        new DirectAnalysis(StandInReferences.Default, new PolicyConfigurationAnalyzer(), new CameraFrameFlowAnalyzer(), new WholeProgramFlowAnalyzer(), new PromptIntentAnalyzer())
            .WithMSBuildProperties(context, jurisdiction);

    /// <summary>The flow rules alone with a user's references, attributed through MSBuild properties.</summary>
    public static DirectAnalysis Flow(string? context = "police", string? jurisdiction = "US") =>
        new DirectAnalysis(StandInReferences.Default, new CameraFrameFlowAnalyzer(), new WholeProgramFlowAnalyzer()).WithMSBuildProperties(context, jurisdiction);

    public ImmutableArray<MetadataReference> References { get; }

    public List<(string Path, string Text)> Sources { get; } = [];

    public List<(string Path, string Text)> AnalyzerConfigFiles { get; } = [];

    public List<(string Path, string Text)> AdditionalFiles { get; } = [];

    /// <summary>Adds a source; without a path it is <c>/0/Test{n}.cs</c>, as in the library's tests.</summary>
    public DirectAnalysis WithSource(string text, string? path = null)
    {
        Sources.Add((path ?? string.Create(CultureInfo.InvariantCulture, $"/0/Test{Sources.Count}.cs"), text));
        return this;
    }

    /// <summary>An <c>AdditionalFiles</c> item, such as a team model file.</summary>
    public DirectAnalysis WithAdditionalFile(string path, string text)
    {
        AdditionalFiles.Add((path, text));
        return this;
    }

    public DirectAnalysis WithAnalyzerConfig(string path, string text)
    {
        AnalyzerConfigFiles.Add((path, text));
        return this;
    }

    /// <summary>Attributes the project through MSBuild properties (<see cref="MSBuildProperties"/>).</summary>
    public DirectAnalysis WithMSBuildProperties(string? context, string? jurisdiction)
    {
        if (MSBuildProperties.GlobalConfig(context, jurisdiction) is { } config)
        {
            AnalyzerConfigFiles.Add(config);
        }

        return this;
    }

    /// <summary>The compilation with our analyzers attached; an analyzer exception fails the calling test.</summary>
    public async Task<(CompilationWithAnalyzers Analysis, Func<IReadOnlyList<string>> Exceptions)> CreateAsync(
        bool concurrentAnalysis = true, CancellationToken cancellationToken = default)
    {
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "TestProject",
            "TestProject",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: TestReferences.Platform.AddRange(References)));
        foreach (var (path, text) in Sources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), path, SourceText.From(text), filePath: path);
        }

        foreach (var (path, text) in AnalyzerConfigFiles)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), path, SourceText.From(text), filePath: path);
        }

        foreach (var (path, text) in AdditionalFiles)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), path, SourceText.From(text), filePath: path);
        }

        var project = solution.GetProject(projectId)!;
        var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var exceptions = new List<string>();
        var analysis = compilation.WithAnalyzers(
            _analyzers,
            new CompilationWithAnalyzersOptions(
                project.AnalyzerOptions,
                onAnalyzerException: (exception, analyzer, _) =>
                {
                    lock (exceptions)
                    {
                        exceptions.Add($"{analyzer.GetType().Name}: {exception}");
                    }
                },
                concurrentAnalysis: concurrentAnalysis,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: false));
        return (analysis, () => exceptions);
    }

    /// <summary>The assertion of the robustness tests: the analysis completes without an analyzer exception or AD0001.</summary>
    public Task AssertNoAnalyzerFailureAsync(CancellationToken cancellationToken = default) => RunAsync(cancellationToken);

    /// <summary>
    /// Our diagnostics (LEAI*), sorted by path, position and ID. Throws when an analyzer threw or reported AD0001.
    /// </summary>
    public async Task<IReadOnlyList<Diagnostic>> RunAsync(CancellationToken cancellationToken = default)
    {
        var (analysis, exceptions) = await CreateAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var all = await analysis.GetAllDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        var failures = exceptions().Concat(all.Where(d => d.Id == "AD0001").Select(d => d.GetMessage(CultureInfo.InvariantCulture))).ToList();
        if (failures.Count > 0)
        {
            throw new AnalyzerCrashException("An analyzer threw:" + Environment.NewLine + string.Join(Environment.NewLine + Environment.NewLine, failures));
        }

        return all
            .Where(d => !d.IsSuppressed && d.Id.StartsWith("LEAI", StringComparison.Ordinal))
            .OrderBy(d => d.Location.GetLineSpan().Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>An analyzer threw (or reported AD0001) during <see cref="DirectAnalysis.RunAsync"/>; fails the test.</summary>
public sealed class AnalyzerCrashException(string message) : Exception(message);
