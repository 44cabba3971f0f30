using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers.Tests.Verification;

/// <summary>Thrown when verification fails; the message is the full report.</summary>
public sealed class VerificationException(string message) : Exception(message);

/// <summary>
/// Fluent analyzer test: sources with markup, real editorconfig/globalconfig, simulated MSBuild properties,
/// expectations, then <see cref="VerifyAsync"/>. Each setter returns this builder.
/// </summary>
public class AnalyzerTest
{
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private readonly List<(string Markup, string Path)> _sources = [];
    private readonly List<(string Text, string Path)> _configs = [];
    private readonly List<InMemoryAdditionalText> _additionalFiles = [];
    private readonly List<KeyValuePair<string, string>> _msBuildProperties = [];
    private readonly List<MetadataReference> _references = [];
    private readonly List<ExpectedDiagnostic> _expected = [];
    private string? _defaultId;
    private CompilerDiagnostics _compilerDiagnostics = CompilerDiagnostics.Errors;

    public AnalyzerTest(params DiagnosticAnalyzer[] analyzers)
    {
        if (analyzers.Length == 0)
        {
            throw new ArgumentException("At least one analyzer is required.", nameof(analyzers));
        }

        _analyzers = [.. analyzers];
    }

    /// <summary>Adds a source file; without a path it is <c>/src/Test{n}.cs</c>, n counting sources so far.</summary>
    public AnalyzerTest WithSource(string markup, string? path = null)
    {
        _sources.Add((markup, path ?? string.Create(CultureInfo.InvariantCulture, $"/src/Test{_sources.Count}.cs")));
        return this;
    }

    /// <summary>An editorconfig; its sections apply relative to its folder, like on disk.</summary>
    public AnalyzerTest WithEditorConfig(string text, string path = "/.editorconfig")
    {
        _configs.Add((text, path));
        return this;
    }

    /// <summary>A global config; <c>is_global = true</c> is prepended when the text does not say so.</summary>
    public AnalyzerTest WithGlobalConfig(string text, string path = "/.globalconfig")
    {
        var isGlobal = text.Split('\n').Any(l => l.Trim().Replace(" ", "", StringComparison.Ordinal)
            .StartsWith("is_global=", StringComparison.OrdinalIgnoreCase));
        _configs.Add((isGlobal ? text : "is_global = true\n" + text, path));
        return this;
    }

    /// <summary>What <c>&lt;CompilerVisibleProperty&gt;</c> produces: <c>build_property.{name} = {value}</c> in a global config.</summary>
    public AnalyzerTest WithMsBuildProperty(string name, string value)
    {
        _msBuildProperties.Add(new(name, value));
        return this;
    }

    public AnalyzerTest WithAdditionalFile(string text, string path)
    {
        _additionalFiles.Add(new InMemoryAdditionalText(path, text));
        return this;
    }

    /// <summary>References added to <see cref="Infrastructure.PlatformReferences.All"/>.</summary>
    public AnalyzerTest WithReferences(IEnumerable<MetadataReference> references)
    {
        _references.AddRange(references);
        return this;
    }

    /// <summary>The ID that <c>[|…|]</c> expects; needed unless the analyzers support exactly one ID.</summary>
    public AnalyzerTest WithDefaultId(string id)
    {
        _defaultId = id;
        return this;
    }

    public AnalyzerTest Expect(params ExpectedDiagnostic[] expected)
    {
        _expected.AddRange(expected);
        return this;
    }

    public AnalyzerTest WithCompilerDiagnostics(CompilerDiagnostics compilerDiagnostics)
    {
        _compilerDiagnostics = compilerDiagnostics;
        return this;
    }

    /// <summary>
    /// Runs and returns the diagnostics that take part in comparison (all severities, hidden included), sorted by
    /// path, position and ID. Throws <see cref="VerificationException"/> on an analyzer exception or AD0001.
    /// </summary>
    public async Task<ImmutableArray<Diagnostic>> RunAsync(CancellationToken cancellationToken = default) =>
        (await RunCoreAsync(cancellationToken).ConfigureAwait(false)).Diagnostics;

    /// <summary>Runs and requires a one-to-one match between expectations (markup and explicit) and diagnostics.</summary>
    public async Task VerifyAsync(CancellationToken cancellationToken = default)
    {
        var run = await RunCoreAsync(cancellationToken).ConfigureAwait(false);
        var expected = ExpectationResolver.Resolve(run.Sources, _expected, DefaultIdForMarkup(run.SupportedIds));
        var expectedIds = expected.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);

