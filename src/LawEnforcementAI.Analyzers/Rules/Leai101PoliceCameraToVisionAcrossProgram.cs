using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Rules;

/// <summary>
/// LEAI101 (policy clause A), build only: what LEAI001 says, for a route that only the whole program shows (beyond the
/// sending type and three levels of what it calls). Reported at compilation end, so editors show it only after a build
/// or with full-solution analysis; its own ID keeps the build's copy from being replaced by a live result.
/// </summary>
internal static class Leai101PoliceCameraToVisionAcrossProgram
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.PoliceCameraToVisionAcrossProgram,
        title: "Camera imagery sent to Azure OpenAI vision by or for US police (route across the program, build only)",
        messageFormat: "Camera frame from '{0}'{3} reaches Azure OpenAI vision call '{1}' in a project attributed as {2}; Azure OpenAI may not be used for facial recognition by or for a US police department (found by whole-program analysis: reported by builds, not live in the editor)",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "LEAI001 for a route the analysis of the sending type cannot see: the frame or the client crosses more types or levels of calls than the editor's per-document analysis follows. Builds report it; the editor shows it only after a build or with full-solution analysis. The clause and the remedy are LEAI001's.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.PoliceCameraToVisionAcrossProgram),
        customTags: WellKnownDiagnosticTags.CompilationEnd);
}
