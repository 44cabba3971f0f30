using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Fills in the tokens of all method summaries of one compilation with a worklist fixed point, then decides the
/// requests that were waiting for it. Returns are context sensitive at the call site (a helper returns what that caller
/// gave it); parameters, fields and events hold the union over the whole program. Cycles and recursion terminate
/// because values only grow and origins are bounded; long routes are cut at the hop bound, never dropped. The work is
/// metered (<see cref="SolverBudget"/>): if it runs out, the solver stops with what it has established.
/// </summary>
internal sealed partial class ProgramFlowSolver
{
    private readonly IReadOnlyList<MethodSummary> _summaries;
    private readonly int _maxHops;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<IMethodSymbol, FlowValue> _returns = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IParameterSymbol, FlowValue> _outValues = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IParameterSymbol, FlowValue> _parameterFiles = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, List<MemberWrite>> _writes = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<FilePath, List<FileWrite>> _fileWrites = new();
    private readonly Dictionary<ServiceToken, List<ServiceWrite>> _serviceWrites = new();
    private readonly Dictionary<IMethodSymbol, List<CallSite>> _callsTo = new(SymbolEqualityComparer.Default);
    private readonly List<CallSite> _delegateCalls = new();

    /// <summary>
    /// The delegate and event invocations known so far to run each function. Filled as the solver learns what each
    /// invoked value holds, so a parameter looks only at the invocations that reach its function: scanning every
    /// invocation of the program for every parameter made the solver quadratic in callbacks.
    /// </summary>
    private readonly Dictionary<IMethodSymbol, List<CallSite>> _invokersOf = new(SymbolEqualityComparer.Default);
    private readonly ImplementationMap _implementations;
    private readonly Dictionary<FlowToken, FlowValue> _values = new();

    /// <summary>Who read each token, in the order they first did (a list keeps the worklist deterministic; the set keeps it linear).</summary>
    private readonly Dictionary<FlowToken, (List<FlowToken> Order, HashSet<FlowToken> Members)> _dependents = new();

    /// <summary>Tokens that summaries read, and tokens the solver derived on the way (wide dispatch): each is computed.</summary>
    private readonly HashSet<FlowToken> _seen = new();
    private readonly Queue<FlowToken> _queue = new();
    private readonly HashSet<FlowToken> _queued = new();
    private readonly SolverBudget _budget;
    private readonly bool _partOfProgram;
    private FlowToken? _computing;
    private bool _joinAlternatives;

    /// <param name="partOfProgram">
    /// True when <paramref name="summaries"/> are only part of the program (one type's, for the editor): values can only
    /// grow with the rest of the program, so frames found are found by the whole-program solver too, but a client that
    /// looks provider-less here may turn out to target only a non-Azure service. Such a request is left undecided.
    /// </param>
    public ProgramFlowSolver(IReadOnlyList<MethodSummary> summaries, int maxHops, int budgetPerItem, CancellationToken cancellationToken, bool partOfProgram = false)
    {
        _partOfProgram = partOfProgram;
        _summaries = summaries;
        _maxHops = maxHops;
        _cancellationToken = cancellationToken;
        var items = 0;
        foreach (var summary in summaries)
        {
            items += 1 + summary.Returns.Count + summary.OutValues.Count + summary.Writes.Count + summary.ParameterFiles.Count + summary.FileWrites.Count
                + summary.ServiceWrites.Count + summary.Calls.Count + summary.Sinks.Count;
            foreach (var entry in summary.Returns)
            {
                _returns[entry.Key] = _returns.TryGetValue(entry.Key, out var existing) ? existing.Union(entry.Value) : entry.Value;
            }

            foreach (var entry in summary.OutValues)
            {
                _outValues[entry.Key] = entry.Value;
            }

            foreach (var entry in summary.ParameterFiles)
            {
                _parameterFiles[entry.Key] = entry.Value;
            }

            foreach (var write in summary.Writes)
            {
                _writes.GetOrAdd(write.Member).Add(write);
            }

            foreach (var write in summary.FileWrites)
            {
                _fileWrites.GetOrAdd(write.Path).Add(write);
            }

            foreach (var write in summary.ServiceWrites)
            {
                _serviceWrites.GetOrAdd(write.Service).Add(write);
            }

            foreach (var call in summary.Calls)
            {
                if (call.Callee is null)
                {
                    _delegateCalls.Add(call);
                }
                else
                {
                    _callsTo.GetOrAdd(call.Callee).Add(call);
                }
            }
        }

        _implementations = new ImplementationMap(summaries.SelectMany(s => s.Returns.Keys.Append(s.Owner as IMethodSymbol)).OfType<IMethodSymbol>());
        _budget = SolverBudget.For(items, budgetPerItem);
    }

