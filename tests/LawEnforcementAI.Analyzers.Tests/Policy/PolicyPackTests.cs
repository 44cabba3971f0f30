using System;
using System.Globalization;
using System.Linq;
using LawEnforcementAI.Analyzers.Policy;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Policy;

/// <summary>Every pack says where its text is and when its wording was checked, and docs/policy.md indexes it.</summary>
public class PolicyPackTests
{
    public static TheoryData<string> Packs() => new(PolicyPacks.All.Select(p => p.Id));

    [Theory]
    [MemberData(nameof(Packs))]
    public void Pack_NamesItsUrlCheckDateAndClauses(string id)
    {
        var pack = PolicyPacks.All.Single(p => p.Id == id);
        Assert.StartsWith("https://", pack.Url, StringComparison.Ordinal);
        var checkedOn = DateTime.ParseExact(pack.Checked, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.True(checkedOn <= DateTime.UtcNow.Date, $"{id} was checked on {pack.Checked}, a date in the future");
        Assert.NotEmpty(pack.Clauses);
        Assert.All(pack.Clauses, c => Assert.False(string.IsNullOrWhiteSpace(c.Quote)));
        Assert.Equal(pack.Clauses.Length, pack.Clauses.Select(c => c.Kind).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public void PolicyPage_IndexesThePackWithItsUrlAndCheckDate(string id)
    {
        var pack = PolicyPacks.All.Single(p => p.Id == id);
        var row = RepositoryFiles.Read("docs", "policy.md").Split('\n').FirstOrDefault(l => l.StartsWith("| `" + id + "` |", StringComparison.Ordinal));
        Assert.True(row is not null, $"docs/policy.md has no row for the pack {id}");
        Assert.Contains(pack.Url, row, StringComparison.Ordinal);
        Assert.Contains(pack.Checked, row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("OpenAI", "openai-usage-policies")]
    [InlineData("Anthropic", "anthropic-usage-policy")]
    [InlineData("Google", "google-generative-ai-prohibited-use-policy")]
    [InlineData("Aws", "aws-responsible-ai-policy")]
    public void EachProviderHasAPackWithARealTimeIdentificationClause(string provider, string id)
    {
        var pack = PolicyPacks.ForProvider((ServiceProvider)Enum.Parse(typeof(ServiceProvider), provider));
        Assert.Equal(id, pack?.Id);
        Assert.True(pack!.Has(ClauseKind.RealTimeBiometricIdentification));
    }

    [Fact]
    public void Microsoft_KeepsItsOwnRules_NoPack() => Assert.Null(PolicyPacks.ForProvider(ServiceProvider.Microsoft));

    [Theory]
    [InlineData("OpenAI", "OpenAI's own service")]
    [InlineData("Anthropic", "Anthropic's service")]
    [InlineData("Google", "Google's Gemini API or Vertex AI")]
    [InlineData("Aws", "Amazon Bedrock")]
    public void Leai010_NamesEachOtherProvidersService(string provider, string name) =>
        Assert.Equal(name, Analyzers.Rules.Leai010LiveCameraToOtherProvider.ServiceName((ServiceProvider)Enum.Parse(typeof(ServiceProvider), provider)));

    /// <summary>LEAI010 never reports Microsoft's service (LEAI001/LEAI002 do): it has no name for it to fall back on.</summary>
    [Fact]
    public void Leai010_HasNoNameForMicrosoftsService() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Analyzers.Rules.Leai010LiveCameraToOtherProvider.ServiceName(ServiceProvider.Microsoft));

    [Theory]
    [InlineData("DE", "eu-ai-act")]
    [InlineData("GR", "eu-ai-act")]
    [InlineData("FR-75C", "eu-ai-act")]
    [InlineData("GB", null)]
    [InlineData("CH", null)]
    [InlineData("US", null)]
    [InlineData(null, null)]
    public void LawPack_FollowsTheJurisdiction(string? jurisdiction, string? id)
    {
        var context = new PolicyContext(PolicyContextKinds.Police, jurisdiction, AttributionSource.MSBuildProperty, AttributionSource.MSBuildProperty);
        Assert.Equal(id, PolicyPacks.LawFor(context)?.Id);
    }

    [Fact]
    public void EuropeanUnion_HasItsTwentySevenMembers_AndUsItsFiftySevenSubdivisions()
    {
        Assert.Equal(27, Jurisdictions.EuropeanUnionMembers.Split(' ').Distinct().Count());
        Assert.Equal(57, Jurisdictions.UnitedStatesSubdivisions.Split(' ').Distinct().Count());
    }
}
