using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.CodeFixes;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Rules;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Microsoft.CodeAnalysis;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.CodeFixes;

/// <summary>
/// "Suppress with a justification": the rule goes quiet, the code still compiles, and the stub raises LEAI006 until a
/// person writes the reason.
/// </summary>
public class SuppressWithJustificationFixTests
{
    private const string Stub = "\"" + LawEnforcementAI.Analyzers.Rules.Leai006UnjustifiedSuppression.JustificationStub + "\"";
    private const string Leai001Title = "LEAI001:Camera imagery sent to Azure OpenAI vision by or for US police";
    private const string Leai002Title = "LEAI002:Real-time mobile-camera frames sent to Azure OpenAI vision by law enforcement";
    private const string Method = "    public async Task RunAsync";

    private static readonly string LiveFrameSent = Snippets.InMethod(Snippets.OpenCv, Snippets.OpenCvLiveFrame + Snippets.SendBytes);

    private static string Suppression(string checkId, int marker) =>
        $"    [{{|#{marker}:System.Diagnostics.CodeAnalysis.SuppressMessage(\"AIPolicy\", \"{checkId}\", Justification = {Stub})|}}]\n";

    [Fact]
    public Task Leai001_GetsAnAttributeOnTheMethod_AndTheStubRaisesLeai006() =>
        new LeaiCodeFixTest<SuppressWithJustificationFix>("police", "US")
        {
            TestCode = LiveFrameSent,
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1), Diag("LEAI000") },
            FixedCode = LiveFrameSent.WithoutMarkup().Replace(Method, Suppression(Leai001Title, 0) + Method),
            FixedState = { ExpectedDiagnostics = { Diag("LEAI006", "[SuppressMessage]", "LEAI001").WithLocation(0), Diag("LEAI000") } },
        }.RunAsync();

    /// <summary>Two rules on one call: one attribute each, in ID order, whether fixed one by one or all at once.</summary>
    [Fact]
    public Task Leai001AndLeai002_OnOneCall_GetOneAttributeEach() =>
        new LeaiCodeFixTest<SuppressWithJustificationFix>("police, body-cam", "US")
        {
            TestCode = LiveFrameSent,
            ExpectedDiagnostics =
            {
                Diag("LEAI001").WithLocation(0).WithLocation(1),
                Diag("LEAI002").WithLocation(0).WithLocation(1),
                Diag("LEAI000"),
            },
            FixedCode = LiveFrameSent.WithoutMarkup().Replace(Method, Suppression(Leai001Title, 0) + Suppression(Leai002Title, 1) + Method),
            FixedState =
            {
                ExpectedDiagnostics = { Diag("LEAI006").WithLocation(0), Diag("LEAI006").WithLocation(1), Diag("LEAI000") },
            },
        }.RunAsync();

    /// <summary>The prompt rules run unattributed; their suppression is the same attribute, and LEAI006 audits it.</summary>
    [Fact]
    public Task Leai003_InAnUnattributedProject_GetsAnAttributeOnTheMethod()
    {
        var source = Rules.Prompts.PromptIntentTests.Source("Who is this person?", 0, withImage: true);
        const string Method = "    public async Task RunAsync";
        const string Title = "LEAI003:Vision request asks to identify a person";
        return new LeaiCodeFixTest<SuppressWithJustificationFix>
        {
            TestCode = source,
            ExpectedDiagnostics = { Diag("LEAI003").WithLocation(0) },
            FixedCode = source.WithoutMarkup().Replace(Method, Suppression(Title, 0) + Method),
            FixedState = { ExpectedDiagnostics = { Diag("LEAI006", "[SuppressMessage]", "LEAI003").WithLocation(0) } },
        }.RunAsync();
    }

    [Fact]
    public Task ExistingAttributesAndUsing_TheShortNameGoesAfterThem() =>
        new LeaiCodeFixTest<SuppressWithJustificationFix>("police", "US")
        {
            TestCode = LiveFrameSent.Replace("using OpenCvSharp;", "using OpenCvSharp;\nusing System.Diagnostics.CodeAnalysis;")
                .Replace(Method, "    [Obsolete(\"old\")]\n" + Method),
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1), Diag("LEAI000") },
            FixedCode = LiveFrameSent.WithoutMarkup().Replace("using OpenCvSharp;", "using OpenCvSharp;\nusing System.Diagnostics.CodeAnalysis;")
                .Replace(Method, "    [Obsolete(\"old\")]\n" + $"    [{{|#0:SuppressMessage(\"AIPolicy\", \"{Leai001Title}\", Justification = {Stub})|}}]\n" + Method),
            FixedState = { ExpectedDiagnostics = { Diag("LEAI006").WithLocation(0), Diag("LEAI000") } },
        }.RunAsync();

    /// <summary>LEAI090 in the assembly attribute has no member: the suppression is an assembly-level one beside it.</summary>
    [Fact]
    public Task Leai090InTheAssemblyAttribute_GetsAnAssemblySuppressionBesideIt()
    {
        const string Attribute = "[assembly: LawEnforcementAI.AIPolicyContext(\"polise\")]";
        return new LeaiCodeFixTest<SuppressWithJustificationFix>
        {
            TestState =
            {
                Sources = { "[assembly: LawEnforcementAI.AIPolicyContext({|#0:\"polise\"|})]\nclass Empty { }\n", (PackageFiles.AttributePath, PackageFiles.AttributeSource) },
                ExpectedDiagnostics = { Diag("LEAI090").WithLocation(0) },
            },
            FixedState =
            {
                Sources =
                {
                    Attribute + $"\n[assembly: {{|#0:System.Diagnostics.CodeAnalysis.SuppressMessage(\"AIPolicy\", \"LEAI090:Invalid policy configuration\", Justification = {Stub})|}}]\nclass Empty {{ }}\n",
                    (PackageFiles.AttributePath, PackageFiles.AttributeSource),
                },
                ExpectedDiagnostics = { Diag("LEAI006").WithLocation(0) },
            },
        }.ForCompilationEndDiagnostic().RunAsync();
    }

    /// <summary>Top-level statements have no member to carry the attribute; no fix is better than one that misses.</summary>
    [Fact]
    public Task TopLevelStatements_GetNoFix()
    {
        var program = Snippets.InMethod(Snippets.OpenCv, Snippets.OpenCvLiveFrame + Snippets.SendBytes);
        var body = program[(program.IndexOf("ChatClient chat", System.StringComparison.Ordinal))..program.LastIndexOf("    }\n}", System.StringComparison.Ordinal)];
        var usings = program[..program.IndexOf("public class", System.StringComparison.Ordinal)];
        var code = usings + body;
        return new LeaiCodeFixTest<SuppressWithJustificationFix>("police", "US")
        {
            TestState = { OutputKind = OutputKind.ConsoleApplication, Sources = { code } },
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1), Diag("LEAI000") },
            FixedCode = code,
        }.RunAsync();
    }

    /// <summary>Every rule the analyzers declare, present or future, except LEAI006 itself (which gets its own fix).</summary>
    [Fact]
    public void EveryRuleButLeai006_IsFixable()
    {
        var expected = PackageRules.Descriptors.Select(d => d.Id).Where(id => id != "LEAI006");
        Assert.Equal(expected, new SuppressWithJustificationFix().FixableDiagnosticIds.OrderBy(id => id, System.StringComparer.Ordinal));
    }
    /// <summary>LEAI005, found by reflection like every rule: the Face call's method gets the attribute, the stub its LEAI006.</summary>
    [Fact]
    public Task Leai005_GetsAnAttributeOnTheMethod_AndTheStubRaisesLeai006()
    {
        const string Leai005Title = "LEAI005:Azure AI Face recognition by or for US police";
        var source = Rules.Face.FaceSources.InMethod("await {|#0:_face.GroupAsync(faceIds)|};");
        var test = new LeaiCodeFixTest<SuppressWithJustificationFix>("police", "US")
        {
            TestCode = source,
            ExpectedDiagnostics = { Diag("LEAI005").WithLocation(0), Diag("LEAI000") },
            FixedCode = source.WithoutMarkup().Replace("    public async Task RunAsync", Suppression(Leai005Title, 0) + "    public async Task RunAsync"),
            FixedState = { ExpectedDiagnostics = { Diag("LEAI006", "[SuppressMessage]", "LEAI005").WithLocation(0), Diag("LEAI000") } },
        };
        test.TestState.AdditionalReferences.AddRange(StandInReferences.FaceStandIns.Select(StandInReferences.Get).Concat(ServicePackages.RestClient));
        return test.RunAsync();
    }
}
