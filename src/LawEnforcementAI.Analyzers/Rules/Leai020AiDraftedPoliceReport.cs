using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Flow;
using LawEnforcementAI.Analyzers.Policy;
using LawEnforcementAI.Analyzers.Policy.Packs;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Rules;

/// <summary>
/// LEAI020 (California Penal Code § 13663, added by SB 524, in force 1 January 2026): in law-enforcement code attributed
/// to <c>US-CA</c>, a body-cam or dash-cam recording reaches a model request whose prompt asks to draft a police report or
/// its narrative. The law regulates such reports, it does not forbid them: an Info record of what it requires.
/// </summary>
internal static class Leai020AiDraftedPoliceReport
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.AiDraftedPoliceReport,
        title: "Police report drafted by AI from a body-cam or dash-cam recording in California",
        messageFormat: "Camera recording from '{0}'{3} reaches model request '{1}' whose prompt asks to '{4}', in a project attributed as {2}; the {5}, does not forbid AI-drafted reports but requires that each page states the report was written fully or in part using artificial intelligence and names the AI program, that the officer who prepared it signs it, that the AI's first draft is kept as long as the final report, and that an audit trail records who used AI and which video or audio footage fed it",
        RuleIds.Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "California Penal Code section 13663, added by SB 524 (2025) and in force since 1 January 2026, requires each law enforcement agency to maintain a policy for official reports generated fully or partially with artificial intelligence: each page (or the body of the text) names every AI program used and states \"This report was written either fully or in part using artificial intelligence.\"; the officer who prepared the report signs it; the first draft is retained as long as the final report; and the AI program keeps an audit trail of who used it and of the video or audio footage used. The law regulates AI-drafted reports rather than forbidding them; this Info record marks where code drafts one from body-cam or dash-cam footage, so the agency can show how it complies.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.AiDraftedPoliceReport));

    /// <summary>The pack for law-enforcement code in <paramref name="context"/>, or null.</summary>
    public static PolicyPack? Pack(PolicyContext context) =>
        (context.HasAgencyContext || context.HasMobileCameraContext)
        && PolicyPacks.LawFor(context) is { } law && law.Has(ClauseKind.AiDraftedPoliceReport)
            ? law
            : null;

    /// <summary>
    /// A body-cam or dash-cam recording: in body-cam or dash-cam code any camera frame or video, live or recorded (the
    /// camera is the officer's); in other police code a recorded video file. Images of unknown origin are not recordings.
    /// </summary>
    public static bool IsRecording(PolicyContext context, FrameOrigin origin) =>
        !origin.IsUnknownOrigin && (context.HasMobileCameraContext || origin.Liveness == FrameLiveness.Recorded);
}
