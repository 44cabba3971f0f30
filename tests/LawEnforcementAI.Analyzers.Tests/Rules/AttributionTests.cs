using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Verification;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Verification.ExpectedDiagnostic;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>
/// The three ways to attribute code (MSBuild property, assembly attribute, .editorconfig/.globalconfig), their
/// precedence, and the LEAI000 audit record naming what was found and where.
/// </summary>
public class AttributionTests
{
    private static readonly string LiveSource = PolicyMatrixTests.Source("live");

    private static AnalyzerTest WithAttribute(AnalyzerTest test, string arguments) =>
        test.WithSource(PackageFiles.AttributeSource, PackageFiles.AttributePath)
            .WithSource($"[assembly: LawEnforcementAI.AIPolicyContext({arguments})]", "/src/Properties/AssemblyInfo.cs");

    [Fact]
    public Task MSBuildProperty_Attributes_AndLeai000NamesIt() =>
        Verify.Policy().WithMsBuildProperty("AIPolicyContext", "police").WithSource(LiveSource)
            .Expect(
                Diag("LEAI000").WithNoLocation().WithMessage("AI policy analysis is active for this project: police (jurisdiction unset) from MSBuild property"),
                Diag("LEAI001").WithLocation(0).WithLocation(1))
            .VerifyAsync();

    /// <remarks>
    /// A ';' never reaches the compiler: the package's buildTransitive targets turn it into ',' because the generated
    /// editorconfig would cut the value at ';'. tests/Package/verify-package.sh proves that half with a real build.
    /// </remarks>
    [Fact]
    public Task MSBuildProperty_CommasSpacesAndCase_AreAccepted() =>
        Verify.Policy().WithMsBuildProperty("AIPolicyContext", "POLICE, Body-Cam").WithMsBuildProperty("AIPolicyJurisdiction", "us").WithSource(LiveSource)
            .Expect(
                Diag("LEAI000").WithNoLocation().WithMessageContaining("police, body-cam (US) from MSBuild property"),
                Diag("LEAI001").WithLocation(0),
                Diag("LEAI002").WithLocation(0))
            .VerifyAsync();

    [Fact]
    public Task AssemblyAttribute_Attributes_WithNothingElseDeclared() =>
        WithAttribute(Verify.Policy(), "\"law-enforcement, dash-cam\", Jurisdiction = \"US\"").WithSource(LiveSource)
            .Expect(
                Diag("LEAI000").WithNoLocation().WithMessage("AI policy analysis is active for this project: law-enforcement, dash-cam (US) from assembly attribute"),
                Diag("LEAI001").WithLocation(0),
                Diag("LEAI002").WithLocation(0))
            .VerifyAsync();

    [Fact]
    public Task EditorConfigSection_AttributesOnlyItsFolder() =>
        Verify.Policy()
            .WithEditorConfig("root = true\n[/src/Patrol/**.cs]\nai_policy_context = body-cam\nai_policy_jurisdiction = US\n")
            .WithSource(LiveSource, "/src/Patrol/Uploader.cs")
            .WithSource(PolicyMatrixTests.Source("live", "StationUploader").WithoutMarkup(), "/src/Station/Uploader.cs")
            .Expect(
                Diag("LEAI000").WithNoLocation().WithMessage("AI policy analysis is active for this project: body-cam (US) from .editorconfig/.globalconfig"),
                Diag("LEAI002").WithLocation(0).WithLocation(1))
            .VerifyAsync();

    [Fact]
    public Task GlobalConfig_TopLevelKey_AttributesTheProject() =>
        Verify.Policy().WithGlobalConfig("ai_policy_context = police\nai_policy_jurisdiction = US\n").WithSource(LiveSource)
            .Expect(
                Diag("LEAI000").WithNoLocation().WithMessageContaining("police (US) from .editorconfig/.globalconfig"),
                Diag("LEAI001").WithLocation(0))
            .VerifyAsync();

    [Fact]
    public Task Precedence_AttributeOverMSBuild_PerKey() =>
        WithAttribute(Verify.Policy(), "\"body-cam\"")
            .WithMsBuildProperty("AIPolicyContext", "police").WithMsBuildProperty("AIPolicyJurisdiction", "GB")
            .WithSource(LiveSource)
            .Expect(
                Diag("LEAI000").WithNoLocation().WithMessage("AI policy analysis is active for this project: body-cam (GB) from assembly attribute, jurisdiction from MSBuild property"),
                Diag("LEAI002").WithLocation(0))
            .VerifyAsync();

    [Fact]
    public Task Precedence_EditorConfigOverAttribute() =>
        WithAttribute(Verify.Policy(), "\"police\", Jurisdiction = \"US\"")
            .WithEditorConfig("root = true\n[/src/Fleet/**]\nai_policy_context = dash-cam\n")
            .WithSource(LiveSource, "/src/Fleet/Uploader.cs")
            .Expect(
                Diag("LEAI000").WithNoLocation().WithMessageContaining("dash-cam (US) from .editorconfig/.globalconfig, jurisdiction from assembly attribute"),
                Diag("LEAI002").WithLocation(0))
            .VerifyAsync();

    [Fact]
    public Task EditorConfigNone_OptsAFolderOut() =>
        Verify.Policy().WithMsBuildProperty("AIPolicyContext", "police")
            .WithEditorConfig("root = true\n[/src/Training/**.cs]\nai_policy_context = none\n")
            .WithSource(LiveSource.WithoutMarkup(), "/src/Training/Uploader.cs")
            .WithSource(PolicyMatrixTests.Source("recorded", "CaseUploader"), "/src/Cases/Uploader.cs")
            .Expect(
                Diag("LEAI000").WithNoLocation().WithMessageContaining("police (jurisdiction unset) from MSBuild property"),
                Diag("LEAI001").WithLocation(0).WithLocation(1))
            .VerifyAsync();

    [Fact]
    public Task AttributeNone_OverridesMSBuildProperty() =>
        WithAttribute(Verify.Policy(), "\"none\"").WithMsBuildProperty("AIPolicyContext", "police")
            .WithSource(LiveSource.WithoutMarkup())
            .VerifyAsync();

    [Fact]
    public Task NotAttributed_NothingReported() =>
        Verify.Policy().WithSource(LiveSource.WithoutMarkup()).VerifyAsync();

    [Fact]
    public Task SeveralFolderContexts_Leai000ListsEach() =>
        Verify.Policy().WithMsBuildProperty("AIPolicyContext", "police").WithMsBuildProperty("AIPolicyJurisdiction", "US")
            .WithEditorConfig("root = true\n[/src/Patrol/**.cs]\nai_policy_context = body-cam\n")
            .WithSource(LiveSource, "/src/Patrol/Uploader.cs")
            .WithSource("class Other { }", "/src/Other.cs")
            .Expect(
                Diag("LEAI000").WithNoLocation().WithMessage("AI policy analysis is active for this project: body-cam (US) from .editorconfig/.globalconfig, jurisdiction from MSBuild property; police (US) from MSBuild property"),
                Diag("LEAI002").WithLocation(0))
            .VerifyAsync();
}
