using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Why <see cref="RouteNeighbourhood"/> looks at a body it found by name: the calls to some methods, the writes to a
/// member, the writes to a service. Names are shared (every module of a service program has its <c>DescribeAsync</c>,
/// its <c>_chat</c> field), so a body found by name joins the neighbourhood only when it does what was asked, and only
/// the values of those calls and writes are followed further; the rest of the body cannot reach the type's requests.
/// A body that holds one of the methods as a delegate may invoke it anywhere: it is followed whole.
/// </summary>
internal sealed class RouteDemand
{
    private readonly HashSet<IMethodSymbol> _callees;
    private readonly ISymbol? _member;
    private readonly ServiceToken? _service;
    private readonly MemberToken? _read;
    private IReadOnlyCollection<string>? _ids;

    private RouteDemand(IEnumerable<IMethodSymbol> callees, ISymbol? member, ServiceToken? service, MemberToken? read = null)
    {
        _callees = new HashSet<IMethodSymbol>(callees.Select(c => c.OriginalDefinition), SymbolEqualityComparer.Default);
        _member = member?.OriginalDefinition;
        _service = service;
        _read = read;
    }

    /// <summary>
    /// The declaration IDs of what the demand asks about, for <see cref="MethodAnalyses.MayAnswer"/>; null when a
    /// service is asked for (services are named by type and container, not by an ID the summary keeps).
    /// </summary>
    public IReadOnlyCollection<string>? Ids => _ids ??= ComputeIds();

    private IReadOnlyCollection<string>? ComputeIds()
    {
        if (_service is not null)
        {
            return null;
        }

        var ids = new List<string>();
        foreach (var symbol in _callees.Cast<ISymbol>().Concat(new[] { _member, _read?.Member }.OfType<ISymbol>()))
        {
            if (SummaryAnswers.IdOf(symbol) is not { } id)
            {
                return null;
            }

            ids.Add(id);
        }

        return ids;
    }

    /// <summary>The calls to <paramref name="callees"/> (a method and the declarations it implements): their arguments.</summary>
    public static RouteDemand CallsTo(IEnumerable<IMethodSymbol> callees) => new(callees, null, null);

    /// <summary>The writes to <paramref name="member"/>, and the calls to <paramref name="constructors"/> that write it implicitly.</summary>
    public static RouteDemand WritesOf(ISymbol member, IEnumerable<IMethodSymbol> constructors) => new(constructors, member, null);

    /// <summary>What is registered as, or written into, <paramref name="service"/>.</summary>
    public static RouteDemand WritesInto(ServiceToken service) => new(Enumerable.Empty<IMethodSymbol>(), null, service);

    /// <summary>The readers of <paramref name="member"/>, which holds functions: a reader may invoke them anywhere in its body.</summary>
    public static RouteDemand ReadersOf(ISymbol member) => new(Enumerable.Empty<IMethodSymbol>(), null, null, new MemberToken(member));

    /// <summary>
    /// Whether <paramref name="summary"/> must be followed whole: it holds one of the methods as a delegate, or reads the
    /// member whose functions it may invoke.
    /// </summary>
    public bool WantsWhole(MethodSummary summary) =>
        (_callees.Count > 0 && SummaryTokens.Functions(summary).Any(f => _callees.Contains(f.OriginalDefinition)))
        || (_read is not null && SummaryTokens.Of(summary).Contains(_read));

    /// <summary>The values of <paramref name="summary"/> that answer the demand; empty when the body does none of it.</summary>
    public IReadOnlyList<FlowValue> ValuesIn(MethodSummary summary)
    {
        var values = new List<FlowValue>();
        if (_callees.Count > 0)
        {
            foreach (var call in summary.Calls)
            {
                if (call.Callee is { } callee && _callees.Contains(callee.OriginalDefinition))
                {
                    values.AddRange(call.Arguments.Values);
                    values.Add(call.DelegateTarget);
                }
            }
        }

        if (_member is not null)
        {
            values.AddRange(summary.Writes.Where(w => SymbolEqualityComparer.Default.Equals(w.Member.OriginalDefinition, _member)).Select(w => w.Value));
        }

        if (_service is not null)
        {
            values.AddRange(summary.ServiceWrites.Where(w => w.Service.Equals(_service)).Select(w => w.Value));
        }

        return values;
    }
}
