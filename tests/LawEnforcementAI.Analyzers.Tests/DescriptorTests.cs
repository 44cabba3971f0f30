using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests;

/// <summary>Every rule links to its page, the page exists and quotes what a reader needs, and the release files list it.</summary>
public class DescriptorTests
{
    public static IEnumerable<object[]> Descriptors() =>
        typeof(CameraFrameFlowAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .Select(d => d.Id)
            .Distinct() // LEAI000 is supported by both analyzers
            .Select(id => new object[] { id });

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void HelpLinkPointsToAnExistingRulePage(string id)
    {
        var descriptor = Find(id);
        Assert.Equal($"https://github.com/lawenforcementai/LawEnforcementAI.Analyzers/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md"));
        Assert.Contains(descriptor.Title.ToString(), page, StringComparison.Ordinal);
        Assert.Contains("Justification", page, StringComparison.Ordinal);
        Assert.Equal("AIPolicy", descriptor.Category);
    }

    [Theory]
    [InlineData("LEAI001")]
    [InlineData("LEAI002")]
    public void PolicyRulePagesQuoteTheClauseWithUrlAndCheckDate(string id)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md"));
        Assert.Contains("https://learn.microsoft.com/en-us/legal/", page, StringComparison.Ordinal);
        Assert.Contains("2026-11-21", page, StringComparison.Ordinal);
        Assert.Contains("> ", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void RuleIsTrackedInAnalyzerReleases(string id)
    {
        var unshipped = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "LawEnforcementAI.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains(id + " | AIPolicy | " + Find(id).DefaultSeverity, unshipped, StringComparison.Ordinal);
    }

    private static DiagnosticDescriptor Find(string id) =>
        typeof(CameraFrameFlowAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .First(d => d.Id == id);

    private static string RepositoryRoot() => RepositoryFiles.Root();
}
