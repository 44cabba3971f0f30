using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Prompts;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Laws;

/// <summary>
/// LEAI020 (California Penal Code § 13663): in law-enforcement code attributed to <c>US-CA</c>, a body-cam or dash-cam
/// recording reaches a model request whose prompt asks to draft a police report or its narrative. Close negatives: the
/// US without a state, another state, a prompt that summarises without drafting, no recording.
/// </summary>
public class AiDraftedReportTests
{
    private const string Draft = "Draft an incident report from this body-cam footage.";

    /// <summary>The scenario: the code of the EU case, in California, with a report to draft over body-cam footage.</summary>
    [Fact]
    public Task BodyCamPoliceInCalifornia_ReportDraftingPrompt_GetsTheSb524Note() =>
        new FlowTest("police, body-cam", "US-CA")
        {
            TestCode = LawSources.FrameWithPrompt("live", Draft),
            ExpectedDiagnostics =
            {
                Diag("LEAI001").WithLocation(0).WithLocation(1),
                Diag("LEAI002").WithLocation(0).WithLocation(1),
                Diag("LEAI020").WithLocation(0).WithLocation(1).WithMessage(
                    "Camera recording from 'VideoCapture.Read' reaches model request 'ChatClient.CompleteChatAsync' whose prompt asks to 'Draft an incident report', "
                    + "in a project attributed as police, body-cam (US-CA); the California Penal Code § 13663 (SB 524, 2025), " + LawSources.California + ", wording checked 2026-12-05, "
                    + "does not forbid AI-drafted reports but requires that each page states the report was written fully or in part using artificial intelligence and names the AI program, "
                    + "that the officer who prepared it signs it, that the AI's first draft is kept as long as the final report, and that an audit trail records who used AI "
                    + "and which video or audio footage fed it"),
            },
        }.RunAsync();

    /// <summary>Police code (no body-cam context): a recorded video file counts as the recording.</summary>
    [Theory]
    [InlineData("police", "Write the police report narrative for this incident.")]
    [InlineData("law-enforcement", "Redacta un informe policial con este vídeo.")]
    [InlineData("police", "Rédigez le procès-verbal de l'intervention.")]
    [InlineData("police", "Erstelle einen Einsatzbericht aus dem Video.")]
    public Task PoliceInCalifornia_RecordedVideo_ReportDraftingPrompt(string context, string prompt) =>
        new FlowTest(context, "US-CA")
        {
            TestCode = LawSources.FrameWithPrompt("recorded", prompt),
            ExpectedDiagnostics =
            {
                Diag("LEAI001").WithLocation(0).WithLocation(1),
                Diag("LEAI020").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    /// <summary>A dash-cam frame sent to OpenAI's own service: no Microsoft rule; the state's law and OpenAI's clause apply.</summary>
    [Fact]
    public Task DashCamInCalifornia_ToOpenAIsOwnService_GetsLeai020AndOpenAIsClause() =>
        new FlowTest("dash-cam", "US-CA")
        {
            TestCode = LawSources.FrameWithPrompt("live", Draft, LawSources.OpenAIChat),
            ExpectedDiagnostics =
            {
                Diag("LEAI020").WithLocation(0).WithLocation(1),
                ProviderTest.Leai010(ServiceProvider.OpenAI, context: "dash-cam (US-CA)").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    /// <summary>The US without a state and another state have no such law; Microsoft's clauses still apply.</summary>
    [Theory]
    [InlineData("US")]
    [InlineData("US-NY")]
    [InlineData(null)]
    public Task OutsideCalifornia_NoLeai020(string? jurisdiction) =>
        new FlowTest("police, body-cam", jurisdiction)
        {
            TestCode = LawSources.FrameWithPrompt("live", Draft),
            ExpectedDiagnostics =
            {
                Diag("LEAI001").WithLocation(0).WithLocation(1),
                Diag("LEAI002").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    /// <summary>Summarising footage, or saying not to draft, is not drafting a report; a live webcam in police code is no recording.</summary>
    [Theory]
    [InlineData("recorded", "Summarize what happens in this footage.")]
    [InlineData("recorded", "Summarise the incident report for the briefing.")]
    [InlineData("recorded", "Describe the scene; do not draft a report.")]
    [InlineData("live", Draft)]
    public Task CloseNegatives_PoliceInCalifornia(string camera, string prompt) =>
        new FlowTest("police", "US-CA")
        {
            TestCode = LawSources.FrameWithPrompt(camera, prompt),
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    /// <summary>No recording at all: an unattributed project, or a text-only request.</summary>
    [Fact]
    public Task NoRecording_NothingIsReported() =>
        new FlowTest("police", "US-CA")
        {
            TestCode = Snippets.InMethod(string.Empty, "await chat.CompleteChatAsync(new UserChatMessage(\"" + Draft + "\"));"),
        }.RunAsync();

    [Theory]
    [InlineData("Please draft the police report.", "draft the police report")]
    [InlineData("Write up the arrest report from the transcript", "Write up the arrest report")]
    [InlineData("Redacte el atestado.", "Redacte el atestado")]
    [InlineData("Rédige le rapport d'intervention", "Rédige le rapport d'intervention")]
    [InlineData("Bitte den Vorfallbericht verfassen.", "Vorfallbericht verfassen")]
    public void ReportDraftingPhrasesAreFound(string text, string quote)
    {
        var match = Assert.Single(IntentMatcher.Default.Find(text));
        Assert.Equal(IntentKind.ReportDrafting, match.Kind);
        Assert.Equal(quote, match.Quote);
    }

    [Theory]
    [InlineData("Do not draft a report.")]
    [InlineData("Summarize the police report.")]
    [InlineData("Report any weapons you see.")]
    [InlineData("Schreibe den Bericht nicht.")]
    public void NotDraftingAReport(string text) =>
        Assert.DoesNotContain(IntentMatcher.Default.Find(text), m => m.Kind == IntentKind.ReportDrafting);

    /// <summary>The prompt rules ask about the people in an image: a report to draft is none of their business.</summary>
    [Fact]
    public Task ThePromptRulesIgnoreAReportToDraft() =>
        new PromptTest("police", "US-CA") { TestCode = LawSources.FrameWithPrompt("live", Draft).WithoutMarkup() }.RunAsync();
}
