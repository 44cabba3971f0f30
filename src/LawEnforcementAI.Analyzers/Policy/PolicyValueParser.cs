using System;
using System.Collections.Generic;

namespace LawEnforcementAI.Analyzers.Policy;

/// <summary>Parses the context and jurisdiction values users write; never throws, reports what it cannot read.</summary>
internal static class PolicyValueParser
{
    public sealed class KnownContext
    {
        public KnownContext(string name, PolicyContextKinds kind)
        {
            Name = name;
            Kind = kind;
        }

        public string Name { get; }

        public PolicyContextKinds Kind { get; }
    }

    public static readonly IReadOnlyList<KnownContext> KnownContexts = new[]
    {
        new KnownContext("police", PolicyContextKinds.Police),
        new KnownContext("law-enforcement", PolicyContextKinds.LawEnforcement),
        new KnownContext("body-cam", PolicyContextKinds.BodyCam),
        new KnownContext("dash-cam", PolicyContextKinds.DashCam),
        new KnownContext("none", PolicyContextKinds.None),
    };

    // ';' is only meaningful in the MSBuild property; the package's targets turn it into ',' before the compiler sees it.
    private static readonly char[] Separators = { ',', ' ', '\t', ';' };

    /// <summary>Parses a context list. Unknown tokens go to <paramref name="problems"/>; known ones still apply.</summary>
    public static PolicyContextKinds ParseContext(string raw, List<string> problems)
    {
        var kinds = PolicyContextKinds.None;
        var sawNone = false;
        var sawOther = false;
        foreach (var token in raw.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var known = Find(token);
            if (known is null)
            {
                problems.Add("unknown context value '" + token + "' (expected police, law-enforcement, body-cam, dash-cam or none)");
                continue;
            }

            if (known.Kind == PolicyContextKinds.None)
            {
                sawNone = true;
            }
            else
            {
                sawOther = true;
                kinds |= known.Kind;
            }
        }

        if (sawNone && sawOther)
        {
            problems.Add("'none' cannot be combined with other context values in '" + raw.Trim() + "'");
        }

        return kinds;
    }

    /// <summary>
    /// Returns the upper-case code, or null with a problem when the value is neither an assigned ISO 3166-1 alpha-2 code
    /// nor an ISO 3166-2 subdivision of one (<see cref="Jurisdictions"/>).
    /// </summary>
    public static string? ParseJurisdiction(string raw, List<string> problems)
    {
        var code = raw.Trim();
        if (Jurisdictions.IsValid(code.ToUpperInvariant()))
        {
            return code.ToUpperInvariant();
        }

        problems.Add("jurisdiction '" + code + "' is not an ISO 3166-1 alpha-2 country code or an ISO 3166-2 subdivision (for example US, GB, DE, US-CA)");
        return null;
    }

    private static KnownContext? Find(string token)
    {
        foreach (var known in KnownContexts)
        {
            if (string.Equals(known.Name, token, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return null;
    }
}
