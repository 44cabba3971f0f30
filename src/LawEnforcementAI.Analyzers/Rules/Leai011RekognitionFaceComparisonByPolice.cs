using LawEnforcementAI.Analyzers.Policy.Packs;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Rules;

/// <summary>
/// LEAI011 (AWS Service Terms, <see cref="ClauseKind.PoliceFaceComparison"/>): Amazon Rekognition face comparison or
/// face search called from code attributed as police or law-enforcement, any jurisdiction. The LEAI005 analogue for
/// AWS's moratorium; face detection is not reported.
/// </summary>
internal static class Leai011RekognitionFaceComparisonByPolice
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.RekognitionFaceComparisonByPolice,
        title: "Amazon Rekognition face comparison by police",
        messageFormat: "Amazon Rekognition '{0}' ({1}) is called in code attributed as {2}; AWS's terms bar \"{3}\" ({4})",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The AWS Service Terms keep an indefinite moratorium (since June 2020) on the use of Amazon Rekognition's face comparison feature by police departments in connection with criminal investigations; helping to find missing persons is excepted. Face comparison and face search (CompareFaces, SearchFacesByImage, SearchFaces) called from police or law-enforcement code, in any jurisdiction, need a reviewed justification. Face detection alone is not reported.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.RekognitionFaceComparisonByPolice));

    /// <summary>Police or law enforcement, any jurisdiction: the moratorium is in AWS's terms, not a country's law.</summary>
    public static bool Applies(Policy.PolicyContext context) => context.HasAgencyContext;

    /// <summary>The clause's words and its citation (pack, clause, URL, check date).</summary>
    public static (string Quote, string Citation) Clause =>
        (PolicyPacks.AwsRekognitionServiceTerms.Clause(ClauseKind.PoliceFaceComparison).Quote,
         PolicyPacks.AwsRekognitionServiceTerms.Cite(ClauseKind.PoliceFaceComparison));
}
