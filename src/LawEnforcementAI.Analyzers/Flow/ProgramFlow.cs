using System.Collections.Concurrent;
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

    /// <param name="partOfProgram">These are one type's summaries, not the program's (see <see cref="ProgramFlowSolver"/>).</param>
    public ProgramFlowResult Solve(int maxHops, int budgetPerItem, CancellationToken cancellationToken, bool partOfProgram = false)
    {
        var ordered = _summaries
            .OrderBy(s => s.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
            .ThenBy(s => s.Location.SourceSpan.Start)
            .ThenBy(s => s.Owner.Name, System.StringComparer.Ordinal)
            .ToList();
        return ordered.Any(s => s.Sinks.Count > 0)
            ? new ProgramFlowSolver(ordered, maxHops, budgetPerItem, cancellationToken, partOfProgram).Solve()
            : ProgramFlowResult.None;
    }
}
