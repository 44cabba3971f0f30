using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Verification.ExpectedDiagnostic;

namespace LawEnforcementAI.Analyzers.Tests;

/// <summary>The harness against real editorconfig/globalconfig semantics, MSBuild properties and severities.</summary>
public sealed class VerifierConfigSelfTests
{
    private const string BadCallSource = VerifierSelfTests.BadCallSource;

    [Fact]
    public async Task EditorConfig_SectionsApplyByPath_AndNestedConfigWins()
    {
        var run = await new AnalyzerTest<OptionEchoAnalyzer>()
            .WithSource("class Root { }", "/src/Root.cs")
            .WithSource("class Uploader { }", "/src/Patrol/Uploader.cs")
            .WithSource("class Notes { }", "/src/Notes.txt.cs")
            .WithEditorConfig("root = true\n[*.cs]\ntst_option = root\n[/src/Notes.txt.cs]\ntst_option = notes\n")
            .WithEditorConfig("[*.cs]\ntst_option = patrol\n", "/src/Patrol/.editorconfig")
            .RunAsync();

        Assert.Equal(
            ["/src/Notes.txt.cs: notes", "/src/Patrol/Uploader.cs: patrol", "/src/Root.cs: root"],
            run.Select(d => $"{d.Location.SourceTree!.FilePath}: {Option(d, "tst_option")}"));
    }

    [Fact]
    public async Task GlobalConfig_IsGlobalIsAdded_AndKeysReachTreeOptionsUnderEditorConfig()
    {
        var run = await new AnalyzerTest<OptionEchoAnalyzer>()
            .WithSource("class A { }", "/src/A.cs")
            .WithSource("class B { }", "/other/B.cs")
            .WithGlobalConfig("tst_option = from-global\n")
            .WithEditorConfig("[*.cs]\ntst_option = from-editorconfig\n", "/src/.editorconfig")
            .RunAsync();

        Assert.Equal(["from-global", "from-editorconfig"], run.Select(d => Option(d, "tst_option")));
        Assert.All(run, d => Assert.Equal("from-global", Option(d, "global:tst_option")));
    }

    [Fact]
    public void ConfigSet_PerPathOptionsAlreadyContainGlobalKeys_WithEditorConfigOnTop()
    {
        // Pins what ConfigSetOptionsProvider documents: Roslyn merges the global config (top-level keys and path
        // sections) into GetOptionsForSourcePath, below the editorconfig keys; GlobalConfigOptions has only top-level keys.
        var set = AnalyzerConfigSet.Create(new[]
        {
            AnalyzerConfig.Parse("is_global = true\nbuild_property.AIPolicyContext = police\nshared = global\n[/src/A.cs]\nsection_key = a\n", "/obj/generated.editorconfig"),
            AnalyzerConfig.Parse("[*.cs]\nshared = editorconfig\n", "/src/.editorconfig"),
        });

        var perPath = set.GetOptionsForSourcePath("/src/A.cs").AnalyzerOptions;
        Assert.Equal("police", perPath["build_property.AIPolicyContext"]);
        Assert.Equal("a", perPath["section_key"]);
        Assert.Equal("editorconfig", perPath["shared"]);
        Assert.Equal("police", set.GlobalConfigOptions.AnalyzerOptions["build_property.AIPolicyContext"]);
        Assert.Equal("global", set.GlobalConfigOptions.AnalyzerOptions["shared"]);
        Assert.False(set.GlobalConfigOptions.AnalyzerOptions.ContainsKey("section_key"));
    }

    [Fact]
    public void OptionsProvider_ResolvesAdditionalFilesByPath_AndLayersGlobalKeysUnderPerPathKeys()
    {
        var set = AnalyzerConfigSet.Create(new[]
        {
            AnalyzerConfig.Parse("is_global = true\nshared = global\nonly_global = yes\n", "/.globalconfig"),
            AnalyzerConfig.Parse("[*.json]\nshared = json\n", "/.editorconfig"),
        });
        var provider = new ConfigSetOptionsProvider(set);

        var options = provider.GetOptions(new InMemoryAdditionalText("/policy/ai-policy.json", "{}"));
        Assert.True(options.TryGetValue("shared", out var shared) && shared == "json");
        Assert.True(options.TryGetValue("only_global", out var onlyGlobal) && onlyGlobal == "yes");
        Assert.True(provider.GlobalOptions.TryGetValue("shared", out var global) && global == "global");
        Assert.Equal(1, options.Keys.Count(k => k == "shared"));
    }

    [Fact]
    public async Task MsBuildProperty_IsVisibleAsBuildPropertyInGlobalAndTreeOptions()
    {
        await new AnalyzerTest<OptionEchoAnalyzer>()
            .WithSource("class {|#0:Uploader|} { }")
            .WithMsBuildProperty("AIPolicyContext", "police")
            .Expect(Diag("TST002").WithLocation(0)
                .WithMessageContaining("global:build_property.AIPolicyContext=police")
                .WithMessageContaining("tree:build_property.AIPolicyContext=police"))
            .VerifyAsync();
    }

    [Theory]
    [InlineData("editorconfig")]
    [InlineData("globalconfig")]
    public async Task SeverityNone_SuppressesTheDiagnostic(string configKind)
    {
        var test = new AnalyzerTest<BadCallAnalyzer>().WithSource(BadCallSource);
        _ = configKind == "editorconfig"
            ? test.WithEditorConfig("[*.cs]\ndotnet_diagnostic.TST001.severity = none\n")
            : test.WithGlobalConfig("dotnet_diagnostic.TST001.severity = none\n");

        await test.VerifyAsync();
        Assert.Empty(await test.RunAsync());
    }

    [Fact]
    public async Task SeverityError_RaisesAWarningToAnError()
    {
        var test = new AnalyzerTest<BadCallAnalyzer>()
            .WithSource(BadCallSource)
            .WithEditorConfig("[*.cs]\ndotnet_diagnostic.TST001.severity = error\n")
            .Expect(Diag("TST001").WithLocation(0).WithSeverity(DiagnosticSeverity.Error));

        await test.VerifyAsync();
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(await test.RunAsync()).Severity);
    }

    [Fact]
    public async Task GeneratedCode_FromEditorConfig_IsSkippedByAnalyzersThatSkipGeneratedCode()
    {
        var run = await new AnalyzerTest<BadCallAnalyzer>()
            .WithSource("class G { void Bad() { } void M() { Bad(); } }", "/src/Generated.cs")
            .WithSource("class H { void Bad() { } void M() { Bad(); } }", "/src/Handwritten.cs")
            .WithEditorConfig("[Generated.cs]\ngenerated_code = true\n")
            .RunAsync();

        Assert.Equal("/src/Handwritten.cs", Assert.Single(run).Location.SourceTree!.FilePath);
    }

    // TST002 messages are "key=value; key=value"; this reads one value.
    private static string Option(Diagnostic diagnostic, string key) =>
        diagnostic.GetMessage().Split("; ").Select(p => p.Split('=', 2)).Single(p => p[0] == key)[1];
}
