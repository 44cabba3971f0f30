using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod.HopBoundTests;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>
/// <c>ai_policy_max_hops</c> and <c>ai_policy_solver_budget</c> are read where users write them: a .globalconfig or any
/// .editorconfig section. The solver runs once per compilation, so a value set for some files applies to all of them;
/// values that cannot be read, or files that disagree, get LEAI090 and the default applies. The effect is observed on a
/// chain of recorded footage 7 hops long: within the bound it stays recorded (LEAI001 only, whole route); cut at 2 it
/// counts as live (LEAI001 and LEAI002, route of 2).
/// </summary>
public class FlowSettingsTests
{
    private const string CleanSource = "public class Empty { }";

    [Fact]
    public Task MaxHops_InAnEditorconfigSection_IsUsed() =>
        new FlowTest("body-cam, police", "US")
        {
            // A chain longer than the three callee levels a type's analysis follows: build only (docs/flow.md, "Editor and build").
            TestState =
            {
                Sources = { Chain(6) },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n\n[*.cs]\nai_policy_max_hops = 2\n") },
            },
            ExpectedDiagnostics = { ChainRoute("LEAI001", 2), ChainRoute("LEAI002", 2) },
        }.RunAsync();

    [Fact]
    public Task MaxHops_SetForOneFileOnly_AppliesToTheWholeCompilation() =>
        new FlowTest("body-cam, police", "US")
        {
            // A chain longer than the three callee levels a type's analysis follows: build only (docs/flow.md, "Editor and build").
            TestState =
            {
                Sources = { ("/0/Test0.cs", Chain(6)), ("/0/Other.cs", CleanSource) },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n\n[Other.cs]\nai_policy_max_hops = 2\n") },
            },
            ExpectedDiagnostics = { ChainRoute("LEAI001", 2), ChainRoute("LEAI002", 2) },
        }.RunAsync();

    [Fact]
    public Task MaxHops_DifferentValuesForDifferentFiles_Leai090AndTheDefault() =>
        new PolicyTest("body-cam, police", "US")
        {
            // A chain longer than the three callee levels a type's analysis follows: build only (docs/flow.md, "Editor and build").
            TestState =
            {
                Sources = { ("/0/Test0.cs", Chain(6)), ("/0/Other.cs", CleanSource) },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n\n[Test0.cs]\nai_policy_max_hops = 2\n\n[Other.cs]\nai_policy_max_hops = 3\n") },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI090").WithMessage("Invalid AI policy configuration: 'ai_policy_max_hops' is set to different values for different files (2, 3); it applies to the whole compilation, so the default 8 is used: set it once, in a .globalconfig or a section that covers every file"),
                Diag("LEAI000"),
                ChainRoute("LEAI001", 7),
            },
        }.RunAsync();

    [Fact]
    public Task MaxHops_NotANumber_Leai090AndTheDefault() =>
        new PolicyTest("body-cam, police", "US")
        {
            // A chain longer than the three callee levels a type's analysis follows: build only (docs/flow.md, "Editor and build").
            TestState =
            {
                Sources = { Chain(6) },
                AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nai_policy_max_hops = eight\n") },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI090").WithMessage("Invalid AI policy configuration: 'ai_policy_max_hops = eight' is not a whole number of zero or more; the default 8 is used"),
                Diag("LEAI000"),
                ChainRoute("LEAI001", 7),
            },
        }.RunAsync();

    [Fact]
    public Task SolverBudget_NegativeInAnEditorconfigSection_Leai090() =>
        new PolicyTest("police", "US")
        {
            TestState =
            {
                Sources = { CleanSource },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n\n[*.cs]\nai_policy_solver_budget = -5\n") },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI090").WithMessage("Invalid AI policy configuration: 'ai_policy_solver_budget = -5' is not a whole number of zero or more; the default 2000 is used"),
                Diag("LEAI000"),
            },
        }.RunAsync();

    [Fact]
    public Task ValidSettings_NoLeai090() =>
        new PolicyTest("police", "US")
        {
            TestState =
            {
                Sources = { CleanSource },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n\n[*.cs]\nai_policy_max_hops = 12\nai_policy_solver_budget = 500\n") },
            },
            ExpectedDiagnostics = { Diag("LEAI000") },
        }.RunAsync();
}