    /// <summary>
    /// Every request that receives camera frames once the program is solved, in source order, and what each method of
    /// <paramref name="boundary"/> returns (the facts a project publishes, <see cref="FlowFacts"/>).
    /// </summary>
    public ProgramFlowResult Solve(IReadOnlyCollection<IMethodSymbol>? boundary = null)
    {
        SolveTokens();
        var findings = new List<(SinkFinding Finding, bool ProviderOnly)>();
        var undecided = ImmutableArray.CreateBuilder<Location>();
        foreach (var summary in _summaries)
        {
            foreach (var sink in summary.Sinks)
            {
                var request = Settle(Resolve(sink.Request));
                var client = Resolve(sink.Client);
                var vision = request.HasFrames && (!sink.IsRaw || ModelRequestShape.MayBeVisionRequest(request, client));
                var services = sink.Client.IsEmpty ? ProviderFacts.None : client.Provider & ProviderFacts.Endpoints;
                var reported = vision && SinkFinding.IsReported(services, sink.Intents, sink.EnrolsFaces);
                var decided = reported && SinkFinding.ReachesMicrosoft(services) && (!_partOfProgram || sink.Client.IsEmpty || MayTargetAzure(client));
                var providerOnly = SinkFinding.IsProviderOnly(services);
                if (decided)
                {
                    findings.Add((new SinkFinding(sink.Location, sink.SinkName, MethodFlowAnalysis.Sorted(request.Frames), services, sink.Intents, sink.EnrolsFaces), false));
                }
                else if (reported && !(_partOfProgram && (providerOnly || services == ProviderFacts.None)))
                {
                    // Only a named provider (or a client not known yet), which more of the program could still join with
                    // Azure: decided by the whole program (or a complete neighbourhood) run to its end, never by a part or
                    // a cut solve. Another service is a finding only for what its prompt asks (a law's rules, not
                    // Microsoft's).
                    findings.Add((new SinkFinding(sink.Location, sink.SinkName, MethodFlowAnalysis.Sorted(request.Frames), services, sink.Intents, sink.EnrolsFaces), providerOnly));
                }

                // With images of unknown origin only, a camera frame the cut lost may still be missing.
                if (!decided || request.Frames.All(o => o.IsUnknownOrigin))
                {
                    undecided.Add(sink.Location);
                }
            }
        }

        var returns = ImmutableDictionary.CreateBuilder<IMethodSymbol, FlowValue>(SymbolEqualityComparer.Default);
        foreach (var method in boundary ?? System.Array.Empty<IMethodSymbol>())
        {
            if (_returns.TryGetValue(method, out var value))
            {
                returns[method] = Settle(Resolve(value));
            }
        }

        var spent = _budget.IsSpent;
        var kept = findings.Where(f => !f.ProviderOnly || !spent).Select(f => f.Finding).ToImmutableArray();
        return new ProgramFlowResult(kept, spent ? new SolverCut(_budget, undecided.ToImmutable()) : null, returns.ToImmutable());
    }

    /// <summary>Evidence no other part of the program can take away: the client may reach Azure (or a service it cannot tell).</summary>
    private static bool MayTargetAzure(FlowValue client) => (client.Provider & (ProviderFacts.Azure | ProviderFacts.Unknown)) != 0;

    /// <summary>The concrete value of <paramref name="value"/>: its own facts plus what each of its tokens holds.</summary>
    private FlowValue Resolve(FlowValue value) => value.WithoutTokens().Union(ReplaceTokens(value, ValueOf));

    /// <summary>What <paramref name="token"/> holds so far; the token being computed is recomputed when it grows.</summary>
    private FlowValue ValueOf(FlowToken token)
    {
        if (!_seen.Contains(token))
        {
            Enqueue(token);
        }

        if (_computing is { } reader)
        {
            if (!_dependents.TryGetValue(token, out var dependents))
            {
                dependents = (new List<FlowToken>(), new HashSet<FlowToken>());
                _dependents.Add(token, dependents);
            }

            if (dependents.Members.Add(reader))
            {
                dependents.Order.Add(reader);
            }
        }

        var value = _values.TryGetValue(token, out var known) ? known : FlowValue.Empty;
        _budget.TrySpend(1 + value.Frames.Length + value.Functions.Length + value.Tokens.Length);
        return value;
    }

    private FlowValue Settle(FlowValue value) =>
        value.SettleDevices(o => o.DeviceValue is not null, o => Resolve(o.DeviceValue!.Value).WithoutTokens(), keepTokens: false);

    private IEnumerable<FlowToken> AllTokens() => _summaries.SelectMany(SummaryTokens.Of);
}
