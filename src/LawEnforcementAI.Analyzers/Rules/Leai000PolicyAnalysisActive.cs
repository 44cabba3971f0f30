using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Rules;

/// <summary>LEAI000: the audit record that the policy check ran on an attributed compilation.</summary>
public static class Leai000PolicyAnalysisActive
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
}
