using LawEnforcementAI.Analyzers.Flow;
using LawEnforcementAI.Analyzers.Policy;
using LawEnforcementAI.Analyzers.Policy.Packs;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Rules;

/// <summary>
/// LEAI022 (EU AI Act art. 5(1)(e)): in code attributed to an EU member state, a camera frame, live or recorded, is
/// added to a face-recognition gallery (Azure AI Face enrolment, <see cref="Catalog.FaceEnrolmentTable"/>). Enrolling
/// faces taken from camera or CCTV footage is how a recognition database is built from it; the Act prohibits doing so
/// by untargeted scraping.
/// </summary>
internal static class Leai022CameraFootageFaceDatabase
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.CameraFootageFaceDatabase,
        title: "Faces from camera footage enrolled into a recognition gallery in the EU",
        messageFormat: "Camera frame from '{0}'{3} is enrolled into a face-recognition gallery by '{1}', in a project attributed as {2}; the {4}, prohibits creating or expanding facial recognition databases through the untargeted scraping of facial images from the internet or CCTV footage: enrol only faces collected for a targeted, lawful purpose",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Article 5(1)(e) of the EU AI Act (Regulation (EU) 2024/1689), applicable since 2 February 2025, prohibits AI systems that create or expand facial recognition databases through the untargeted scraping of facial images from the internet or CCTV footage. A camera frame, live or recorded, reaching a call that adds a face to a recognition gallery (a person group, a face list) enrols faces taken from camera footage; a reviewer must be able to show the enrolment is targeted and lawful.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.CameraFootageFaceDatabase));

    /// <summary>The pack whose clause binds code attributed to <paramref name="context"/>, or null.</summary>
    public static PolicyPack? Pack(PolicyContext context) =>
        context.IsAttributed && context.InEuropeanUnion && PolicyPacks.LawFor(context) is { } law && law.Has(ClauseKind.UntargetedFaceDatabase)
            ? law
            : null;

    /// <summary>Camera footage, live or recorded; not an image of unknown origin, nor a transcript.</summary>
    public static bool IsFootage(FrameOrigin origin) => !origin.IsUnknownOrigin && !origin.IsTranscript;
}
