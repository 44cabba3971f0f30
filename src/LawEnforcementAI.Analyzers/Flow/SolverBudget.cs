namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The fuse of the program solver: a number of steps proportional to the size of the program (summaries, returns,
/// stores, calls, requests). A step is one token computed or one value read, weighted by the value's size, so the
/// count follows the solver's real cost. An ordinary program uses a few steps per item; the budget allows
/// <see cref="DefaultStepsPerItem"/> before it gives up, which only a super-linear blow-up reaches.
/// </summary>
internal sealed class SolverBudget
{
    /// <summary>
    /// The generated corpora of docs/performance.md use at most a few tens of steps per item; a hundred times the
    /// worst of them is still seconds of work on a 2-core machine, and then the analysis stops rather than the build.
    /// </summary>
    public const int DefaultStepsPerItem = 2000;

    /// <summary>Small programs get this many steps whatever their size, so a fixed cost never trips the fuse.</summary>
    public const long Floor = 1_000_000;

    private SolverBudget(int items, int stepsPerItem, long limit)
    {
        Items = items;
        StepsPerItem = stepsPerItem;
        Limit = limit;
    }

    public int Items { get; }

    public int StepsPerItem { get; }

    public long Limit { get; }

    public long Spent { get; private set; }

    public bool IsSpent => Spent > Limit;

    public static SolverBudget For(int items, int stepsPerItem) =>
        new(items, stepsPerItem, Floor + (long)items * stepsPerItem);

    /// <summary>False once the budget is spent; the solver then stops with what it has established.</summary>
    public bool TrySpend(int steps)
    {
        Spent += steps;
        return Spent <= Limit;
    }
}
