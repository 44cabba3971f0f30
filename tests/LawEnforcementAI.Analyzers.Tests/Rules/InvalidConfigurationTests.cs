using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Verification.ExpectedDiagnostic;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>LEAI090: every way a setting can be wrong is reported where it was written, and never switches the check off.</summary>
public class InvalidConfigurationTests
{
    private static readonly string CleanSource = "public class Empty { }";

    [Fact]
    public Task MSBuildContext_UnknownValue_NamesKeyAndValue() =>
        Verify.Policy().WithMsBuildProperty("AIPolicyContext", "polise").WithSource(CleanSource)
            .Expect(Diag("LEAI090").WithNoLocation().WithMessage(
                "Invalid AI policy configuration: unknown context value 'polise' (expected police, law-enforcement, body-cam, dash-cam or none) in MSBuild property 'AIPolicyContext'"))
            .VerifyAsync();

    [Fact]
    public Task MSBuildJurisdiction_NotIso3166_NamesKeyAndValue() =>
        Verify.Policy().WithMsBuildProperty("AIPolicyContext", "police").WithMsBuildProperty("AIPolicyJurisdiction", "USA").WithSource(CleanSource)
            .Expect(
                Diag("LEAI090").WithNoLocation().WithMessageContaining("jurisdiction 'USA' is not an ISO 3166-1 alpha-2 country code").WithMessageContaining("MSBuild property 'AIPolicyJurisdiction'"),
                Diag("LEAI000").WithNoLocation().WithMessageContaining("police (jurisdiction unset)"))
            .VerifyAsync();

    [Fact]
    public Task UnassignedTwoLetterCode_IsRejected() =>
        Verify.Policy().WithMsBuildProperty("AIPolicyContext", "police").WithMsBuildProperty("AIPolicyJurisdiction", "XX").WithSource(CleanSource)
            .Expect(
                Diag("LEAI090").WithNoLocation().WithMessageContaining("jurisdiction 'XX'"),
                Diag("LEAI000").WithNoLocation())
            .VerifyAsync();

    [Fact]
    public Task AttributeContext_UnknownValue_ReportedAtTheArgument() =>
        Verify.Policy()
            .WithSource(PackageFiles.AttributeSource, PackageFiles.AttributePath)
            .WithSource("[assembly: LawEnforcementAI.AIPolicyContext({|#0:\"police, bodycam\"|}, Jurisdiction = {|#1:\"U.S.\"|})]")
            .Expect(
                Diag("LEAI090").WithLocation(0).WithMessageContaining("unknown context value 'bodycam'").WithMessageContaining("assembly attribute"),
                Diag("LEAI090").WithLocation(1).WithMessageContaining("jurisdiction 'U.S.'"),
                Diag("LEAI000").WithNoLocation().WithMessageContaining("police (jurisdiction unset) from assembly attribute"))
            .VerifyAsync();

    [Fact]
    public Task EditorConfigValues_UnknownContextAndJurisdiction_NameKeyAndValue() =>
        Verify.Policy()
            .WithEditorConfig("root = true\n[*.cs]\nai_policy_context = body-cams\nai_policy_jurisdiction = U5\n")
            .WithSource(CleanSource)
            .Expect(
                Diag("LEAI090").WithNoLocation().WithMessageContaining("unknown context value 'body-cams'").WithMessageContaining("'ai_policy_context = body-cams'"),
                Diag("LEAI090").WithNoLocation().WithMessageContaining("jurisdiction 'U5'").WithMessageContaining("'ai_policy_jurisdiction = U5'"))
            .VerifyAsync();

    [Fact]
    public Task NoneCombinedWithAContext_IsReported() =>
        Verify.Policy().WithMsBuildProperty("AIPolicyContext", "none, police").WithSource(CleanSource)
            .Expect(
                Diag("LEAI090").WithNoLocation().WithMessageContaining("'none' cannot be combined"),
                Diag("LEAI000").WithNoLocation().WithMessageContaining("police"))
            .VerifyAsync();

    [Fact]
    public Task InvalidFolderValue_FallsBackToTheProjectSetting_NotSilence() =>
        Verify.Policy().WithMsBuildProperty("AIPolicyContext", "police").WithMsBuildProperty("AIPolicyJurisdiction", "US")
            .WithEditorConfig("root = true\n[*.cs]\nai_policy_context = polise\n")
            .WithSource(PolicyMatrixTests.Source("live"))
            .Expect(
                Diag("LEAI090").WithNoLocation().WithMessageContaining("'polise'"),
                Diag("LEAI000").WithNoLocation().WithMessageContaining("police (US) from MSBuild property"),
                Diag("LEAI001").WithLocation(0).WithLocation(1))
            .VerifyAsync();

    [Fact]
    public Task SameBadEditorConfigValue_ReportedOnce_ForManyFiles() =>
        Verify.Policy()
            .WithEditorConfig("root = true\n[*.cs]\nai_policy_context = sheriff\n")
            .WithSource("class A { }").WithSource("class B { }").WithSource("class C { }")
            .Expect(Diag("LEAI090").WithNoLocation().WithMessageContaining("'sheriff'"))
            .VerifyAsync();
}
