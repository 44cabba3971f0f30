using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using LawEnforcementAI.Analyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Settings of the flow engine, from a .globalconfig or any .editorconfig section. The cross-method solver runs once
/// for the whole compilation, so a setting has one value per compilation: the global value if there is one, else the
/// value every file that sets it agrees on. Values that cannot be read, or files that disagree, get LEAI090 and the
/// default applies (docs/flow.md, "Settings").
/// </summary>
internal sealed class FlowOptions
{
    public const string MaxHopsKey = "ai_policy_max_hops";

    /// <summary>Steps the cross-method solver may take per summarised item before it stops (<see cref="Flow.SolverBudget"/>).</summary>
    public const string SolverBudgetKey = "ai_policy_solver_budget";

    /// <summary>
    /// Capture, queue, worker, encoder, sender: real pipelines cross four to six methods, so the .NET analyzers' default
    /// of three loses them. Eight keeps routes readable; beyond it frames are still followed, with unknown liveness.
    /// </summary>
    public const int DefaultMaxHops = 8;

    /// <summary>Routes longer than this are unreadable; a larger setting is taken as this.</summary>
    public const int MaxHopsCeiling = 64;

    private FlowOptions(int maxHops, int solverBudget, IReadOnlyList<PolicyProblem> problems)
    {
        MaxHops = maxHops;
        SolverBudget = solverBudget;
        Problems = problems;
    }

    public int MaxHops { get; }

    public int SolverBudget { get; }

    /// <summary>Unreadable or conflicting values, reported as LEAI090 by <see cref="PolicyConfigurationAnalyzer"/>.</summary>
    public IReadOnlyList<PolicyProblem> Problems { get; }

    public static FlowOptions Read(AnalyzerOptions options, Compilation compilation, CancellationToken cancellationToken)
    {
        var problems = new List<PolicyProblem>();
        var hops = ReadNonNegative(options, compilation, MaxHopsKey, DefaultMaxHops, problems, cancellationToken);
        var budget = ReadNonNegative(options, compilation, SolverBudgetKey, Flow.SolverBudget.DefaultStepsPerItem, problems, cancellationToken);
        return new FlowOptions(hops > MaxHopsCeiling ? MaxHopsCeiling : hops, budget, problems);
    }

    private static int ReadNonNegative(
        AnalyzerOptions options, Compilation compilation, string key, int defaultValue, List<PolicyProblem> problems, CancellationToken cancellationToken)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        if (provider.GlobalOptions.TryGetValue(key, out var global))
        {
            return Parse(key, global, defaultValue, problems);
        }

        // Sorted, so the message is the same on every build whatever the order of the files.
        var perFile = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (provider.GetOptions(tree).TryGetValue(key, out var text))
            {
                perFile.Add(text.Trim());
            }
        }

        if (perFile.Count > 1)
        {
            problems.Add(new PolicyProblem(
                string.Format(CultureInfo.InvariantCulture, "'{0}' is set to different values for different files ({1}); it applies to the whole compilation, so the default {2} is used: set it once, in a .globalconfig or a section that covers every file", key, string.Join(", ", perFile), defaultValue),
                Location.None));
            return defaultValue;
        }

        return perFile.Count == 1 ? Parse(key, perFile.First(), defaultValue, problems) : defaultValue;
    }

    private static int Parse(string key, string text, int defaultValue, List<PolicyProblem> problems)
    {
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(new PolicyProblem(
            string.Format(CultureInfo.InvariantCulture, "'{0} = {1}' is not a whole number of zero or more; the default {2} is used", key, text, defaultValue),
            Location.None));
        return defaultValue;
    }
}
