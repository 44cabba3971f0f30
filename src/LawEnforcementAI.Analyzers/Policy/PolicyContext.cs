using System;
using System.Collections.Generic;

namespace LawEnforcementAI.Analyzers.Policy;

/// <summary>The resolved policy setting that applies to one source file.</summary>
internal sealed class PolicyContext : IEquatable<PolicyContext>
{
    public static readonly PolicyContext NotAttributed = new(PolicyContextKinds.None, null, AttributionSource.NotSet, AttributionSource.NotSet);

    public PolicyContext(PolicyContextKinds kinds, string? jurisdiction, AttributionSource contextSource, AttributionSource jurisdictionSource)
    {
        Kinds = kinds;
        Jurisdiction = jurisdiction;
        ContextSource = contextSource;
        JurisdictionSource = jurisdictionSource;
    }

    public PolicyContextKinds Kinds { get; }

    /// <summary>
    /// ISO 3166-1 alpha-2 code or ISO 3166-2 subdivision (<c>US-CA</c>) in upper case, or null when unset ("may be used
    /// in the US").
    /// </summary>
    public string? Jurisdiction { get; }

    public AttributionSource ContextSource { get; }

    public AttributionSource JurisdictionSource { get; }

    public bool IsAttributed => Kinds != PolicyContextKinds.None;

    public bool HasAgencyContext => (Kinds & (PolicyContextKinds.Police | PolicyContextKinds.LawEnforcement)) != 0;

    public bool HasMobileCameraContext => (Kinds & (PolicyContextKinds.BodyCam | PolicyContextKinds.DashCam)) != 0;

    public bool MayBeUsedInUnitedStates => Jurisdiction is null || Jurisdictions.CountryOf(Jurisdiction) == "US";

    /// <summary>A member state of the European Union, or one of its subdivisions: the EU AI Act binds the code.</summary>
    public bool InEuropeanUnion => Jurisdictions.IsInEuropeanUnion(Jurisdiction);

    /// <summary>The wording used in messages, e.g. "police, body-cam (US)".</summary>
    public string Describe() => DescribeKinds(Kinds) + " (" + (Jurisdiction ?? "jurisdiction unset") + ")";

    public string DescribeWithSources() =>
        Describe() + " from " + DescribeSource(ContextSource)
        + (JurisdictionSource != AttributionSource.NotSet && JurisdictionSource != ContextSource
            ? ", jurisdiction from " + DescribeSource(JurisdictionSource)
            : string.Empty);

    public static string DescribeKinds(PolicyContextKinds kinds)
    {
        var names = new List<string>(4);
        foreach (var known in PolicyValueParser.KnownContexts)
        {
            if (known.Kind != PolicyContextKinds.None && (kinds & known.Kind) != 0)
            {
                names.Add(known.Name);
            }
        }

        return names.Count == 0 ? "none" : string.Join(", ", names);
    }

    private static string DescribeSource(AttributionSource source) => source switch
    {
        AttributionSource.MSBuildProperty => "MSBuild property",
        AttributionSource.AssemblyAttribute => "assembly attribute",
        AttributionSource.ConfigFile => ".editorconfig/.globalconfig",
        _ => "default",
    };

    public bool Equals(PolicyContext? other) =>
        other is not null && Kinds == other.Kinds && Jurisdiction == other.Jurisdiction
        && ContextSource == other.ContextSource && JurisdictionSource == other.JurisdictionSource;

    public override bool Equals(object? obj) => Equals(obj as PolicyContext);

    public override int GetHashCode() => ((int)Kinds * 31 + (Jurisdiction?.GetHashCode() ?? 0)) * 31 + (int)ContextSource * 7 + (int)JurisdictionSource;
}
