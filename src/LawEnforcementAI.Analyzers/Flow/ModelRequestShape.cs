using System;
using LawEnforcementAI.Analyzers.Catalog;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Tells a model request from an upload by the marks of <see cref="HttpTable"/>: text, a JSON name or a member name that
/// carries one gives its value <see cref="ProviderFacts.ModelRequest"/>, which travels with the body like any fact.
/// </summary>
internal static class ModelRequestShape
{
    /// <summary>Text with a mark or a route, or that is a model request's JSON name (a dictionary key, a part type).</summary>
    public static ProviderFacts OfText(string text)
    {
        foreach (var mark in HttpTable.ModelRequestMarks)
        {
            if (text.IndexOf(mark, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return ProviderFacts.ModelRequest;
            }
        }

        foreach (var route in HttpTable.ModelRoutes)
        {
            if (text.IndexOf(route, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return ProviderFacts.ModelRequest;
            }
        }

        return text.Length <= MaxNameLength ? OfName(text) : ProviderFacts.None;
    }

    /// <summary>A member or key named like a model request's part: <c>messages</c>, <c>image_url</c>, <c>ImageUrl</c>.</summary>
    public static ProviderFacts OfName(string name)
    {
        foreach (var wanted in HttpTable.ModelRequestNames)
        {
            if (SameName(name, wanted))
            {
                return ProviderFacts.ModelRequest;
            }
        }

        return ProviderFacts.None;
    }

    /// <summary>
    /// A raw HTTP call reaches a model when its URL may be Azure's, or when its body or route is a model request's: a
    /// form or a raw image posted to a URL the code does not fix is an upload (a records system, an evidence store).
    /// </summary>
    public static bool MayBeVisionRequest(FlowValue request, FlowValue url) =>
        (url.Provider & ProviderFacts.Azure) != 0 || ((request.Provider | url.Provider) & ProviderFacts.ModelRequest) != 0;

    private const int MaxNameLength = 16;

    /// <summary>Case and underscores aside: a serializer's naming policy turns <c>ImageUrl</c> into <c>image_url</c>.</summary>
    private static bool SameName(string name, string wanted)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < name.Length && name[i] == '_')
            {
                i++;
            }

            while (j < wanted.Length && wanted[j] == '_')
            {
                j++;
            }

            if (i == name.Length || j == wanted.Length)
            {
                return i == name.Length && j == wanted.Length;
            }

            if (char.ToLowerInvariant(name[i]) != char.ToLowerInvariant(wanted[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }
}
