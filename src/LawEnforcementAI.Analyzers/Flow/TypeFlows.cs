using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// What one type's requests receive, decided in a document's own analysis: the type's member summaries solved together
/// with those of its <see cref="RouteNeighbourhood"/>, every body elsewhere that can add a fact to them. The live
/// analyzer reports these findings for an open document (and, when the neighbourhood's solve is cut short, what the
/// type's own summaries decide alone); a build asks the whole program instead
/// (<see cref="ProgramFindings"/>), and comes here only for the requests a solver cut left undecided.
/// </summary>
internal sealed class TypeFlows
{
    private readonly CompilationContext _context;
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<INamedTypeSymbol, Lazy<ImmutableArray<SinkFinding>>> _cache = new(SymbolEqualityComparer.Default);

    public TypeFlows(CompilationContext context, Compilation compilation)
    {
        _context = context;
        _compilation = compilation;
    }

    /// <summary>
    /// The requests sent by <paramref name="type"/>'s own members that receive frames. <paramref name="own"/> must be the
    /// summaries of every member body whose <see cref="TypeScope.Owner"/> is the type: both callers gather exactly those.
    /// </summary>
    public ImmutableArray<SinkFinding> FindingsOf(INamedTypeSymbol type, IReadOnlyList<MethodSummary> own, CancellationToken cancellationToken)
    {
        var entry = _cache.GetOrAdd(type, _ => new Lazy<ImmutableArray<SinkFinding>>(() => Solve(type, own, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return entry.Value;
        }
        catch (OperationCanceledException)
        {
            _cache.TryRemove(type, out _);
            throw;
        }
    }

    private ImmutableArray<SinkFinding> Solve(INamedTypeSymbol type, IReadOnlyList<MethodSummary> own, CancellationToken cancellationToken)
    {
        if (!own.Any(s => s.Sinks.Count > 0))
        {
            return ImmutableArray<SinkFinding>.Empty;
        }

        // Requests of the type only: a callee's own requests are its type's to report (a diagnostic here would not be
        // local to this type's documents, and the editor would not show it).
        var ownSinks = new HashSet<Location>(own.SelectMany(s => s.Sinks).Select(s => s.Location));
        var result = RouteNeighbourhood.Solve(own, _context, _compilation, cancellationToken);
        var findings = result.Findings.Where(f => ownSinks.Contains(f.Location)).ToImmutableArray();
        if (result.Cut is null)
        {
            return findings;
        }

        // The neighbourhood's solve was cut short, perhaps before it reached the type's own routes: the type solved
        // alone, a small solve within the same budget per item, still shows those (a request it decides is a finding).
        var decided = new HashSet<Location>(findings.Select(f => f.Location));
        var settings = _context.FlowOptions;
        var alone = RouteNeighbourhood.Flow(own).Solve(settings.MaxHops, settings.SolverBudget, cancellationToken, partOfProgram: true);
        return findings.AddRange(alone.Findings.Where(f => ownSinks.Contains(f.Location) && !decided.Contains(f.Location)));
    }
}
