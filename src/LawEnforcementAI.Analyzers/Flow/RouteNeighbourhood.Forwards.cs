using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The forward half of the walk: what a followed body (or the values a body was asked for) calls, the implementations
/// an interface or virtual call may run, and the functions it holds; each token it reads is handed to the backward half.
/// </summary>
internal sealed partial class RouteNeighbourhood
{
    /// <summary>Every fact of a body the type's requests may depend on: its own members, callees, held functions.</summary>
    private void Follow(MethodSummary summary)
    {
        foreach (var call in summary.Calls)
        {
            Forward(call);
        }

        foreach (var function in SummaryTokens.Functions(summary))
        {
            Held(function);
        }

        foreach (var token in SummaryTokens.Of(summary))
        {
            Writers(token);
        }

        // A function stored in a field or event is invoked by whoever reads it: its parameters get their arguments there.
        foreach (var write in summary.Writes)
        {
            if (!write.Value.Functions.IsEmpty)
            {
                Mentioning(write.Member.Name, RouteDemand.ReadersOf(write.Member));
            }
        }
    }

    /// <summary>
    /// The facts of the values a body was asked for (<see cref="RouteDemand"/>): their tokens, the calls whose results
    /// they hold with those calls' own arguments, and the functions they carry.
    /// </summary>
    private void FollowValues(MethodSummary summary, IReadOnlyList<FlowValue> values)
    {
        var calls = new HashSet<CallSite>();
        var pending = new Queue<FlowValue>(values);
        while (pending.Count > 0)
        {
            var value = pending.Dequeue();
            foreach (var function in value.Functions)
            {
                Held(function);
            }

            foreach (var token in SummaryTokens.Read(value).Concat(SummaryTokens.Read(value.InFile)))
            {
                Writers(token);
                if (SiteOf(token) is { } site && calls.Add(site))
                {
                    Forward(site);
                    foreach (var argument in site.Arguments.Values.Append(site.DelegateTarget))
                    {
                        pending.Enqueue(argument);
                    }
                }
            }
        }

        // Stored functions are invoked by the readers of their member (as in Follow).
        foreach (var write in summary.Writes)
        {
            if (!write.Value.Functions.IsEmpty && values.Contains(write.Value))
            {
                Mentioning(write.Member.Name, RouteDemand.ReadersOf(write.Member));
            }
        }
    }

    private static CallSite? SiteOf(FlowToken token) => token switch
    {
        CallToken call => call.Site,
        CallFileToken file => file.Site,
        _ => null,
    };

    private void Forward(CallSite call)
    {
        if (call.Callee is { } callee)
        {
            Visit(callee.PartialImplementationPart ?? callee);
            Implementations(callee);
        }
    }

    private void Held(IMethodSymbol function)
    {
        Visit(function.OriginalDefinition);
        if (function.MethodKind is MethodKind.AnonymousFunction or MethodKind.LocalFunction)
        {
            Visit(function.ContainingSymbol);
        }
    }

    /// <summary>
    /// The bodies a call to <paramref name="declared"/> may run, found among the members of that name. What each declaration
    /// implements is kept across compilations of the same declarations, so the next walk passes the others by.
    /// </summary>
    private void Implementations(IMethodSymbol declared)
    {
        declared = declared.OriginalDefinition;
        if (!(declared.IsAbstract || declared.IsVirtual || declared.IsOverride || declared.ContainingType?.TypeKind == TypeKind.Interface)
            || !_walkedImplementations.Add(declared))
        {
            return;
        }

        var id = SummaryAnswers.IdOf(declared);
        var summaries = _context.Caches.Summaries;
        foreach (var (tree, position) in _context.RelevantMembers.Naming(declared.Name, declared: true))
        {
            if (id is not null && summaries.TryGetImplementsAt(tree, _context.SummaryEpoch, position, out var kept) && !kept!.Contains(id))
            {
                continue;
            }

            var implemented = ImmutableHashSet.CreateBuilder<string>();
            var named = true;
            foreach (var symbol in DeclaredMembers.At(_compilation, tree, position, _cancellationToken))
            {
                var declarations = symbol is IMethodSymbol method ? ImplementationMap.DeclarationsImplementedBy(method).ToList() : new List<IMethodSymbol>();
                if (declarations.Contains(declared, SymbolEqualityComparer.Default))
                {
                    Visit(symbol);
                }

                foreach (var implementedDeclaration in declarations)
                {
                    if (SummaryAnswers.IdOf(implementedDeclaration) is { } implementedId)
                    {
                        implemented.Add(implementedId);
                    }
                    else
                    {
                        named = false;
                    }
                }
            }

            if (named)
            {
                summaries.AddImplementsAt(tree, _context.SummaryEpoch, position, implemented.ToImmutable());
            }
        }
    }
}
