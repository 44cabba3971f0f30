using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Tests.Infrastructure;

/// <summary>
/// The rules the package ships, found by reflection over every analyzer in the analyzer assembly, so a rule added
/// later (in any analyzer) is checked by the docs, README and release tests without anyone listing it.
/// </summary>
public static class PackageRules
{
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
        [.. typeof(CameraFrameFlowAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

    /// <summary>One descriptor per ID, in ID order (LEAI000 is supported by two analyzers).</summary>
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } =
        [.. Analyzers.SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id).Select(g => g.First()).OrderBy(d => d.Id, StringComparer.Ordinal)];

    public static DiagnosticDescriptor Find(string id) => Descriptors.Single(d => d.Id == id);
}
