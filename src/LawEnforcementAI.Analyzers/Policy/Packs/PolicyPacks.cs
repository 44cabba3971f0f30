using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Policy.Packs;

/// <summary>
/// The policies and laws beyond Microsoft's code of conduct that the rules cite, as data: adding a pack or a clause is
/// an entry here, a rule page and tests (docs/policy.md, "Policy packs", lists them with their URLs and check dates).
/// The quotes come from the team's checked references (docs/policy.md names their sources); <see cref="Evidence.Secondary"/>
/// marks wording known only from secondary sources.
/// </summary>
internal static class PolicyPacks
{
    public static readonly PolicyPack OpenAIUsagePolicies = new(
        "openai-usage-policies",
        "OpenAI Usage Policies",
        "https://openai.com/policies/usage-policies/",
        "2026-12-05",
        Evidence.PublisherText,
        new PackClause(ClauseKind.RealTimeBiometricIdentification, "(2025-10-29), \"Respect privacy\"", "real-time remote biometric identification in public spaces"),
        new PackClause(ClauseKind.BiometricCategorisation, "(2025-10-29), \"Respect privacy\"", "evaluation or classification of individuals based on … biometric data (including … inferring sensitive attributes)"),
        new PackClause(ClauseKind.UntargetedFaceDatabase, "(2025-10-29), \"Respect privacy\"", "facial recognition databases without data subject consent"));

    public static readonly PolicyPack AnthropicUsagePolicy = new(
        "anthropic-usage-policy",
        "Anthropic Usage Policy",
        "https://www.anthropic.com/legal/aup",
        "2026-12-05",
        Evidence.Secondary,
        new PackClause(ClauseKind.RealTimeBiometricIdentification, "(effective 2025-09-15)", "Target or track a person's physical location, emotional state, or communication without their consent, including using our products for facial recognition, battlefield management applications or predictive policing"));

    public static readonly PolicyPack GoogleGenerativeAIProhibitedUsePolicy = new(
        "google-generative-ai-prohibited-use-policy",
        "Google Generative AI Prohibited Use Policy",
        "https://policies.google.com/terms/generative-ai/use-policy",
        "2026-12-05",
        Evidence.Secondary,
        new PackClause(ClauseKind.RealTimeBiometricIdentification, "(2024-12-17)", "using personal data or biometrics without legally required consent"));

    public static readonly PolicyPack AwsResponsibleAIPolicy = new(
        "aws-responsible-ai-policy",
        "AWS Responsible AI Policy",
        "https://aws.amazon.com/ai/responsible-ai/policy/",
        "2026-12-05",
        Evidence.Secondary,
        new PackClause(ClauseKind.RealTimeBiometricIdentification, "(2025-01-13, covers Amazon Bedrock)", "unlawful tracking, monitoring, and identification"));

    public static readonly PolicyPack AwsRekognitionServiceTerms = new(
        "aws-service-terms-rekognition",
        "AWS Service Terms, Amazon Rekognition",
        "https://aws.amazon.com/service-terms/",
        "2026-12-05",
        Evidence.Secondary,
        new PackClause(ClauseKind.PoliceFaceComparison, "(moratorium since June 2020, indefinite since May 2021)", "use of Amazon Rekognition's face comparison feature by police departments in connection with criminal investigations"));

    public static readonly PolicyPack EuAIAct = new(
        "eu-ai-act",
        "EU AI Act (Regulation (EU) 2024/1689)",
        "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
        "2026-12-05",
        Evidence.PublisherText,
        new PackClause(ClauseKind.RealTimeBiometricIdentification, "art. 5(1)(h)", "the use of 'real-time' remote biometric identification systems in publicly accessible spaces for the purposes of law enforcement, unless and in so far as such use is strictly necessary"),
        new PackClause(ClauseKind.BiometricCategorisation, "art. 5(1)(g)", "to deduce or infer their race, political opinions, trade union membership, religious or philosophical beliefs, sex life or sexual orientation"),
        new PackClause(ClauseKind.UntargetedFaceDatabase, "art. 5(1)(e)", "that create or expand facial recognition databases through the untargeted scraping of facial images from the internet or CCTV footage"));

    /// <summary>
    /// California Penal Code § 13663, added by SB 524 (Stats. 2025, ch. 587), in force 1 January 2026. The quote is
    /// subdivision (a)(1) as an unofficial copy of the chaptered text gives it (AGORA, agora.eto.tech/instrument/5004);
    /// the rest of the section is known from summaries only, hence <see cref="Evidence.Secondary"/>.
    /// </summary>
    public static readonly PolicyPack CaliforniaPenalCode13663 = new(
        "ca-penal-code-13663",
        "California Penal Code",
        "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=13663",
        "2026-12-05",
        Evidence.Secondary,
        new PackClause(ClauseKind.AiDraftedPoliceReport, "§ 13663 (SB 524, 2025)", "On each page of the official report, or within the body of the text, identify every specific artificial intelligence program used in a manner that makes such identification readily apparent to the reader and prominently state the following: “This report was written either fully or in part using artificial intelligence.”"));

    /// <summary>Every pack, for the docs' index and its tests.</summary>
    public static readonly ImmutableArray<PolicyPack> All = ImmutableArray.Create(
        OpenAIUsagePolicies, AnthropicUsagePolicy, GoogleGenerativeAIProhibitedUsePolicy, AwsResponsibleAIPolicy, AwsRekognitionServiceTerms, EuAIAct, CaliforniaPenalCode13663);

    /// <summary>The usage policy of a non-Microsoft provider's model service; Microsoft's clauses keep their own rules.</summary>
    public static PolicyPack? ForProvider(ServiceProvider provider) => provider switch
    {
        ServiceProvider.OpenAI => OpenAIUsagePolicies,
        ServiceProvider.Anthropic => AnthropicUsagePolicy,
        ServiceProvider.Google => GoogleGenerativeAIProhibitedUsePolicy,
        ServiceProvider.Aws => AwsResponsibleAIPolicy,
        _ => null,
    };

    /// <summary>
    /// The law pack that binds code attributed to a jurisdiction: the EU AI Act in the EU's member states, California's
    /// Penal Code in <c>US-CA</c> (the state, not the country: <c>US</c> alone names no state's law).
    /// </summary>
    public static PolicyPack? LawFor(PolicyContext context) =>
        Jurisdictions.IsInEuropeanUnion(context.Jurisdiction) ? EuAIAct
        : context.Jurisdiction == "US-CA" ? CaliforniaPenalCode13663
        : null;
}
