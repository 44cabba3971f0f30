using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Each member body's analysis, computed once per compilation and shared by the live analyzer and the build-only one:
/// in a build both receive the same bodies, and the analysis of a body is most of their cost.
/// </summary>
internal sealed class MethodAnalyses
{
    private readonly CompilationContext _context;
    private readonly ConcurrentDictionary<ISymbol, Lazy<(ImmutableArray<SinkFinding> Findings, MethodSummary? Summary)>> _cache = new(SymbolEqualityComparer.Default);

    public MethodAnalyses(CompilationContext context)
    {
        _context = context;
    }

    public (ImmutableArray<SinkFinding> Findings, MethodSummary? Summary) Of(ISymbol owner, ImmutableArray<IOperation> blocks, CancellationToken cancellationToken)
    {
        var entry = _cache.GetOrAdd(owner, _ => new Lazy<(ImmutableArray<SinkFinding>, MethodSummary?)>(
            () => MethodFlowAnalysis.Analyze(owner, blocks, _context, null, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return entry.Value;
        }
        catch (OperationCanceledException)
        {
            // A cancelled analysis is not a result: the next caller computes it again.
            _cache.TryRemove(owner, out _);
            throw;
        }
    }
}
