using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The whole program's requests, solved once per compilation: the summaries of every analysed member body solved
/// together. A build (an analysis of the whole compilation) reports each type's requests from here. The bodies are
/// analysed by whichever analysis threads ask, each starting at a different member, so they share the work instead of
/// waiting for one of them.
/// </summary>
internal sealed class ProgramFindings
{
    private readonly CompilationContext _context;
    private readonly Compilation _compilation;
    private readonly object _gate = new();
    private ImmutableArray<ISymbol> _members;
    private int _askers;
    private Solved? _solved;

    public ProgramFindings(CompilationContext context, Compilation compilation)
    {
        _context = context;
        _compilation = compilation;
    }

    /// <summary>What the solver established for the whole program, and whether it was cut short.</summary>
    public ProgramFlowResult Result(CancellationToken cancellationToken) => Solve(cancellationToken).Result;

    /// <summary>The summaries the program was solved with.</summary>
    public IReadOnlyList<MethodSummary> Summaries(CancellationToken cancellationToken) => Solve(cancellationToken).Summaries;

    /// <summary>The findings for these requests (the sinks of one type's members).</summary>
    public IEnumerable<SinkFinding> At(IEnumerable<Location> requests, CancellationToken cancellationToken)
    {
        var solved = Solve(cancellationToken);
        foreach (var request in requests)
        {
            if (solved.ByRequest.TryGetValue(request, out var finding))
            {
                yield return finding;
            }
        }
    }

    private Solved Solve(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _solved) is { } solved)
        {
            return solved;
        }

        var members = Members(cancellationToken);
        var start = Interlocked.Increment(ref _askers) * 7919 % System.Math.Max(members.Length, 1);
        for (var i = 0; i < members.Length; i++)
        {
            _context.MethodAnalyses.Of(members[(start + i) % members.Length], cancellationToken);
        }

        lock (_gate)
        {
            if (_solved is null)
            {
                var flow = new ProgramFlow();
                var summaries = new List<MethodSummary>();
                foreach (var member in members)
                {
                    if (_context.MethodAnalyses.Of(member, cancellationToken).Summary is { } summary)
                    {
                        flow.Add(summary);
                        summaries.Add(summary);
                    }
                }

                var settings = _context.FlowOptions;
                var result = flow.Solve(settings.MaxHops, settings.SolverBudget, cancellationToken);
                Volatile.Write(ref _solved, new Solved(result, summaries));
            }

            return _solved!;
        }
    }

    /// <summary>Every member of the compilation's own types whose body is analysed (<see cref="RelevantMembers"/>).</summary>
    private ImmutableArray<ISymbol> Members(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_members.IsDefault)
            {
                var members = ImmutableArray.CreateBuilder<ISymbol>();
                foreach (var type in SourceTypes.Of(_compilation, cancellationToken))
                {
                    foreach (var member in type.GetMembers())
                    {
                        if (member is not INamedTypeSymbol && _context.RelevantMembers.Covers(member))
                        {
                            members.Add(member);
                        }
                    }
                }

                _members = members.ToImmutable();
            }

            return _members;
        }
    }

    private sealed class Solved
    {
        public Solved(ProgramFlowResult result, IReadOnlyList<MethodSummary> summaries)
        {
            Result = result;
            Summaries = summaries;
            ByRequest = result.Findings.GroupBy(f => f.Location).ToDictionary(g => g.Key, g => g.First());
        }

        public ProgramFlowResult Result { get; }

        public IReadOnlyList<MethodSummary> Summaries { get; }

        public Dictionary<Location, SinkFinding> ByRequest { get; }
    }
}
