using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The method summaries of one compilation, gathered from the compiler's per-method callbacks in any order and on any
/// thread, and solved once at the end in source order so every build reports the same thing.
/// </summary>
internal sealed class ProgramFlow
{
    private readonly ConcurrentBag<MethodSummary> _summaries = new();

    public void Add(MethodSummary summary) => _summaries.Add(summary);

    /// <summary>The summaries gathered so far, in no particular order.</summary>
    public IReadOnlyList<MethodSummary> Summaries => _summaries.ToArray();

    /// <param name="partOfProgram">These are one type's summaries, not the program's (see <see cref="ProgramFlowSolver"/>).</param>
    /// <param name="others">Summaries of other members that the solver may read but whose requests are not decided here.</param>
    /// <param name="boundary">Methods whose solved returns the result should carry (<see cref="ProgramFlowResult.Returns"/>).</param>
    public ProgramFlowResult Solve(
        int maxHops, int budgetPerItem, CancellationToken cancellationToken, bool partOfProgram = false, IReadOnlyList<MethodSummary>? others = null,
        IReadOnlyCollection<Microsoft.CodeAnalysis.IMethodSymbol>? boundary = null)
    {
        var ordered = _summaries
            .Concat(others ?? System.Array.Empty<MethodSummary>())
            .OrderBy(s => s.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
            .ThenBy(s => s.Location.SourceSpan.Start)
            .ThenBy(s => s.Owner.Name, System.StringComparer.Ordinal)
            .ToList();
        return ordered.Any(s => s.Sinks.Count > 0) || boundary is { Count: > 0 }
            ? new ProgramFlowSolver(ordered, maxHops, budgetPerItem, cancellationToken, partOfProgram).Solve(boundary)
            : ProgramFlowResult.None;
    }
}
