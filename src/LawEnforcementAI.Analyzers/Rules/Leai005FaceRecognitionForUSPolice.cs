using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Rules;

/// <summary>
/// LEAI005 (policy clause F): an Azure AI Face recognition operation (identification, verification, find-similar,
/// grouping, enrolment) called from code attributed as police or law-enforcement in the US or with no jurisdiction set.
/// </summary>
internal static class Leai005FaceRecognitionForUSPolice
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.FaceRecognitionForUSPolice,
        title: "Azure AI Face recognition by or for US police",
        messageFormat: "Azure AI Face '{0}' ({1}) is called in code attributed as {2}; Azure Face recognition is prohibited for use by or for US police departments",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Microsoft's Limited Access policy for Azure AI Face says that Azure Face recognition is strictly prohibited for use by or for U.S. police departments (since 11 June 2020). Identification, verification, find-similar, grouping and enrolling faces into person groups or face lists, called from police or law-enforcement code in the US (or with no jurisdiction set), need a reviewed justification. Face detection alone is not reported.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.FaceRecognitionForUSPolice));

    /// <summary>The same audience as LEAI001: police or law enforcement that may be working in the US.</summary>
    public static bool Applies(Policy.PolicyContext context) =>
        context.HasAgencyContext && context.MayBeUsedInUnitedStates;
}
