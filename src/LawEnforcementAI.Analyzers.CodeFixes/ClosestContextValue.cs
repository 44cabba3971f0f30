using System;
using System.Linq;
using LawEnforcementAI.Analyzers.Policy;

namespace LawEnforcementAI.Analyzers.CodeFixes;

/// <summary>
/// The valid context value a typo most likely meant: "bodycam" and "Body_Cam" are body-cam, "polise" is police.
/// Nothing when no value is close, because a guess far from what was written could change the policy applied.
/// </summary>
internal static class ClosestContextValue
{
    /// <summary>Edits allowed after ignoring case and the separators inside a value ('-', '_').</summary>
    private const int MaxEdits = 2;

    public static string? For(string token)
    {
        var written = Normalize(token);
        var best = PolicyValueParser.KnownContexts
            .Select(known => (known.Name, Distance: EditDistance(written, Normalize(known.Name))))
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Name, StringComparer.Ordinal)
            .First();

        // Half the word changed is a different word, not a typo ("cam" is not "dash-cam").
        return best.Distance <= MaxEdits && best.Distance * 2 < written.Length ? best.Name : null;
    }

    public static bool IsKnown(string token) =>
        PolicyValueParser.KnownContexts.Any(known => string.Equals(known.Name, token, StringComparison.OrdinalIgnoreCase));

    private static string Normalize(string value) =>
        new string(value.Where(c => c != '-' && c != '_').Select(char.ToLowerInvariant).ToArray());

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
