using System;
using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Rules;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers.CodeFixes;

/// <summary>
/// The IDs of every rule in the analyzer assembly, read from the analyzers themselves, so a rule added later gets the
/// "suppress with a justification" fix without anyone listing it here.
/// </summary>
internal static class PolicyRuleIds
{
    public static ImmutableArray<string> All { get; } =
        typeof(JustifiedSuppressionAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)).SupportedDiagnostics)
            .Select(d => d.Id)
            .Distinct()
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>All but LEAI006: suppressing the audit of suppressions with another suppression would go in circles.</summary>
    public static ImmutableArray<string> Suppressible { get; } = All.Remove(RuleIds.UnjustifiedSuppression);
}
