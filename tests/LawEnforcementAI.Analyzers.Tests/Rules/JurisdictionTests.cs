using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Rules.Prompts;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>
/// Jurisdictions as users write them: countries and ISO 3166-2 subdivisions, a US state still in the US, an EU member
/// state (or one of its regions) selecting the EU AI Act's citations.
/// </summary>
public class JurisdictionTests
{
    private const string EuCategorisation = "; in {0} the EU AI Act (Regulation (EU) 2024/1689) art. 5(1)(g), https://eur-lex.europa.eu/eli/reg/2024/1689/oj, wording checked 2026-12-05, prohibits biometric categorisation that infers {1}";

    [Fact]
    public Task UsState_IsStillTheUnitedStates() =>
        new PolicyTest(context: "police", jurisdiction: "us-ca")
        {
            TestCode = PolicyMatrixTests.Source("live"),
            ExpectedDiagnostics =
            {
                Diag("LEAI000").WithMessage("AI policy analysis is active for this project: police (US-CA) from MSBuild property"),
                Diag("LEAI001").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    [Fact]
    public Task RegionOfAnotherCountry_IsThatCountry() =>
        new PolicyTest(context: "police", jurisdiction: "DE-BY")
        {
            TestCode = PolicyMatrixTests.Source("live").WithoutMarkup(),
            ExpectedDiagnostics =
            {
                Diag("LEAI000").WithMessage("AI policy analysis is active for this project: police (DE-BY) from MSBuild property"),
            },
        }.RunAsync();

    [Theory]
    [InlineData("US-XX")]
    [InlineData("US-")]
    [InlineData("XX-CA")]
    [InlineData("DE-BAYERN")]
    [InlineData("US_CA")]
    public Task SubdivisionThatDoesNotExist_IsReported(string jurisdiction) =>
        new PolicyTest(context: "police", jurisdiction: jurisdiction)
        {
            TestCode = "public class Empty { }",
            ExpectedDiagnostics =
            {
                Diag("LEAI090").WithMessage($"Invalid AI policy configuration: jurisdiction '{jurisdiction}' is not an ISO 3166-1 alpha-2 country code or an ISO 3166-2 subdivision (for example US, GB, DE, US-CA) in MSBuild property 'AIPolicyJurisdiction'"),
                Diag("LEAI000").WithMessage("AI policy analysis is active for this project: police (jurisdiction unset) from MSBuild property"),
            },
        }.RunAsync();

    [Theory]
    [InlineData("DE", "What is the ethnicity of the man?", "ethnicity of the man", "race or ethnicity")]
    [InlineData("FR", "Which religion does this person follow?", "Which religion does this person", "religion")]
    [InlineData("IT", "Guess the sexual orientation of this couple.", "sexual orientation", "sexual orientation")]
    [InlineData("ES-MD", "What are the political views of the protesters?", "political views of the protesters", "political opinion")]
    public Task EuJurisdiction_CategorisationCitesTheAIAct(string jurisdiction, string prompt, string quote, string subject)
    {
        var test = new PromptTest("police", jurisdiction) { TestCode = PromptIntentTests.Source(prompt, 0, withImage: true) };
        test.ExpectedDiagnostics.Add(PromptIntentTests.Expected("LEAI004", "CompleteChatAsync", quote, subject, string.Format(EuCategorisation, jurisdiction, subject)));
        return test.RunAsync();
    }

    /// <summary>Art. 5(1)(g) names race, politics, religion and sex life, not gender, age or emotions; and only the EU's members.</summary>
    [Theory]
    [InlineData("DE", "What gender is the pedestrian?", "What gender is the pedestrian", "gender")]
    [InlineData("DE", "How old is the woman in the picture?", "How old is the woman", "a specific age")]
    [InlineData("US", "What is the ethnicity of the man?", "ethnicity of the man", "race or ethnicity")]
    [InlineData("CH", "What is the ethnicity of the man?", "ethnicity of the man", "race or ethnicity")]
    [InlineData("GB", "Which religion does this person follow?", "Which religion does this person", "religion")]
    public Task OutsideTheBanOrTheUnion_NoCitation(string jurisdiction, string prompt, string quote, string subject)
    {
        var test = new PromptTest("police", jurisdiction) { TestCode = PromptIntentTests.Source(prompt, 0, withImage: true) };
        test.ExpectedDiagnostics.Add(PromptIntentTests.Expected("LEAI004", "CompleteChatAsync", quote, subject));
        return test.RunAsync();
    }
}
