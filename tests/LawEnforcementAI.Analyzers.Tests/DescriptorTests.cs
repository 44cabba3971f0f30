using System;
using System.Collections.Generic;
using System.IO;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
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

    /// <summary>
    /// The page quotes the clause and says when its wording was checked. The date must be a real date, not in the
    /// future, and the one docs/policy.md records for the clause: re-checking a clause means updating both pages.
    /// </summary>
    [Theory]
    [InlineData("LEAI001", "A")]
    [InlineData("LEAI002", "B")]
    public void PolicyRulePagesQuoteTheClauseAndWhenItsWordingWasChecked(string id, string clause)
    {
        var page = RepositoryFiles.Read("docs", "rules", id + ".md");
        Assert.Contains("https://learn.microsoft.com/en-us/legal/", page, StringComparison.Ordinal);
        Assert.Matches(new Regex("^> \"", RegexOptions.Multiline), page);

        var onPage = Regex.Match(page, @"Wording checked on (\d{4}-\d{2}-\d{2})\.");
        Assert.True(onPage.Success, $"{id}.md does not say 'Wording checked on yyyy-MM-dd.'");
        var checkedOn = DateTime.ParseExact(onPage.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.True(checkedOn <= DateTime.UtcNow.Date, $"{id}.md was checked on {onPage.Groups[1].Value}, a date in the future");

        var policy = RepositoryFiles.Read("docs", "policy.md");
        var recorded = Regex.Match(policy, $@"^\| {clause} \| \[{id}\]\(rules/{id}\.md\) \|.*\| (\d{{4}}-\d{{2}}-\d{{2}}) \|$", RegexOptions.Multiline);
        Assert.True(recorded.Success, $"docs/policy.md has no row for clause {clause} with its check date");
        Assert.Equal(recorded.Groups[1].Value, onPage.Groups[1].Value);
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
