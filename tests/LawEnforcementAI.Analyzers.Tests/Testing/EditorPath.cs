using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers.Tests.Testing;

/// <summary>
/// What an editor shows for an open document, against what a build reports. The editor's squiggles come from that
/// document's own analysis (<see cref="CompilationWithAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(SemanticModel, Microsoft.CodeAnalysis.Text.TextSpan?, CancellationToken)"/>):
/// compilation-end actions do not run there and diagnostics located in other files are not included
/// (docs/flow.md, "Editor and build"). Each document is analysed on a fresh copy of the compilation, one at a time,
/// so nothing a build or another document computed reaches its result but the member summaries the IDE keeps across
/// compilations too (docs/flow.md, "Kept warm across edits"): the later documents rebuild the earlier ones' summaries.
/// </summary>
public static class EditorPath
{
    /// <summary>
    /// The live rules whose findings must agree between editor and build (build == each document's own analysis): the frame rules, images
    /// of unknown origin, the prompt rules and LEAI005 (per call of an Azure AI Face recognition operation).
    /// </summary>
    public static readonly ImmutableHashSet<string> FlowRules = ImmutableHashSet.Create("LEAI001", "LEAI002", "LEAI003", "LEAI004", "LEAI005", "LEAI007");

    public static async Task<EditorPathResult> CompareAsync(
        Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, CancellationToken cancellationToken = default)
    {
        var build = await compilation.Clone().WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        var perDocument = new List<Diagnostic>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            // A fresh compilation per document (Clone shares the trees, not the symbols or the per-compilation
            // analysis state): the editor analyses an open document without anything a build computed.
            var fresh = compilation.Clone();
            var analysis = fresh.WithAnalyzers(analyzers, options);
            var model = fresh.GetSemanticModel(tree);
            perDocument.AddRange(await analysis.GetAnalyzerSemanticDiagnosticsAsync(model, null, cancellationToken).ConfigureAwait(false));
        }

        return new EditorPathResult(Keys(build, FlowRules), Keys(perDocument, FlowRules));
    }

    /// <summary>A diagnostic as a user compares them: rule, file, span of the squiggle and of each route location.</summary>
    public static string Key(Diagnostic diagnostic) =>
        string.Join(
            " ",
            new[] { diagnostic.Id, Render(diagnostic.Location) }.Concat(diagnostic.AdditionalLocations.Select(Render)));

    private static string Render(Location location)
    {
        var span = location.GetLineSpan();
        return string.Create(CultureInfo.InvariantCulture, $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})");
    }

    private static ImmutableArray<string> Keys(IEnumerable<Diagnostic> diagnostics, ImmutableHashSet<string> rules) =>
        [.. diagnostics.Where(d => !d.IsSuppressed && rules.Contains(d.Id)).Select(Key).OrderBy(k => k, StringComparer.Ordinal)];
}

/// <summary>
/// The live findings of a build and of the documents' own analyses, as <see cref="EditorPath.Key"/> strings.
/// </summary>
public sealed class EditorPathResult(ImmutableArray<string> build, ImmutableArray<string> perDocument)
{
    public ImmutableArray<string> Build { get; } = build;

    /// <summary>The union of every document's own analysis: what the editor shows, document by document.</summary>
    public ImmutableArray<string> PerDocument { get; } = perDocument;

    /// <summary>Live-rule findings a build reports that no open document shows: never allowed.</summary>
    public ImmutableArray<string> MissingFromDocuments { get; } = [.. build.Except(perDocument, StringComparer.Ordinal)];

    /// <summary>Findings only the editor shows: never allowed.</summary>
    public ImmutableArray<string> EditorOnly { get; } = [.. perDocument.Except(build, StringComparer.Ordinal)];

    /// <summary>Fails unless the build's live (LEAI001 to LEAI004) findings are exactly the union of the documents' own.</summary>
    public void AssertAgree()
    {
        if (!EditorOnly.IsEmpty)
        {
            throw new Xunit.Sdk.XunitException("Findings in a document's own analysis that the build does not report:" + Environment.NewLine + string.Join(Environment.NewLine, EditorOnly));
        }

        if (!MissingFromDocuments.IsEmpty)
        {
            throw new Xunit.Sdk.XunitException("Build findings of live rules missing from their document's own analysis:" + Environment.NewLine + string.Join(Environment.NewLine, MissingFromDocuments));
        }
    }
}
