using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Rules;

/// <summary>
/// LEAI006: a policy diagnostic suppressed without a reason a reviewer can read. Auditors accept a suppression only with
/// its reason, so a suppression without one is itself a finding.
/// </summary>
internal static class Leai006UnjustifiedSuppression
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.UnjustifiedSuppression,
        title: "Policy diagnostic suppressed without a justification",
        messageFormat: "{0} suppresses {1} without a justification; say who reviewed the use and why it is permitted",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A LEAI diagnostic is suppressed by [SuppressMessage] without a Justification (or with an empty or placeholder one such as \"TODO\"), or by '#pragma warning disable LEAIxxx' without a reason comment on the same line. The code fixes that add a suppression write a placeholder on purpose: LEAI006 stays until a person writes the reason.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.UnjustifiedSuppression));

    /// <summary>
    /// The text the code fixes write where a reason belongs. It starts with "TODO", so LEAI006 keeps reporting it: the
    /// fix alone never silences the audit.
    /// </summary>
    public const string JustificationStub = "TODO: who reviewed this use, and why is it permitted?";
}
