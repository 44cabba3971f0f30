using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests;

/// <summary>
/// The IDE decides from the <c>CompilationEnd</c> tag which IDs are live (README, "In the editor"): an ID may never be
/// reported from both a compilation-end action and another one, and an analyzer with one tagged descriptor is treated
/// as compilation-end as a whole, so each analyzer is either wholly live or wholly build-only.
/// </summary>
public class LiveAndBuildOnlyDescriptorTests
{
    private static IEnumerable<DiagnosticAnalyzer> Analyzers() =>
        typeof(CameraFrameFlowAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!);

    private static bool IsCompilationEnd(DiagnosticDescriptor descriptor) => descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd);

    [Fact]
    public void EachAnalyzerIsWhollyLiveOrWhollyBuildOnly()
    {
        var mixed = Analyzers()
            .Where(a => a.SupportedDiagnostics.Select(IsCompilationEnd).Distinct().Count() > 1)
            .Select(a => a.GetType().Name);
        Assert.Empty(mixed);
    }

    [Fact]
    public void NoIdIsBothLiveAndBuildOnly()
    {
        var both = Analyzers().SelectMany(a => a.SupportedDiagnostics)
            .GroupBy(d => d.Id)
            .Where(g => g.Select(IsCompilationEnd).Distinct().Count() > 1)
            .Select(g => g.Key);
        Assert.Empty(both);
    }

    [Fact]
    public void TheFlowRulesAreLive_AndNoBuildOnlyCounterpartRemains()
    {
        var descriptors = Analyzers().SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First());
        Assert.All(["LEAI001", "LEAI002", "LEAI007"], id => Assert.False(IsCompilationEnd(descriptors[id]), id));
        Assert.Equal(["LEAI000", "LEAI090"], descriptors.Values.Where(IsCompilationEnd).Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
        Assert.Empty(new CameraFrameFlowAnalyzer().SupportedDiagnostics.Where(IsCompilationEnd));
    }

    /// <summary>LEAI005 is reported per call from an operation action: the editor shows it as you type.</summary>
    [Fact]
    public void FaceRecognitionRuleIsLive()
    {
        Assert.Empty(new FaceRecognitionAnalyzer().SupportedDiagnostics.Where(IsCompilationEnd));
        Assert.Contains(new FaceRecognitionAnalyzer().SupportedDiagnostics, d => d.Id == "LEAI005");
    }
}
