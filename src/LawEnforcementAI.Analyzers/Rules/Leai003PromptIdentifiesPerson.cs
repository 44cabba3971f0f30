using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Rules;

/// <summary>
/// LEAI003 (policy clause D, and clause B's "database of suspects or prior inmates"): an image sent with a prompt that
/// asks to identify, recognise, name, verify or match a person or face. Runs in every project, attributed or not.
/// </summary>
internal static class Leai003PromptIdentifiesPerson
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.PromptIdentifiesPerson,
        title: "Vision request asks to identify a person",
        messageFormat: "Vision request '{0}' asks to '{1}' in an image; identifying or verifying people from their faces is not allowed without Microsoft's approval under the Enterprise AI Services Code of Conduct",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The Microsoft Enterprise AI Services Code of Conduct forbids every customer to identify or verify individual identities based on people's faces or other physical, physiological or behavioral characteristics without Microsoft's approval. A request that sends an image together with a prompt asking who a person is, to recognise or verify a face, or to search a gallery of suspects, inmates or mugshots is such a use.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.PromptIdentifiesPerson));
}
