namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The fuse of the program solver: a number of steps proportional to the size of the program (summaries, returns,
/// stores, calls, requests: its items). A step is one token computed or one value read, weighted by the value's size,
/// so the count follows the solver's real cost. Programs of every shape in docs/performance.md use under 3 steps per
/// item; the default allows <see cref="DefaultStepsPerItem"/>, which only a super-linear blow-up reaches.
/// </summary>
internal sealed class SolverBudget
{
    /// <summary>
    /// Hundreds of times what ordinary code uses, so no real program is cut; still seconds, not hours, of solver work
    /// for a large one (about 10⁸ steps for 50,000 items).
    /// </summary>
    public const int DefaultStepsPerItem = 2000;

    private SolverBudget(int items, int stepsPerItem)
    {
        Items = items;
        StepsPerItem = stepsPerItem;
        Limit = (long)items * stepsPerItem;
    }

    public int Items { get; }

    public int StepsPerItem { get; }

    public long Limit { get; }

    public long Spent { get; private set; }

    public bool IsSpent => Spent > Limit;

    public static SolverBudget For(int items, int stepsPerItem) => new(items, stepsPerItem);

    /// <summary>False once the budget is spent; the solver then stops with what it has established.</summary>
    public bool TrySpend(int steps)
    {
        Spent += steps;
        return Spent <= Limit;
    }
}
