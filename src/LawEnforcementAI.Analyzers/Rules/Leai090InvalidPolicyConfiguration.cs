using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Rules;

/// <summary>LEAI090: a policy setting the analyzer cannot understand is reported, never silently ignored.</summary>
internal static class Leai090InvalidPolicyConfiguration
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.InvalidPolicyConfiguration,
        title: "Invalid policy configuration",
        messageFormat: "Invalid AI policy configuration: {0}",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A context or jurisdiction value in the MSBuild properties, the assembly attribute or an .editorconfig/.globalconfig file, or a line of a team model file (LawEnforcementAI.Models.txt), is not recognised. Unknown values are not ignored, because a typo would silently switch the policy check off.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.InvalidPolicyConfiguration),
        customTags: WellKnownDiagnosticTags.CompilationEnd);
}
