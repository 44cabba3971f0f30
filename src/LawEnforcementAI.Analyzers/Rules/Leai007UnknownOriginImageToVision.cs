using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Rules;

/// <summary>
/// LEAI007 (clauses A and B, as a review record): an image whose origin the analysis cannot see reaches an Azure vision
/// request in law-enforcement code. Not an accusation: the image may be a scanned form or a parking photo. It asks a
/// reviewer to record where it comes from, and says which clause applies if it is camera imagery.
/// </summary>
internal static class Leai007UnknownOriginImageToVision
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.UnknownOriginImageToVision,
        title: "Image of unknown origin sent to an Azure vision model in law-enforcement code",
        messageFormat: "Image of unknown origin ({0}){3} reaches Azure vision call '{1}' in a project attributed as {2}; the analysis cannot tell whether it is camera imagery: if it is, {4}",
        RuleIds.Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "In police, law-enforcement, body-cam or dash-cam code, an image that comes from outside the analysis' sight (a public method's parameter, an upload, a request body, a blob, a download, a file whose path is configured) reaches an Azure vision request. The Microsoft Enterprise AI Services Code of Conduct forbids facial recognition by or for US police (clause A) and real-time facial recognition on law-enforcement mobile cameras anywhere (clause B). Record where the image comes from, or suppress with a justification once reviewed.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.UnknownOriginImageToVision));

    /// <summary>Any law-enforcement context, any jurisdiction: clause B holds worldwide.</summary>
    public static bool Applies(Policy.PolicyContext context) => context.HasAgencyContext || context.HasMobileCameraContext;

    /// <summary>The clauses that would apply to camera imagery in this context, in the message's words.</summary>
    public static string ClausesFor(Policy.PolicyContext context)
    {
        var clauses = new List<string>(2);
        if (context.HasAgencyContext && context.MayBeUsedInUnitedStates)
        {
            clauses.Add("clause A applies (no facial recognition by or for a US police department)");
        }

        if (context.HasMobileCameraContext)
        {
            clauses.Add("clause B applies to live frames (no real-time facial recognition on law-enforcement mobile cameras)");
        }
        else
        {
            clauses.Add("clause B applies to live frames of a phone or other mobile camera (no real-time facial recognition on law-enforcement mobile cameras)");
        }

        return string.Join(", and ", clauses);
    }
}
