using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Fills in the tokens of all method summaries of one compilation with a worklist fixed point, then decides the
/// requests that were waiting for it. Returns are context sensitive at the call site (a helper returns what that caller
/// gave it); parameters, fields and events hold the union over the whole program. Cycles and recursion terminate
/// because values only grow and origins are bounded; long routes are cut at the hop bound, never dropped.
/// </summary>
internal sealed partial class ProgramFlowSolver
{
    private readonly IReadOnlyList<MethodSummary> _summaries;
    private readonly int _maxHops;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<IMethodSymbol, FlowValue> _returns = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IParameterSymbol, FlowValue> _outValues = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, List<MemberWrite>> _writes = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IMethodSymbol, List<CallSite>> _callsTo = new(SymbolEqualityComparer.Default);
    private readonly List<CallSite> _delegateCalls = new();
    private readonly ImplementationMap _implementations;
    private readonly Dictionary<FlowToken, FlowValue> _values = new();
    private readonly Dictionary<FlowToken, List<FlowToken>> _dependents = new();
    private FlowToken? _computing;

    public ProgramFlowSolver(IReadOnlyList<MethodSummary> summaries, int maxHops, CancellationToken cancellationToken)
    {
        _summaries = summaries;
        _maxHops = maxHops;
        _cancellationToken = cancellationToken;
        foreach (var summary in summaries)
        {
            foreach (var entry in summary.Returns)
            {
                _returns[entry.Key] = _returns.TryGetValue(entry.Key, out var existing) ? existing.Union(entry.Value) : entry.Value;
            }

            foreach (var entry in summary.OutValues)
            {
                _outValues[entry.Key] = entry.Value;
            }

            foreach (var write in summary.Writes)
            {
                GetOrAdd(_writes, write.Member).Add(write);
            }

            foreach (var call in summary.Calls)
            {
                if (call.Callee is null)
                {
                    _delegateCalls.Add(call);
                }
                else
                {
                    GetOrAdd(_callsTo, call.Callee).Add(call);
                }
            }
        }

        _implementations = new ImplementationMap(summaries.SelectMany(s => s.Returns.Keys.Append(s.Owner as IMethodSymbol)).OfType<IMethodSymbol>());
    }

    /// <summary>Every request that receives camera frames once the program is solved, in source order.</summary>
    public ImmutableArray<SinkFinding> Solve()
    {
        SolveTokens();
        var findings = ImmutableArray.CreateBuilder<SinkFinding>();
        foreach (var summary in _summaries)
        {
            foreach (var sink in summary.Sinks)
            {
                var request = Settle(Resolve(sink.Request));
                var client = Resolve(sink.Client);
                if (request.HasFrames && !MethodFlowAnalysis.TargetsOnlyNonAzure(sink.Client.IsEmpty ? null : client))
                {
                    findings.Add(new SinkFinding(sink.Location, sink.SinkName, MethodFlowAnalysis.Sorted(request.Frames)));
                }
            }
        }

        return findings.ToImmutable();
    }

    private void SolveTokens()
    {
        var queue = new Queue<FlowToken>();
        var queued = new HashSet<FlowToken>();
        foreach (var token in AllTokens())
        {
            if (queued.Add(token))
            {
                queue.Enqueue(token);
            }
        }

        while (queue.Count > 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var token = queue.Dequeue();
            queued.Remove(token);
            _computing = token;
            var value = Compute(token);
            _computing = null;
            _values.TryGetValue(token, out var before);
            var after = before.Union(value);
            if (!after.GrewFrom(before))
            {
                continue;
            }

            _values[token] = after;
            if (_dependents.TryGetValue(token, out var dependents))
            {
                foreach (var dependent in dependents)
                {
                    if (queued.Add(dependent))
                    {
                        queue.Enqueue(dependent);
                    }
                }
            }
        }
    }

    /// <summary>The concrete value of <paramref name="value"/>: its own facts plus what each of its tokens holds.</summary>
    private FlowValue Resolve(FlowValue value)
    {
        var result = value.WithoutTokens();
        foreach (var token in value.Tokens)
        {
            result = result.Union(ValueOf(token));
        }

        return result;
    }

    private FlowValue ValueOf(FlowToken token)
    {
        if (_computing is { } reader)
        {
            var dependents = GetOrAdd(_dependents, token);
            if (!dependents.Contains(reader))
            {
                dependents.Add(reader);
            }
        }

        return _values.TryGetValue(token, out var value) ? value : FlowValue.Empty;
    }

    private FlowValue Settle(FlowValue value) =>
        value.Frames.Any(o => o.DeviceValue is not null)
            ? value.MapFrames(o => o.DeviceValue is { } device ? o.WithDevice(Resolve(device).WithoutTokens()) : o, keepTokens: false)
            : value;

    private IEnumerable<FlowToken> AllTokens()
    {
        foreach (var summary in _summaries)
        {
            foreach (var value in SummaryValues(summary))
            {
                foreach (var token in value.Tokens)
                {
                    yield return token;
                }

                foreach (var origin in value.Frames)
                {
                    if (origin.DeviceValue is { } device)
                    {
                        foreach (var token in device.Tokens)
                        {
                            yield return token;
                        }
                    }
                }
            }
        }
    }

    private static IEnumerable<FlowValue> SummaryValues(MethodSummary summary) =>
        summary.Returns.Values
            .Concat(summary.OutValues.Values)
            .Concat(summary.Writes.Select(w => w.Value))
            .Concat(summary.Calls.SelectMany(c => c.Arguments.Values.Append(c.DelegateTarget)))
            .Concat(summary.Sinks.SelectMany(s => new[] { s.Request, s.Client }));

    private static List<TValue> GetOrAdd<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = new List<TValue>();
            map.Add(key, list);
        }

        return list;
    }
}
