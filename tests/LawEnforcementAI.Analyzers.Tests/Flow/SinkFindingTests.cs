using System.Collections.Immutable;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Flow;
using LawEnforcementAI.Analyzers.Prompts;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Flow;

/// <summary>
/// Which requests that send frames are findings at all (<see cref="SinkFinding.IsReported"/>), the one rule a body's
/// analysis and the whole-program solver share; the rule tests show each case through real code.
/// </summary>
public class SinkFindingTests
{
    private static readonly ImmutableArray<IntentMatch> NoIntent = ImmutableArray<IntentMatch>.Empty;

    private static readonly ImmutableArray<IntentMatch> ReportDrafting =
        ImmutableArray.Create(new IntentMatch(IntentKind.ReportDrafting, "report", "draft the incident report"));

    [Theory]
    // ProviderFacts is internal: the cases pass its value.
    [InlineData((int)ProviderFacts.Azure, true)]
    [InlineData((int)ProviderFacts.Unknown, true)]
    [InlineData((int)ProviderFacts.None, true)]
    [InlineData((int)(ProviderFacts.Azure | ProviderFacts.OpenAI), true)]
    [InlineData((int)ProviderFacts.OpenAI, true)]
    [InlineData((int)(ProviderFacts.Aws | ProviderFacts.OtherService), true)]
    [InlineData((int)ProviderFacts.OtherService, false)]
    public void A_request_without_intents_is_a_finding_unless_it_reaches_only_another_service(int services, bool reported) =>
        Assert.Equal(reported, SinkFinding.IsReported((ProviderFacts)services, NoIntent, enrolsFaces: false));

    [Fact]
    public void Another_service_is_a_finding_for_what_its_prompt_asks_or_a_face_enrolment()
    {
        Assert.True(SinkFinding.IsReported(ProviderFacts.OtherService, ReportDrafting, enrolsFaces: false));
        Assert.True(SinkFinding.IsReported(ProviderFacts.OtherService, NoIntent, enrolsFaces: true));
        Assert.True(SinkFinding.IsReported(ProviderFacts.OtherService, default, enrolsFaces: true));
        Assert.False(SinkFinding.IsReported(ProviderFacts.OtherService, default, enrolsFaces: false));
    }
}
