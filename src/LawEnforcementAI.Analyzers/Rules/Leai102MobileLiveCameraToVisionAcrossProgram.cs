using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Rules;

/// <summary>
/// LEAI102 (policy clause B), build only: what LEAI002 says, for a route that only the whole program shows. See
/// <see cref="Leai101PoliceCameraToVisionAcrossProgram"/> for why it has its own ID.
/// </summary>
internal static class Leai102MobileLiveCameraToVisionAcrossProgram
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.MobileLiveCameraToVisionAcrossProgram,
        title: "Real-time mobile-camera frames sent to Azure OpenAI vision by law enforcement (route across the program, build only)",
        messageFormat: "Live camera frame from '{0}'{3} reaches Azure OpenAI vision call '{1}' in a project attributed as {2}; real-time facial recognition on law-enforcement mobile cameras is prohibited worldwide (found by whole-program analysis: reported by builds, not live in the editor)",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "LEAI002 for a route the analysis of the sending type cannot see: the frame or the client crosses more types or levels of calls than the editor's per-document analysis follows. Builds report it; the editor shows it only after a build or with full-solution analysis. The clause and the remedy are LEAI002's.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.MobileLiveCameraToVisionAcrossProgram),
        customTags: WellKnownDiagnosticTags.CompilationEnd);
}
