using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Rules;

/// <summary>
/// LEAI002 (policy clause B): real-time frames from body-worn, dash-mounted or other mobile cameras sent to Azure OpenAI
/// vision by any law enforcement, anywhere.
/// </summary>
internal static class Leai002MobileLiveCameraToVision
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.MobileLiveCameraToVision,
        title: "Real-time mobile-camera frames sent to Azure OpenAI vision by law enforcement",
        messageFormat: "Live camera frame from '{0}'{3} reaches Azure OpenAI vision call '{1}' in a project attributed as {2}; real-time facial recognition on law-enforcement mobile cameras is prohibited worldwide",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Microsoft's code of conduct for Azure OpenAI forbids real-time facial recognition on mobile cameras (body-worn, dash-mounted) used by any law enforcement globally. A live frame reaching a vision request from body-cam or dash-cam code, or from law-enforcement code capturing on a phone camera, needs a reviewed justification.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.MobileLiveCameraToVision));

    /// <remarks>
    /// In a body-cam or dash-cam context the camera is mobile by definition, so an unknown origin counts as live.
    /// Elsewhere only a frame known to come from a phone or other mobile camera API qualifies.
    /// </remarks>
    public static bool Applies(Policy.PolicyContext context, FrameOrigin origin) =>
        (context.HasMobileCameraContext && origin.Liveness != FrameLiveness.Recorded)
        || (context.HasAgencyContext && origin.IsMobileCamera && origin.Liveness == FrameLiveness.Live);
}
