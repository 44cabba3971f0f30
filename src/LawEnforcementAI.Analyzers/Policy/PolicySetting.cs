using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Policy;

/// <summary>What one attribution level says; a value that could not be read at all leaves that part unset.</summary>
internal readonly struct PolicySetting
{
    public PolicySetting(PolicyContextKinds? kinds, string? jurisdiction)
    {
        Kinds = kinds;
        Jurisdiction = jurisdiction;
    }

    public PolicyContextKinds? Kinds { get; }

    public string? Jurisdiction { get; }

    /// <param name="contextKey">Names the key in problem messages, e.g. "MSBuild property 'AIPolicyContext'"; <paramref name="jurisdictionKey"/> likewise.</param>
    public static PolicySetting Parse(
        string? rawContext, string? rawJurisdiction,
        string contextKey, string jurisdictionKey,
        Location? contextLocation, Location? jurisdictionLocation,
        List<PolicyProblem> problems)
    {
        PolicyContextKinds? kinds = null;
        string? jurisdiction = null;
        var messages = new List<string>();
        if (!string.IsNullOrWhiteSpace(rawContext))
        {
            var parsed = PolicyValueParser.ParseContext(rawContext!, messages);
            var anyKnown = messages.Count == 0 || parsed != PolicyContextKinds.None;
            kinds = anyKnown ? parsed : null;
            Report(messages, contextKey, contextLocation, problems);
        }

        if (!string.IsNullOrWhiteSpace(rawJurisdiction))
        {
            jurisdiction = PolicyValueParser.ParseJurisdiction(rawJurisdiction!, messages);
            Report(messages, jurisdictionKey, jurisdictionLocation, problems);
        }

        return new PolicySetting(kinds, jurisdiction);
    }

    private static void Report(List<string> messages, string key, Location? location, List<PolicyProblem> problems)
    {
        foreach (var message in messages)
        {
            problems.Add(new PolicyProblem(message + " in " + key, location ?? Location.None));
        }

        messages.Clear();
    }
}
