using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>LEAI090: every way a setting can be wrong is reported where it was written, and never switches the check off.</summary>
public class InvalidConfigurationTests
{
    private const string CleanSource = "public class Empty { }";

    private const string ExpectedContexts = "(expected police, law-enforcement, body-cam, dash-cam or none)";

    private const string NotIso3166 = "is not an ISO 3166-1 alpha-2 country code or an ISO 3166-2 subdivision (for example US, GB, DE, US-CA)";

    [Fact]
    public Task MSBuildContext_UnknownValue_NamesKeyAndValue() =>
        new PolicyTest(context: "polise")
        {
            TestCode = CleanSource,
            ExpectedDiagnostics =
            {
                Diag("LEAI090").WithMessage($"Invalid AI policy configuration: unknown context value 'polise' {ExpectedContexts} in MSBuild property 'AIPolicyContext'"),
            },
        }.RunAsync();

    [Fact]
    public Task MSBuildJurisdiction_NotIso3166_NamesKeyAndValue() =>
        new PolicyTest(context: "police", jurisdiction: "USA")
        {
            TestCode = CleanSource,
            ExpectedDiagnostics =
            {
                Diag("LEAI090").WithMessage($"Invalid AI policy configuration: jurisdiction 'USA' {NotIso3166} in MSBuild property 'AIPolicyJurisdiction'"),
                Diag("LEAI000").WithMessage("AI policy analysis is active for this project: police (jurisdiction unset) from MSBuild property"),
            },
        }.RunAsync();

    [Fact]
    public Task UnassignedTwoLetterCode_IsRejected() =>
        new PolicyTest(context: "police", jurisdiction: "XX")
        {
            TestCode = CleanSource,
            ExpectedDiagnostics =
            {
                Diag("LEAI090").WithMessage($"Invalid AI policy configuration: jurisdiction 'XX' {NotIso3166} in MSBuild property 'AIPolicyJurisdiction'"),
                Diag("LEAI000"),
            },
        }.RunAsync();

    [Fact]
    public Task AttributeContext_UnknownValue_ReportedAtTheArgument() =>
        new PolicyTest
        {
            TestState =
            {
                Sources =
                {
                    (PackageFiles.AttributePath, PackageFiles.AttributeSource),
                    "[assembly: LawEnforcementAI.AIPolicyContext({|#0:\"police, bodycam\"|}, Jurisdiction = {|#1:\"U.S.\"|})]",
                },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI090").WithLocation(0).WithMessage($"Invalid AI policy configuration: unknown context value 'bodycam' {ExpectedContexts} in assembly attribute 'AIPolicyContext'"),
                Diag("LEAI090").WithLocation(1).WithMessage($"Invalid AI policy configuration: jurisdiction 'U.S.' {NotIso3166} in assembly attribute property 'Jurisdiction'"),
                Diag("LEAI000").WithMessage("AI policy analysis is active for this project: police (jurisdiction unset) from assembly attribute"),
            },
        }.RunAsync();

    [Fact]
    public Task EditorConfigValues_UnknownContextAndJurisdiction_NameKeyAndValue() =>
        new PolicyTest
        {
            TestState =
            {
                Sources = { CleanSource },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n[*.cs]\nai_policy_context = body-cams\nai_policy_jurisdiction = U5\n") },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI090").WithMessage($"Invalid AI policy configuration: unknown context value 'body-cams' {ExpectedContexts} in 'ai_policy_context = body-cams'"),
                Diag("LEAI090").WithMessage($"Invalid AI policy configuration: jurisdiction 'U5' {NotIso3166} in 'ai_policy_jurisdiction = U5'"),
            },
        }.RunAsync();

    [Fact]
    public Task NoneCombinedWithAContext_IsReported() =>
        new PolicyTest(context: "none, police")
        {
            TestCode = CleanSource,
            ExpectedDiagnostics =
            {
                Diag("LEAI090").WithMessage("Invalid AI policy configuration: 'none' cannot be combined with other context values in 'none, police' in MSBuild property 'AIPolicyContext'"),
                Diag("LEAI000").WithMessage("AI policy analysis is active for this project: police (jurisdiction unset) from MSBuild property"),
            },
        }.RunAsync();

    [Fact]
    public Task InvalidFolderValue_FallsBackToTheProjectSetting_NotSilence() =>
        new PolicyTest(context: "police", jurisdiction: "US")
        {
            TestState =
            {
                Sources = { PolicyMatrixTests.Source("live") },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n[*.cs]\nai_policy_context = polise\n") },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI090").WithMessage($"Invalid AI policy configuration: unknown context value 'polise' {ExpectedContexts} in 'ai_policy_context = polise'"),
                Diag("LEAI000").WithMessage("AI policy analysis is active for this project: police (US) from MSBuild property"),
                Diag("LEAI001").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    [Fact]
    public Task SameBadEditorConfigValue_ReportedOnce_ForManyFiles() =>
        new PolicyTest
        {
            TestState =
            {
                Sources = { "class A { }", "class B { }", "class C { }" },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n[*.cs]\nai_policy_context = sheriff\n") },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI090").WithMessage($"Invalid AI policy configuration: unknown context value 'sheriff' {ExpectedContexts} in 'ai_policy_context = sheriff'"),
            },
        }.RunAsync();
}