        // Hidden diagnostics are often helpers for code fixes; only compare them when the test asks for that ID.
        var actual = run.Diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Hidden || expectedIds.Contains(d.Id))
            .ToList();
        var match = DiagnosticMatcher.Match(expected, actual);
        if (match.Any(m => m < 0) || match.Count(m => m >= 0) != actual.Count)
        {
            var sources = run.Sources.Select(s => (s.Path, s.Tree.GetText(cancellationToken)));
            throw new VerificationException(DiagnosticReport.Format(expected, actual, match, sources));
        }
    }

    private async Task<RunResult> RunCoreAsync(CancellationToken cancellationToken)
    {
        var sources = _sources.Select(s => SourceFile.Parse(s.Markup, s.Path)).ToImmutableArray();
        var configSet = CreateConfigSet();
        var descriptors = _analyzers.SelectMany(a => a.SupportedDiagnostics).ToImmutableArray();
        var supportedIds = descriptors.Select(d => d.Id).ToImmutableHashSet(StringComparer.Ordinal);

        var compilation = TestCompilationFactory.Create(
            sources.Select(s => s.Tree), Infrastructure.PlatformReferences.All.AddRange(_references), configSet, descriptors);
        var options = new AnalyzerOptions([.. _additionalFiles.Cast<AdditionalText>()], new ConfigSetOptionsProvider(configSet));

        var exceptions = new List<string>();
        var withAnalyzers = compilation.WithAnalyzers(
            _analyzers,
            new CompilationWithAnalyzersOptions(
                options,
                onAnalyzerException: (exception, analyzer, _) =>
                {
                    lock (exceptions)
                    {
                        exceptions.Add($"{analyzer.GetType().Name}: {exception}");
                    }
                },
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));
        var all = await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

        var crashes = all.Where(d => d.Id == "AD0001").Select(d => d.GetMessage(CultureInfo.InvariantCulture));
        var failures = exceptions.Concat(crashes).ToList();
        if (failures.Count > 0)
        {
            throw new VerificationException("An analyzer threw:" + Environment.NewLine + string.Join(Environment.NewLine + Environment.NewLine, failures));
        }

        var compared = all
            .Where(d => !d.IsSuppressed)
            .Where(d => supportedIds.Contains(d.Id)
                || (_compilerDiagnostics == CompilerDiagnostics.Errors && IsCompilerError(d)))
            .OrderBy(d => d.Location.GetLineSpan().Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new RunResult(compared, sources, supportedIds);
    }

    private static bool IsCompilerError(Diagnostic diagnostic) =>
        diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Id.StartsWith("CS", StringComparison.Ordinal);

    private AnalyzerConfigSet CreateConfigSet()
    {
        var configs = _configs.Select(c => AnalyzerConfig.Parse(c.Text, c.Path)).ToList();
        if (_msBuildProperties.Count > 0)
        {
            // csc reads CompilerVisibleProperty values from the generated global config that the SDK writes.
            var generated = new StringBuilder("is_global = true\n");
            foreach (var (name, value) in _msBuildProperties)
            {
                generated.Append("build_property.").Append(name).Append(" = ").Append(value).Append('\n');
            }

            configs.Add(AnalyzerConfig.Parse(generated.ToString(), "/obj/TestProject.GeneratedMSBuildEditorConfig.editorconfig"));
        }

        var set = AnalyzerConfigSet.Create(configs, out var diagnostics);
        if (!diagnostics.IsEmpty)
        {
            throw new VerificationException("Invalid test configuration:" + Environment.NewLine + string.Join(Environment.NewLine, diagnostics));
        }

        return set;
    }

    private string DefaultIdForMarkup(ImmutableHashSet<string> supportedIds) =>
        _defaultId ?? (supportedIds.Count == 1 ? supportedIds.Single() : string.Empty);

    private sealed record RunResult(
        ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<SourceFile> Sources, ImmutableHashSet<string> SupportedIds);
}

/// <summary>The same builder for a single analyzer type.</summary>
public sealed class AnalyzerTest<TAnalyzer>() : AnalyzerTest(new TAnalyzer())
    where TAnalyzer : DiagnosticAnalyzer, new();
