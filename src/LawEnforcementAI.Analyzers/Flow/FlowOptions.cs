using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>Settings of the flow engine, from .globalconfig or .editorconfig.</summary>
internal static class FlowOptions
{
    public const string MaxHopsKey = "ai_policy_max_hops";

    /// <summary>
    /// Capture, queue, worker, encoder, sender: real pipelines cross four to six methods, so the .NET analyzers' default
    /// of three loses them. Eight keeps routes readable; beyond it frames are still followed, with unknown liveness.
    /// </summary>
    public const int DefaultMaxHops = 8;

    private const int Ceiling = 64;

    /// <summary>Steps the cross-method solver may take per summarised item before it stops (<see cref="SolverBudget"/>).</summary>
    public const string SolverBudgetKey = "ai_policy_solver_budget";

    public static int MaxHops(AnalyzerOptions options, Compilation compilation) =>
        ReadNonNegative(options, compilation, MaxHopsKey) is int hops ? (hops > Ceiling ? Ceiling : hops) : DefaultMaxHops;

    public static int SolverBudget(AnalyzerOptions options, Compilation compilation) =>
        ReadNonNegative(options, compilation, SolverBudgetKey) ?? Flow.SolverBudget.DefaultStepsPerItem;

    private static int? ReadNonNegative(AnalyzerOptions options, Compilation compilation, string key)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        if (!provider.GlobalOptions.TryGetValue(key, out var text))
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                provider.GetOptions(tree).TryGetValue(key, out text);
                break;
            }
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : null;
    }
}
