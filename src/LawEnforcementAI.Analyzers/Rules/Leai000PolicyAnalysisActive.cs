using System.Globalization;
using System.Linq;
using LawEnforcementAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Rules;

/// <summary>LEAI000: the audit record that the policy check ran on an attributed compilation.</summary>
internal static class Leai000PolicyAnalysisActive
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.PolicyAnalysisActive,
        title: "Policy analysis is active",
        messageFormat: "AI policy analysis is active for this project: {0}",
        RuleIds.Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Reported once per compilation that is attributed as law-enforcement or camera code, naming the context and jurisdiction found and where they came from. It is the audit record (for example in SARIF) that the check ran.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.PolicyAnalysisActive),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>
    /// A second LEAI000, from the flow analyzer, when the cross-method solver ran out of budget: what it spent, that
    /// its warnings stand, and the requests that may lack one (as additional locations).
    /// </summary>
    internal static Diagnostic CutShort(SolverCut cut, int findings, int maxLocations)
    {
        var undecided = cut.Undecided;
        var first = undecided.IsEmpty
            ? string.Empty
            : ", first at " + Describe(undecided[0]);
        var note = string.Format(
            CultureInfo.InvariantCulture,
            "cross-method analysis was cut short after {0:N0} steps (budget {1:N0}: {2} per summarised item, {3:N0} items); the {4} cross-method finding(s) it had established are reported, and {5} request(s) that depend on other methods were not decided{6}: review them, or raise {7} (see docs/flow.md)",
            cut.Budget.Spent,
            cut.Budget.Limit,
            cut.Budget.StepsPerItem,
            cut.Budget.Items,
            findings,
            undecided.Length,
            first,
            FlowOptions.SolverBudgetKey);
        return Diagnostic.Create(Descriptor, Location.None, undecided.Take(maxLocations), note);
    }

    private static string Describe(Location location)
    {
        var span = location.GetLineSpan();
        return string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", System.IO.Path.GetFileName(span.Path), span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }
}
