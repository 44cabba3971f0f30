using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The declaration IDs a kept summary can answer a <see cref="RouteDemand"/> about: the methods it calls or holds as
/// delegates and the members it writes or reads. A document's neighbourhood offers it every body that names a shared
/// name (each module's <c>DescribeAsync</c>); checking these IDs first spares rebuilding the summaries of the modules
/// that only share the name. Null when some of them has no ID: the summary is then rebuilt and asked.
/// </summary>
internal static class SummaryAnswers
{
    public static ImmutableHashSet<string>? Of(MethodSummary? summary)
    {
        if (summary is null)
        {
            return ImmutableHashSet<string>.Empty;
        }

        var symbols = summary.Calls.Select(c => c.Callee).OfType<IMethodSymbol>().Cast<ISymbol>()
            .Concat(summary.Writes.Select(w => w.Member))
            .Concat(SummaryTokens.Functions(summary).Where(f => f.MethodKind is not (MethodKind.AnonymousFunction or MethodKind.LocalFunction)))
            .Concat(SummaryTokens.Of(summary).OfType<MemberToken>().Select(m => m.Member));
        var ids = ImmutableHashSet.CreateBuilder<string>();
        foreach (var symbol in symbols)
        {
            if (IdOf(symbol) is not { } id)
            {
                return null;
            }

            ids.Add(id);
        }

        return ids.ToImmutable();
    }

    /// <summary>The ID a demand and a kept summary both name a symbol by: its original definition's declaration ID.</summary>
    public static string? IdOf(ISymbol symbol) =>
        DocumentationCommentId.CreateDeclarationId(symbol.OriginalDefinition) is { Length: > 0 } id ? id : null;

    /// <summary>Whether a summary with <paramref name="answers"/> may answer a demand about <paramref name="asked"/>.</summary>
    public static bool MayAnswer(ImmutableHashSet<string>? answers, IReadOnlyCollection<string>? asked) =>
        answers is null || asked is null || asked.Any(answers.Contains);
}
