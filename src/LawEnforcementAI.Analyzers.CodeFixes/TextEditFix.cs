using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace LawEnforcementAI.Analyzers.CodeFixes;

/// <summary>
/// A fix that is one text edit per diagnostic. Fix All gathers the edits of a whole document, drops repeats (two
/// diagnostics asking for the same edit) and applies them at once, so it never depends on the order of the diagnostics.
/// </summary>
public abstract class TextEditFix : CodeFixProvider
{
    private protected abstract string Title(Diagnostic diagnostic);

    private protected abstract string EquivalenceKey { get; }

    /// <summary>The edit that fixes <paramref name="diagnostic"/>, or null when this fix does not apply to it.</summary>
    private protected abstract TextChange? Edit(SyntaxNode root, SourceText text, Diagnostic diagnostic);

    public sealed override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) => (Document?)await ApplyAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Location.IsInSource || Edit(root, text, diagnostic) is null)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(Title(diagnostic), ct => ApplyAsync(document, ImmutableArray.Create(diagnostic), ct), EquivalenceKey),
                diagnostic);
        }
    }

    private async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var edits = diagnostics
            .Where(d => d.Location.IsInSource)
            .Select(d => Edit(root, text, d))
            .OfType<TextChange>()
            .Distinct()
            .ToList();
        return document.WithText(text.WithChanges(MergeInsertions(edits)));
    }

    /// <summary>
    /// Insertions at one position (two rules suppressed on the same member) become one, in a fixed order; any other
    /// overlap keeps the first edit, and the next Fix All pass takes the rest.
    /// </summary>
    private static IEnumerable<TextChange> MergeInsertions(List<TextChange> edits)
    {
        var merged = new List<TextChange>();
        foreach (var group in edits.GroupBy(e => e.Span).OrderBy(g => g.Key.Start).ThenBy(g => g.Key.End))
        {
            var texts = group.Select(e => e.NewText ?? string.Empty).OrderBy(t => t, StringComparer.Ordinal);
            var edit = new TextChange(group.Key, group.Key.IsEmpty ? string.Concat(texts) : texts.First());
            if (merged.Count == 0 || merged[merged.Count - 1].Span.End <= edit.Span.Start)
            {
                merged.Add(edit);
            }
        }

        return merged;
    }
}
