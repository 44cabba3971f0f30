using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Laws;

/// <summary>
/// LEAI004 in EU code cites the EU AI Act's ban on biometric categorisation (art. 5(1)(g)) for the attributes it names;
/// not for those it does not name (gender), and not outside the EU.
/// </summary>
public class BiometricCategorisationTests
{
    private static string Source(string prompt) => LawSources.FrameWithPrompt("live", prompt).Replace("{|#1:capture.Read(frame)|}", "capture.Read(frame)");

    [Fact]
    public Task RaceInGermany_CitesArticle5_1g() =>
        new PromptTest("police", "DE")
        {
            TestCode = Source("What is the ethnicity of the man?"),
            ExpectedDiagnostics =
            {
                Diag("LEAI004", "CompleteChatAsync", "race or ethnicity", "ethnicity of the man",
                    "; in DE the EU AI Act (Regulation (EU) 2024/1689) art. 5(1)(g), " + LawSources.Eu + ", wording checked 2026-12-05, prohibits biometric categorisation that infers race or ethnicity").WithLocation(0),
            },
        }.RunAsync();

    [Theory]
    [InlineData("DE", "What gender is the pedestrian?", "gender", "What gender is the pedestrian")]
    [InlineData("US", "What is the ethnicity of the man?", "race or ethnicity", "ethnicity of the man")]
    [InlineData("GB", "Which religion does this person follow?", "religion", "Which religion does this person")]
    public Task NoCitation(string jurisdiction, string prompt, string subject, string quote) =>
        new PromptTest("police", jurisdiction)
        {
            TestCode = Source(prompt),
            ExpectedDiagnostics = { Diag("LEAI004", "CompleteChatAsync", subject, quote, string.Empty).WithLocation(0) },
        }.RunAsync();
}
