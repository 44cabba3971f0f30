using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Flow;
using LawEnforcementAI.Analyzers.Policy;
using LawEnforcementAI.Analyzers.Policy.Packs;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Rules;

/// <summary>
/// LEAI021 (EU AI Act art. 5(1)(h)): in law-enforcement code attributed to an EU member state, a live camera frame reaches
/// a model request, whichever service it goes to, whose prompt asks who a person is. The Act allows such use only when
/// strictly necessary for three purposes, with an impact assessment, registration and prior authorisation (5(2)–(3)).
/// </summary>
internal static class Leai021RealTimeBiometricIdentification
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.RealTimeBiometricIdentification,
        title: "Real-time remote biometric identification for law enforcement in the EU",
        messageFormat: "Live camera frame from '{0}'{3} reaches model request '{1}' whose prompt asks to '{4}', in a project attributed as {2}; the {5}, prohibits real-time remote biometric identification in publicly accessible spaces for law enforcement unless strictly necessary to search for victims or missing persons, to prevent an imminent threat to life or a terrorist attack, or to locate a suspect of a serious crime; such use needs a fundamental-rights impact assessment and registration (article 5(2)) and prior authorisation by a judicial or independent authority, in urgency requested at the latest within 24 hours (article 5(3))",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Article 5(1)(h) of the EU AI Act (Regulation (EU) 2024/1689), applicable since 2 February 2025, prohibits the use of real-time remote biometric identification systems in publicly accessible spaces for the purposes of law enforcement, unless and in so far as such use is strictly necessary to search for victims or missing persons, to prevent a specific and imminent threat to life or a terrorist attack, or to locate a suspect of a listed serious crime. Article 5(2) requires a fundamental-rights impact assessment and registration; article 5(3) prior authorisation by a judicial or independent administrative authority, in a duly justified urgency requested at the latest within 24 hours. Live camera frames sent from law-enforcement code with a prompt that asks who a person is are such a use.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.RealTimeBiometricIdentification));

    /// <summary>The pack whose clause applies to law-enforcement code in <paramref name="context"/>, or null.</summary>
    public static PolicyPack? Pack(PolicyContext context) =>
        context.InEuropeanUnion && (context.HasAgencyContext || context.HasMobileCameraContext)
        && PolicyPacks.LawFor(context) is { } law && law.Has(ClauseKind.RealTimeBiometricIdentification)
            ? law
            : null;

    /// <summary>
    /// Live: a device or stream, or, in body-cam and dash-cam code, a source it cannot tell (as LEAI002 counts it). A
    /// transcript is text, not biometric data.
    /// </summary>
    public static bool IsLive(PolicyContext context, FrameOrigin origin) =>
        !origin.IsUnknownOrigin && !origin.IsTranscript
        && (origin.Liveness == FrameLiveness.Live || (origin.Liveness == FrameLiveness.Unknown && context.HasMobileCameraContext));
}
