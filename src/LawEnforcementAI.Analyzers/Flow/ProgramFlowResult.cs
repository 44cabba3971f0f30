using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>What the program solver established, and whether it had to stop early.</summary>
internal sealed class ProgramFlowResult
{
    public static readonly ProgramFlowResult None = new(ImmutableArray<SinkFinding>.Empty, null);

    public ProgramFlowResult(ImmutableArray<SinkFinding> findings, SolverCut? cut, ImmutableDictionary<IMethodSymbol, FlowValue>? returns = null)
    {
        Findings = findings;
        Cut = cut;
        Returns = returns ?? ImmutableDictionary<IMethodSymbol, FlowValue>.Empty;
    }

    /// <summary>What the methods asked about return, solved and settled (no tokens).</summary>
    public ImmutableDictionary<IMethodSymbol, FlowValue> Returns { get; }

    /// <summary>Requests that receive frames. When cut short, every one of them is real; some may be missing.</summary>
    public ImmutableArray<SinkFinding> Findings { get; }

    /// <summary>Null when the solver reached its fixed point.</summary>
    public SolverCut? Cut { get; }
}

/// <summary>The solver ran out of budget: how much it spent, and the requests it could not decide.</summary>
internal sealed class SolverCut
{
    public SolverCut(SolverBudget budget, ImmutableArray<Location> undecided)
    {
        Budget = budget;
        Undecided = undecided;
    }

    public SolverBudget Budget { get; }

    /// <summary>Requests that waited for other methods and got no warning: each may be one the cut lost.</summary>
    public ImmutableArray<Location> Undecided { get; }
}
