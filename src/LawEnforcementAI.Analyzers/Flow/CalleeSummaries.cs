using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Summaries of members outside the analysed type, computed on demand from their syntax and cached for the compilation:
/// the methods a type calls into or holds as delegates, and the members of another type that write a field or property it reads. This is
/// how a type's analysis, which the editor runs for an open document, sees a frame returned by a helper of another
/// class (the interprocedural pattern of the .NET taint rules, bounded the same way: <see cref="MaxDepth"/> levels).
/// Adding summaries only adds facts, so whatever the bounded set establishes the whole program establishes too.
/// </summary>
internal sealed class CalleeSummaries
{
    /// <summary>Levels of callees (and of writers of what they read) followed from the type's own members.</summary>
    public const int MaxDepth = 3;

    private readonly CompilationContext _context;
    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<MethodSummary>> _cache = new(SymbolEqualityComparer.Default);

    public CalleeSummaries(CompilationContext context)
    {
        _context = context;
    }

    /// <summary>
    /// The summaries outside <paramref name="type"/> that <paramref name="own"/> reaches within <see cref="MaxDepth"/>
    /// levels, in a stable order.
    /// </summary>
    public IReadOnlyList<MethodSummary> Reachable(INamedTypeSymbol type, IReadOnlyList<MethodSummary> own, CancellationToken cancellationToken)
    {
        var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var result = new List<MethodSummary>();
        var frontier = own;
        for (var depth = 0; depth < MaxDepth && frontier.Count > 0; depth++)
        {
            var next = new List<MethodSummary>();
            foreach (var member in Referenced(frontier))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (IsInside(member, type) || !_context.Declares(member) || !visited.Add(member))
                {
                    continue;
                }

                next.AddRange(SummariesOf(member, cancellationToken));
            }

            result.AddRange(next);
            frontier = next;
        }

        return result;
    }

    private static bool IsInside(ISymbol member, INamedTypeSymbol type)
    {
        for (var container = member.ContainingType; container is not null; container = container.ContainingType)
        {
            if (SymbolEqualityComparer.Default.Equals(container, type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The members whose bodies can add facts to these summaries: callees, and the writers of members read.</summary>
    private IEnumerable<ISymbol> Referenced(IReadOnlyList<MethodSummary> summaries)
    {
        foreach (var summary in summaries)
        {
            foreach (var call in summary.Calls)
            {
                if (call.Callee is { } callee)
                {
                    yield return callee.PartialImplementationPart ?? callee;
                }
            }

            foreach (var function in SummaryTokens.Functions(summary))
            {
                yield return function.OriginalDefinition;
            }

            foreach (var token in SummaryTokens.Of(summary))
            {
                if (token is MemberToken { Member: var read })
                {
                    foreach (var writer in WritersOf(read))
                    {
                        yield return writer;
                    }
                }
            }
        }
    }

    /// <summary>Members of the declaring type whose syntax names <paramref name="member"/>: a cheap, generous filter.</summary>
    private static IEnumerable<ISymbol> WritersOf(ISymbol member)
    {
        if (member.ContainingType is not { } declaring)
        {
            yield break;
        }

        foreach (var candidate in declaring.GetMembers())
        {
            if (candidate is IMethodSymbol or IFieldSymbol or IPropertySymbol && !candidate.IsImplicitlyDeclared
                && (SymbolEqualityComparer.Default.Equals(candidate, member) || candidate.DeclaringSyntaxReferences.Any(r => Names(r.GetSyntax(), member.Name))))
            {
                yield return candidate;
            }
        }
    }

    private static bool Names(SyntaxNode node, string name) =>
        node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText == name);

    private ImmutableArray<MethodSummary> SummariesOf(ISymbol member, CancellationToken cancellationToken) =>
        _cache.GetOrAdd(member, m => Compute(m, cancellationToken));

    private ImmutableArray<MethodSummary> Compute(ISymbol member, CancellationToken cancellationToken) =>
        _context.MethodAnalyses.Of(member, cancellationToken).Summary is { } summary
            ? ImmutableArray.Create(summary)
            : ImmutableArray<MethodSummary>.Empty;
}
