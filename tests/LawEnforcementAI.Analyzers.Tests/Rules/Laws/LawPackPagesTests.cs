using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Laws;

/// <summary>
/// A law rule's page quotes its pack's clause, links the law and gives the date its wording was checked, the pack's own
/// date; docs/policy.md lists the pack with the same date. Re-checking a law means updating the pack and both pages.
/// </summary>
public class LawPackPagesTests
{
    [Theory]
    [InlineData("LEAI021", "eu-ai-act", nameof(ClauseKind.RealTimeBiometricIdentification))]
    [InlineData("LEAI020", "ca-penal-code-13663", nameof(ClauseKind.AiDraftedPoliceReport))]
    [InlineData("LEAI022", "eu-ai-act", nameof(ClauseKind.UntargetedFaceDatabase))]
    public void RulePageQuotesThePackClauseAndItsCheckDate(string id, string packId, string clause)
    {
        var kind = Enum.Parse<ClauseKind>(clause);
        var pack = PolicyPacks.All.Single(p => p.Id == packId);
        var page = RepositoryFiles.Read("docs", "rules", id + ".md");
        Assert.Contains(pack.Url, page, StringComparison.Ordinal);
        Assert.Contains("> \"" + pack.Clause(kind).Quote + "\"", page, StringComparison.Ordinal);

        var onPage = Regex.Match(page, @"Wording checked on (\d{4}-\d{2}-\d{2})\.");
        Assert.True(onPage.Success, $"{id}.md does not say 'Wording checked on yyyy-MM-dd.'");
        Assert.Equal(pack.Checked, onPage.Groups[1].Value);
        Assert.True(DateTime.ParseExact(pack.Checked, "yyyy-MM-dd", CultureInfo.InvariantCulture) <= DateTime.UtcNow.Date);

        var policy = RepositoryFiles.Read("docs", "policy.md");
        Assert.Matches(new Regex($@"^\|.*\| {Regex.Escape(pack.Url)} \|.*\[{id}\]\(rules/{id}\.md\).*\| {pack.Checked} \|$", RegexOptions.Multiline), policy);
    }

    /// <summary>A pack whose wording is known from secondary sources says so on its rule's page.</summary>
    [Fact]
    public void California_IsMarkedSecondary_AndItsPageSaysTheLawRegulatesRatherThanForbids()
    {
        Assert.Equal(Evidence.Secondary, PolicyPacks.CaliforniaPenalCode13663.Evidence);
        var page = RepositoryFiles.Read("docs", "rules", "LEAI020.md");
        Assert.Contains("The law regulates AI-drafted police reports; it does not forbid them.", page, StringComparison.Ordinal);
        Assert.Contains("**Summary**", page, StringComparison.Ordinal);
    }
}
