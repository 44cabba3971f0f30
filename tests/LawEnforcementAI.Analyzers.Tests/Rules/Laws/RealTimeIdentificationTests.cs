using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Laws;

/// <summary>
/// LEAI021 (EU AI Act art. 5(1)(h)): a live camera frame from law-enforcement code in an EU member state reaches a model
/// request, of any service, whose prompt asks who a person is. Close negatives: recorded footage, a prompt that does
/// not identify (or says not to), a jurisdiction outside the EU, an unattributed project.
/// </summary>
public class RealTimeIdentificationTests
{
    private const string Identify = "Who is this person?";

    /// <summary>The scenario: German police code asks Azure who is in a live frame; the prompt rule reports LEAI003 beside it.</summary>
    [Fact]
    public Task PoliceInGermany_LiveFrameWithAnIdentificationPrompt_ToAzure_CitesArticle5_1h_BesideLeai003()
    {
        var test = new LeaiAnalyzerTest(StandInReferences.Default, new CameraFrameFlowAnalyzer(), new WholeProgramFlowAnalyzer(), new PromptIntentAnalyzer())
        {
            TestCode = LawSources.FrameWithPrompt("live", Identify),
            ExpectedDiagnostics =
            {
                Diag("LEAI003", "CompleteChatAsync", "Who is this person").WithLocation(0),
                Diag("LEAI021").WithLocation(0).WithLocation(1).WithMessage(
                    "Live camera frame from 'VideoCapture.Read' reaches model request 'ChatClient.CompleteChatAsync' whose prompt asks to 'Who is this person', "
                    + "in a project attributed as police (DE); the EU AI Act (Regulation (EU) 2024/1689) art. 5(1)(h), " + LawSources.Eu + ", wording checked 2026-12-05, "
                    + "prohibits real-time remote biometric identification in publicly accessible spaces for law enforcement unless strictly necessary to search for victims or missing persons, "
                    + "to prevent an imminent threat to life or a terrorist attack, or to locate a suspect of a serious crime; such use needs a fundamental-rights impact assessment "
                    + "and registration (article 5(2)) and prior authorisation by a judicial or independent authority, in urgency requested at the latest within 24 hours (article 5(3))"),
            },
        };
        test.SetMSBuildProperties("police", "DE");
        return test.RunAsync();
    }

    [Theory]
    [InlineData("police", "DE", "Wer ist diese Person?")]
    [InlineData("law-enforcement", "FR", "Identifiez cet homme.")]
    [InlineData("police", "ES", "¿Quién es el sospechoso?")]
    [InlineData("police", "IT", "Match this face against the watchlist.")]
    public Task EuPolice_LiveFrame_IdentificationPrompt(string context, string jurisdiction, string prompt) =>
        new FlowTest(context, jurisdiction)
        {
            TestCode = LawSources.FrameWithPrompt("live", prompt),
            ExpectedDiagnostics = { Diag("LEAI021").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    /// <summary>The law binds whichever service the frame goes to: OpenAI's own service gets no Microsoft rule, but the Act's (and OpenAI's clause).</summary>
    [Fact]
    public Task EuPolice_LiveFrameToOpenAIsOwnService_IsReportedToo() =>
        new FlowTest("police", "NL")
        {
            TestCode = LawSources.FrameWithPrompt("live", Identify, LawSources.OpenAIChat),
            ExpectedDiagnostics =
            {
                Diag("LEAI021").WithLocation(0).WithLocation(1),
                ProviderTest.Leai010(ServiceProvider.OpenAI, context: "police (NL)").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    /// <summary>Body-cam code: Microsoft's mobile-camera clause (LEAI002) and the Act's, each for its own reason.</summary>
    [Fact]
    public Task BodyCamInFrance_LiveFrame_GetsLeai002AndLeai021() =>
        new FlowTest("body-cam", "FR")
        {
            TestCode = LawSources.FrameWithPrompt("unknown", Identify),
            ExpectedDiagnostics =
            {
                Diag("LEAI002").WithLocation(0).WithLocation(1),
                Diag("LEAI021").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    /// <summary>The frame and the request meet in a helper: the solver decides the request, the body read its prompt.</summary>
    [Fact]
    public Task FrameSentByAHelper_IsDecidedWithThePromptReadInTheHelper() =>
        new FlowTest("police", "DE")
        {
            TestCode = Snippets.InMethod(Snippets.OpenCv, LawSources.Capture("live") + "await {|#2:SendAsync(chat, bytes)|};", members: """
                private static async Task SendAsync(ChatClient chat, byte[] image)
                {
                    var prompt = "Identify the person in this frame.";
                    await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateTextPart(prompt), ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(image), "image/jpeg")))|};
                }
                """),
            ExpectedDiagnostics = { Diag("LEAI021").WithLocation(0).WithLocation(1).WithLocation(2) },
        }.RunAsync();

    [Theory]
    [InlineData("police", "DE", "recorded", Identify)]
    [InlineData("police", "DE", "unknown", Identify)]
    [InlineData("police", "DE", "live", "Describe the scene.")]
    [InlineData("police", "DE", "live", "Do not identify the person; describe the traffic.")]
    [InlineData("police", "GB", "live", Identify)]
    [InlineData(null, "DE", "live", Identify)]
    public Task CloseNegatives(string? context, string jurisdiction, string camera, string prompt) =>
        new FlowTest(context, jurisdiction) { TestCode = LawSources.FrameWithPrompt(camera, prompt).WithoutMarkup() }.RunAsync();

    /// <summary>In the US the Act does not apply; Microsoft's clause for US police does.</summary>
    [Fact]
    public Task PoliceInTheUS_GetsLeai001Only() =>
        new FlowTest("police", "US")
        {
            TestCode = LawSources.FrameWithPrompt("live", Identify),
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();
}
