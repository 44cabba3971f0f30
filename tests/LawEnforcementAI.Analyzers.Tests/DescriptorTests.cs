using System;
using System.Collections.Generic;
using System.IO;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests;

/// <summary>Every rule links to its page, the page exists and quotes what a reader needs, and the release files list it.</summary>
public class DescriptorTests
{
    /// <summary>Every ID the analyzers declare (reflection: a rule added later is checked without being listed here).</summary>
    public static IEnumerable<object[]> Descriptors() => PackageRules.Descriptors.Select(d => new object[] { d.Id });

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
    [InlineData("LEAI003", "D")]
    [InlineData("LEAI004", "C")]
    [InlineData("LEAI004", "E")]
    [InlineData("LEAI005", "F")]
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

    /// <summary>Listed in a release file with its category and default severity (RS2000 checks the build; this the text).</summary>
    [Theory]
    [MemberData(nameof(Descriptors))]
    public void RuleIsTrackedInAnalyzerReleases(string id)
    {
        var descriptor = Find(id);
        var releases = ReleaseFiles();
        Assert.Matches(new Regex($@"^{id} \| {descriptor.Category} \| {descriptor.DefaultSeverity} \|", RegexOptions.Multiline), releases);
    }

    /// <summary>The README's rule table has the rule with its page, title and default severity.</summary>
    [Theory]
    [MemberData(nameof(Descriptors))]
    public void ReadmeRuleTableListsTheRule(string id)
    {
        var descriptor = Find(id);
        var rows = ReadmeRuleRows();
        Assert.True(rows.ContainsKey(id), $"README.md's rule table has no row for {id}");
        var (link, title, severity) = rows[id];
        Assert.Equal($"docs/rules/{id}.md", link);
        Assert.StartsWith(descriptor.Title.ToString(CultureInfo.InvariantCulture), title, StringComparison.Ordinal);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), severity);
    }

    /// <summary>The package's release notes, which NuGet shows, name the rule.</summary>
    [Theory]
    [MemberData(nameof(Descriptors))]
    public void PackageReleaseNotesNameTheRule(string id)
    {
        var project = RepositoryFiles.Read("src", "LawEnforcementAI.Analyzers", "LawEnforcementAI.Analyzers.csproj");
        var notes = Regex.Match(project, "<PackageReleaseNotes>(.*?)</PackageReleaseNotes>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains(id, notes, StringComparison.Ordinal);
    }

    /// <summary>The other way round: no page, README row or release entry for a rule the analyzers do not declare.</summary>
    [Fact]
    public void DocumentsNameNoRuleTheAnalyzersLack()
    {
        var declared = PackageRules.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var pages = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "docs", "rules"), "LEAI*.md").Where(p => !IsRetired(p)).Select(Path.GetFileNameWithoutExtension);
        var released = Regex.Matches(ReleaseFiles(), @"^(LEAI\d{3}) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        var stale = pages.Concat(ReadmeRuleRows().Keys).Concat(released).Where(id => !declared.Contains(id!)).Distinct().ToList();
        Assert.True(stale.Count == 0, "Documented but not declared by any analyzer: " + string.Join(", ", stale));
    }

    /// <summary>
    /// A retired rule keeps its page, so links from old builds and configurations still land somewhere, and the page
    /// names the declared rule that reports those findings now.
    /// </summary>
    [Fact]
    public void RetiredRulePages_NameTheRuleThatReportsTheirFindings()
    {
        var declared = PackageRules.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var retired = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "docs", "rules"), "LEAI*.md").Where(IsRetired).ToList();
        Assert.Equal(["LEAI101", "LEAI102"], retired.Select(Path.GetFileNameWithoutExtension).OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(retired, page =>
        {
            var successor = Regex.Match(File.ReadLines(page).First(), @"now reported as (LEAI\d{3})$").Groups[1].Value;
            Assert.Contains(successor, declared);
            Assert.DoesNotContain(Path.GetFileNameWithoutExtension(page)!, declared);
        });
    }

    private static bool IsRetired(string page) => File.ReadLines(page).First().Contains("(retired)", StringComparison.Ordinal);

    private static string ReleaseFiles() =>
        RepositoryFiles.Read("src", "LawEnforcementAI.Analyzers", "AnalyzerReleases.Shipped.md")
        + "\n" + RepositoryFiles.Read("src", "LawEnforcementAI.Analyzers", "AnalyzerReleases.Unshipped.md");

    /// <summary>Rows "| [ID](link) | title | clause | severity |" of the table under README.md's "## Rules".</summary>
    private static Dictionary<string, (string Link, string Title, string Severity)> ReadmeRuleRows()
    {
        var readme = RepositoryFiles.Read("README.md");
        var section = readme[readme.IndexOf("\n## Rules\n", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n\n", section.IndexOf("| ID |", StringComparison.Ordinal), StringComparison.Ordinal)];
        return Regex.Matches(section, @"^\| \[(LEAI\d{3})\]\(([^)]+)\) \| (.+?) \| .*? \| (\w+) \|$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => (m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value), StringComparer.Ordinal);
    }

    private static DiagnosticDescriptor Find(string id) => PackageRules.Find(id);

    private static string RepositoryRoot() => RepositoryFiles.Root();
}
