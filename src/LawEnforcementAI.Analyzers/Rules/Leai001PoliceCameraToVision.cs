using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Rules;

/// <summary>
/// LEAI001 (policy clause A): any camera frame, live or recorded, sent to Azure OpenAI vision by or for a US police department.
/// </summary>
internal static class Leai001PoliceCameraToVision
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.PoliceCameraToVision,
        title: "Camera imagery sent to Azure OpenAI vision by or for US police",
        messageFormat: "Camera frame from '{0}'{3} reaches Azure OpenAI vision call '{1}' in a project attributed as {2}; Azure OpenAI may not be used for facial recognition by or for a US police department",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Microsoft's code of conduct for Azure OpenAI (since 1 May 2024) forbids facial recognition by or for a police department in the United States. A camera frame reaching a vision request from police or law-enforcement code in the US (or with no jurisdiction set) needs a reviewed justification.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.PoliceCameraToVision));

    public static bool Applies(Policy.PolicyContext context) =>
        context.HasAgencyContext && context.MayBeUsedInUnitedStates;
}
