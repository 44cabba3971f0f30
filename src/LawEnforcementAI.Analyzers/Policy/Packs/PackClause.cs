namespace LawEnforcementAI.Analyzers.Policy.Packs;

/// <summary>One clause of a <see cref="PolicyPack"/>: what kind of use it restricts, where it is, and its words.</summary>
internal sealed class PackClause
{
    public PackClause(ClauseKind kind, string reference, string quote)
    {
        Kind = kind;
        Reference = reference;
        Quote = quote;
    }

    public ClauseKind Kind { get; }

    /// <summary>Where the clause is in its text: "art. 5(1)(h)", "§ 13663", "Usage Policies, Respect privacy".</summary>
    public string Reference { get; }

    /// <summary>The clause's words (an excerpt where it is long), as quoted on the rule's page.</summary>
    public string Quote { get; }
}

/// <summary>
/// What a clause restricts, as the rules tell uses apart. Packs are chosen by provider and jurisdiction; a rule asks the
/// chosen pack for the clause of its kind, so one rule serves every provider whose policy has such a clause.
/// </summary>
internal enum ClauseKind
{
    /// <summary>Identifying, tracking or monitoring people from live camera imagery (real-time biometric identification).</summary>
    RealTimeBiometricIdentification,

    /// <summary>Comparing or searching faces for police in criminal investigations (AWS Rekognition's moratorium).</summary>
    PoliceFaceComparison,

    /// <summary>Deducing race, political opinions, religion or beliefs, trade-union membership, sex life or orientation.</summary>
    BiometricCategorisation,

    /// <summary>Building or expanding a facial-recognition database from untargeted images (CCTV footage, scraping).</summary>
    UntargetedFaceDatabase,

    /// <summary>Police reports drafted with AI: disclosure, signature, retained first draft, audit trail.</summary>
    AiDraftedPoliceReport,
}
