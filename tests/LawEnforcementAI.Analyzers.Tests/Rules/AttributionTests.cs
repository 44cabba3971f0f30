using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>
/// The three ways to attribute code (MSBuild property, assembly attribute, .editorconfig/.globalconfig), their
/// precedence, and the LEAI000 audit record naming what was found and where. Each is given as a user gives it: the
/// global config MSBuild generates from the properties, the attribute source the package adds, real config files.
/// </summary>
public class AttributionTests
{
    private static readonly string LiveSource = PolicyMatrixTests.Source("live");

    /// <summary>The package's attribute source plus the user's one-line assembly attribute.</summary>
    private static PolicyTest WithAttribute(PolicyTest test, string arguments)
    {
        test.TestState.Sources.Add((PackageFiles.AttributePath, PackageFiles.AttributeSource));
        test.TestState.Sources.Add(("/src/Properties/AssemblyInfo.cs", $"[assembly: LawEnforcementAI.AIPolicyContext({arguments})]"));
        return test;
    }

    [Fact]
    public Task MSBuildProperty_Attributes_AndLeai000NamesIt() =>
        new PolicyTest(context: "police")
        {
            TestCode = LiveSource,
            ExpectedDiagnostics =
            {
                Diag("LEAI000").WithMessage("AI policy analysis is active for this project: police (jurisdiction unset) from MSBuild property"),
                Diag("LEAI001").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    /// <remarks>
    /// A ';' never reaches the compiler: the package's buildTransitive targets turn it into ',' because the generated
    /// editorconfig would cut the value at ';'. tests/Package/verify-package.sh proves that half with a real build.
    /// </remarks>
    [Fact]
    public Task MSBuildProperty_CommasSpacesAndCase_AreAccepted() =>
        new PolicyTest(context: "POLICE, Body-Cam", jurisdiction: "us")
        {
            TestCode = LiveSource,
            ExpectedDiagnostics =
            {
                Diag("LEAI000").WithMessage("AI policy analysis is active for this project: police, body-cam (US) from MSBuild property"),
                Diag("LEAI001").WithLocation(0).WithLocation(1),
                Diag("LEAI002").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    [Fact]
    public Task AssemblyAttribute_Attributes_WithNothingElseDeclared() =>
        WithAttribute(
            new PolicyTest
            {
                TestCode = LiveSource,
                ExpectedDiagnostics =
                {
                    Diag("LEAI000").WithMessage("AI policy analysis is active for this project: law-enforcement, dash-cam (US) from assembly attribute"),
                    Diag("LEAI001").WithLocation(0).WithLocation(1),
                    Diag("LEAI002").WithLocation(0).WithLocation(1),
                },
            },
            "\"law-enforcement, dash-cam\", Jurisdiction = \"US\"").RunAsync();

    [Fact]
    public Task EditorConfigSection_AttributesOnlyItsFolder() =>
        new PolicyTest
        {
            TestState =
            {
                Sources =
                {
                    ("/src/Patrol/Uploader.cs", LiveSource),
                    ("/src/Station/Uploader.cs", PolicyMatrixTests.Source("live", "StationUploader").WithoutMarkup()),
                },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n[/src/Patrol/**.cs]\nai_policy_context = body-cam\nai_policy_jurisdiction = US\n") },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI000").WithMessage("AI policy analysis is active for this project: body-cam (US) from .editorconfig/.globalconfig"),
                Diag("LEAI002").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    [Fact]
    public Task GlobalConfig_TopLevelKey_AttributesTheProject() =>
        new PolicyTest
        {
            TestState =
            {
                Sources = { LiveSource },
                AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nai_policy_context = police\nai_policy_jurisdiction = US\n") },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI000").WithMessage("AI policy analysis is active for this project: police (US) from .editorconfig/.globalconfig"),
                Diag("LEAI001").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    [Fact]
    public Task Precedence_AttributeOverMSBuild_PerKey() =>
        WithAttribute(
            new PolicyTest(context: "police", jurisdiction: "GB")
            {
                TestCode = LiveSource,
                ExpectedDiagnostics =
                {
                    Diag("LEAI000").WithMessage("AI policy analysis is active for this project: body-cam (GB) from assembly attribute, jurisdiction from MSBuild property"),
                    Diag("LEAI002").WithLocation(0).WithLocation(1),
                },
            },
            "\"body-cam\"").RunAsync();

    [Fact]
    public Task Precedence_EditorConfigOverAttribute() =>
        WithAttribute(
            new PolicyTest
            {
                TestState =
                {
                    Sources = { ("/src/Fleet/Uploader.cs", LiveSource) },
                    AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n[/src/Fleet/**]\nai_policy_context = dash-cam\n") },
                },
                ExpectedDiagnostics =
                {
                    Diag("LEAI000").WithMessage("AI policy analysis is active for this project: dash-cam (US) from .editorconfig/.globalconfig, jurisdiction from assembly attribute; police (US) from assembly attribute"),
                    Diag("LEAI002").WithLocation(0).WithLocation(1),
                },
            },
            "\"police\", Jurisdiction = \"US\"").RunAsync();

    [Fact]
    public Task EditorConfigNone_OptsAFolderOut() =>
        new PolicyTest(context: "police")
        {
            TestState =
            {
                Sources =
                {
                    ("/src/Training/Uploader.cs", LiveSource.WithoutMarkup()),
                    ("/src/Cases/Uploader.cs", PolicyMatrixTests.Source("recorded", "CaseUploader")),
                },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n[/src/Training/**.cs]\nai_policy_context = none\n") },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI000").WithMessage("AI policy analysis is active for this project: police (jurisdiction unset) from MSBuild property"),
                Diag("LEAI001").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    [Fact]
    public Task AttributeNone_OverridesMSBuildProperty() =>
        WithAttribute(new PolicyTest(context: "police") { TestCode = LiveSource.WithoutMarkup() }, "\"none\"").RunAsync();

    [Fact]
    public Task NotAttributed_NothingReported() =>
        new PolicyTest { TestCode = LiveSource.WithoutMarkup() }.RunAsync();

    [Fact]
    public Task SeveralFolderContexts_Leai000ListsEach() =>
        new PolicyTest(context: "police", jurisdiction: "US")
        {
            TestState =
            {
                Sources = { ("/src/Patrol/Uploader.cs", LiveSource), ("/src/Other.cs", "class Other { }") },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n[/src/Patrol/**.cs]\nai_policy_context = body-cam\n") },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI000").WithMessage("AI policy analysis is active for this project: body-cam (US) from .editorconfig/.globalconfig, jurisdiction from MSBuild property; police (US) from MSBuild property"),
                Diag("LEAI002").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();
}
