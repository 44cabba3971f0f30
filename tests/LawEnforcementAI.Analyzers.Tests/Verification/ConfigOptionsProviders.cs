// Not used by the tests any more (options reach the analyzers through Microsoft.CodeAnalysis.Testing and
// Testing/DirectAnalysis.cs): kept because bench/LawEnforcementAI.Analyzers.Benchmarks links this file by path and builds
// its analyzer options with it. The test projects exclude it.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LawEnforcementAI.Analyzers.Tests.Verification;

/// <summary>
/// Analyzer options from a real <see cref="AnalyzerConfigSet"/>, looked up by file path, the way csc builds them.
/// </summary>
/// <remarks>
/// Observed with Microsoft.CodeAnalysis 4.8 (pinned by <c>VerifierSelfTests.ConfigSet_PerPathOptionsAlreadyContain…</c>):
/// <c>GetOptionsForSourcePath</c> already merges the global config into the per-path result: its top-level keys (so
/// <c>build_property.X</c>) and its matching path sections, below the editorconfig keys, which win.
/// <c>GlobalConfigOptions</c> holds only the global top-level keys. The explicit layering here is therefore a no-op
/// today; it keeps global keys visible per tree should a Roslyn version stop merging them.
/// </remarks>
public sealed class ConfigSetOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigSet _set;
    private readonly LayeredConfigOptions _global;

    public ConfigSetOptionsProvider(AnalyzerConfigSet set)
    {
        _set = set;
        _global = new LayeredConfigOptions(set.GlobalConfigOptions.AnalyzerOptions, ImmutableDictionary<string, string>.Empty);
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => ForPath(tree.FilePath);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => ForPath(textFile.Path);

    private LayeredConfigOptions ForPath(string path) =>
        new(_set.GetOptionsForSourcePath(path).AnalyzerOptions, _set.GlobalConfigOptions.AnalyzerOptions);
}

/// <summary>Keys of <c>primary</c> shadow keys of <c>fallback</c>; key comparison is case-insensitive like Roslyn's.</summary>
public sealed class LayeredConfigOptions(
    ImmutableDictionary<string, string> primary,
    ImmutableDictionary<string, string> fallback) : AnalyzerConfigOptions
{
    public override IEnumerable<string> Keys => primary.Keys.Union(fallback.Keys, KeyComparer);

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
        primary.TryGetValue(key, out value) || fallback.TryGetValue(key, out value);
}

/// <summary>
/// Severities (<c>dotnet_diagnostic.ID.severity</c>) and <c>generated_code</c> from the config set, which csc passes
/// through <see cref="CompilationOptions.SyntaxTreeOptionsProvider"/> rather than through analyzer options.
/// </summary>
/// <remarks>
/// Descriptors that are disabled by default are turned on here, as a global fallback, instead of through
/// <c>SpecificDiagnosticOptions</c>: a specific option overrides editorconfig, and a specific <c>Default</c> entry is
/// how the compiler spells <c>/warnaserror-:ID</c>, which stops editorconfig from raising a warning to an error.
/// </remarks>
public sealed class ConfigSetSyntaxTreeOptionsProvider : SyntaxTreeOptionsProvider
{
    private readonly AnalyzerConfigSet _set;
    private readonly ImmutableDictionary<string, ReportDiagnostic> _fallbackSeverities;
    private readonly Dictionary<SyntaxTree, AnalyzerConfigOptionsResult> _treeResults;

    public ConfigSetSyntaxTreeOptionsProvider(
        AnalyzerConfigSet set,
        IEnumerable<SyntaxTree> trees,
        ImmutableDictionary<string, ReportDiagnostic> fallbackSeverities)
    {
        _set = set;
        _fallbackSeverities = fallbackSeverities;
        _treeResults = trees.ToDictionary(t => t, t => set.GetOptionsForSourcePath(t.FilePath));
    }

    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (!ResultFor(tree).AnalyzerOptions.TryGetValue("generated_code", out var value))
        {
            return GeneratedKind.Unknown;
        }

        return value.Trim().ToLowerInvariant() switch
        {
            "true" => GeneratedKind.MarkedGenerated,
            "false" => GeneratedKind.NotGenerated,
            _ => GeneratedKind.Unknown,
        };
    }

    public override bool TryGetDiagnosticValue(
        SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        ResultFor(tree).TreeOptions.TryGetValue(diagnosticId, out severity);

    public override bool TryGetGlobalDiagnosticValue(
        string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        _set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity)
        || _fallbackSeverities.TryGetValue(diagnosticId, out severity);

    // Trees created later (e.g. by a generator) still resolve through the set.
    private AnalyzerConfigOptionsResult ResultFor(SyntaxTree tree) =>
        _treeResults.TryGetValue(tree, out var result) ? result : _set.GetOptionsForSourcePath(tree.FilePath);
}

/// <summary>An additional file held in memory, so tests never touch the disk.</summary>
public sealed class InMemoryAdditionalText(string path, string content) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(content);
}
