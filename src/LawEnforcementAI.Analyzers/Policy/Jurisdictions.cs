using System;

namespace LawEnforcementAI.Analyzers.Policy;

/// <summary>
/// Jurisdiction codes: ISO 3166-1 alpha-2 countries and ISO 3166-2 subdivisions (<c>US-CA</c>). Subdivision codes are
/// checked in full for the United States, whose states' laws have packs; for other countries only their form
/// (<c>CC-</c> and one to three letters or digits) is checked (docs/using-the-rules.md, "Jurisdiction").
/// </summary>
internal static class Jurisdictions
{
    /// <summary>The 27 member states (ISO codes: Greece is GR, not the EU's own EL), 2026.</summary>
    public const string EuropeanUnionMembers = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK";

    /// <summary>ISO 3166-2:US: the 50 states, the District of Columbia and the six outlying areas.</summary>
    public const string UnitedStatesSubdivisions =
        "AK AL AR AS AZ CA CO CT DC DE FL GA GU HI IA ID IL IN KS KY LA MA MD ME MI MN MO MP MS MT NC ND NE NH NJ NM NV NY " +
        "OH OK OR PA PR RI SC SD TN TX UM UT VA VI VT WA WI WV WY";

    /// <summary>The country of a code: <c>US</c> for <c>US-CA</c>.</summary>
    public static string CountryOf(string code) => code.Length > 2 ? code.Substring(0, 2) : code;

    public static bool IsInEuropeanUnion(string? code) => code is not null && ListHas(EuropeanUnionMembers, CountryOf(code));

    /// <summary>Whether an upper-case code is an assigned country or a subdivision of one (see the summary).</summary>
    public static bool IsValid(string code)
    {
        if (code.Length == 2)
        {
            return ListHas(Iso3166Alpha2.Codes, code);
        }

        if (code.Length < 4 || code.Length > 6 || code[2] != '-' || !ListHas(Iso3166Alpha2.Codes, code.Substring(0, 2)))
        {
            return false;
        }

        var subdivision = code.Substring(3);
        foreach (var c in subdivision)
        {
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9'))
            {
                return false;
            }
        }

        return code.StartsWith("US-", StringComparison.Ordinal) ? ListHas(UnitedStatesSubdivisions, subdivision) : true;
    }

    private static bool ListHas(string list, string code)
    {
        for (var i = 0; i + code.Length <= list.Length; i += 3)
        {
            if (string.CompareOrdinal(list, i, code, 0, code.Length) == 0 && (i + code.Length == list.Length || list[i + code.Length] == ' '))
            {
                return true;
            }
        }

        return false;
    }
}
