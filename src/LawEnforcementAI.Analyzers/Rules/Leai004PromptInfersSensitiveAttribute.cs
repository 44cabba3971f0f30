using LawEnforcementAI.Analyzers.Policy;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Prompts;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Rules;

/// <summary>
/// LEAI004 (policy clauses C and E): an image sent with a prompt that asks for an emotional state or a sensitive
/// attribute (gender, race, ethnicity, nationality, religion, sexual orientation, political opinion, a specific age).
/// Runs in every project, attributed or not. In code attributed to an EU jurisdiction, a request for race, political
/// opinions, religion or sexual orientation also cites the EU AI Act's ban on biometric categorisation.
/// </summary>
internal static class Leai004PromptInfersSensitiveAttribute
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.PromptInfersSensitiveAttribute,
        title: "Vision request infers sensitive attributes or emotions",
        messageFormat: "Vision request '{0}' asks for {1} ('{2}') from an image; the Enterprise AI Services Code of Conduct forbids inferring people's emotional states or sensitive attributes such as gender, race or specific age{3}",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The Microsoft Enterprise AI Services Code of Conduct forbids inferring people's emotional states from their physical, physiological or behavioral characteristics, and inferring sensitive attributes such as gender, race, nationality, religion or specific age (an age range, the position of the mouth and hair colour excepted). A request that sends an image with a prompt asking for these is such a use.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.PromptInfersSensitiveAttribute));

    /// <summary>The law the request also falls under where the code is used, as the message's last words; empty elsewhere.</summary>
    public static string LawCitation(PolicyContext context, string subject) =>
        PolicyPacks.LawFor(context) is { } law && law.Has(ClauseKind.BiometricCategorisation) && IntentVocabulary.BiometricCategories.Contains(subject)
            ? "; in " + context.Jurisdiction + " the " + law.Cite(ClauseKind.BiometricCategorisation) + ", prohibits biometric categorisation that infers " + subject
            : string.Empty;
}
