using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod.PipelineCase;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>
/// The fuse of the cross-method solver: whatever the input, its work is bounded by a budget proportional to
/// the program; when the budget runs out the analysis still ends, keeps every finding it made, and LEAI000 says so.
/// </summary>
public class SolverBudgetTests
{
    /// <summary>A frame sent in place (decided in the method) and one sent by a helper with a field client (decided by the solver).</summary>
    private static readonly string InPlaceAndAcrossMethods = Usings + $$"""
        public class InPlace
        {
            public async Task RunAsync()
            {
                var chat = {{AzureChat}};
                await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(new VideoCapture(0).RetrieveMat().ToBytes(".jpg")), "image/jpeg")));
            }
        }

        public class Sender
        {
            private readonly ChatClient _chat = {{AzureChat}};

            public Task SendAsync(byte[] jpeg) => _chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(jpeg), "image/jpeg")));

            public Task CaptureAsync() => SendAsync(new VideoCapture(0).RetrieveMat().ToBytes(".jpg"));
        }
        """;

    /// <summary>
    /// <paramref name="methods"/> methods in a ring, each handing on the delegate it was given plus a lambda of its own:
    /// every parameter ends up holding every lambda, so the solver's work grows with the square of the ring.
    /// </summary>
    private static string DelegateRing(int methods)
    {
        var sb = new StringBuilder("using System;\npublic static class Ring\n{\n");
        for (var i = 0; i < methods; i++)
        {
            var next = (i + 1) % methods;
            sb.Append(CultureInfo.InvariantCulture, $"    public static int Step{i}(Func<int> f, int n) => n <= 0 ? f() : Step{next}(f, n - 1) + Step{next}(() => {i}, n - 1);\n");
        }

        // Called from the sending code: the flow analysis follows only code connected to a camera or a request.
        sb.Append("}\npublic static class RingUser\n{\n    public static System.Threading.Tasks.Task Go() => new Sender().SendAsync(BitConverter.GetBytes(Ring.Step0(() => 0, 3)));\n");
        return sb.Append("}\n").ToString();
    }

    /// <summary>The same ring handing on functions that return bytes, whose result its user sends with the sender.</summary>
    private static string BytesRing(int methods)
    {
        var sb = new StringBuilder("using System;\npublic static class Ring\n{\n");
        for (var i = 0; i < methods; i++)
        {
            var next = (i + 1) % methods;
            sb.Append(CultureInfo.InvariantCulture, $"    public static byte[] Step{i}(Func<byte[]> f, int n) => n <= 0 ? f() : Step{next}(f, n - 1) ?? Step{next}(() => new byte[] {{ {i % 200} }}, n - 1);\n");
        }

        sb.Append("}\npublic static class RingUser\n{\n    public static System.Threading.Tasks.Task Go() => new Sender().SendAsync(Ring.Step0(() => new byte[0], 3));\n");
        return sb.Append("}\n").ToString();
    }

    private static DirectAnalysis Analysis(int? budget, params string[] sources)
    {
        var analysis = DirectAnalysis.Flow("police", "US");
        foreach (var source in sources)
        {
            analysis.WithSource(source);
        }

        return budget is int steps ? analysis.WithAnalyzerConfig("/.globalconfig", $"is_global = true\nai_policy_solver_budget = {steps}\n") : analysis;
    }

    private static string Key(Diagnostic d) => d.Id + " " + d.Location.GetLineSpan() + " " + d.GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public async Task BudgetSpent_InMethodFindingStays_AndLeai000NamesTheUndecidedRequest()
    {
        var diagnostics = await Analysis(0, InPlaceAndAcrossMethods).RunAsync();

        var leai001 = Assert.Single(diagnostics, d => d.Id == "LEAI001");
        Assert.StartsWith("chat.CompleteChatAsync(", leai001.Location.SourceTree!.GetText().ToString(leai001.Location.SourceSpan), StringComparison.Ordinal);
        var cut = Assert.Single(diagnostics, d => d.Id == "LEAI000");
        var message = cut.GetMessage(CultureInfo.InvariantCulture);
        Assert.StartsWith("AI policy analysis is active for this project: cross-method analysis was cut short after ", message, StringComparison.Ordinal);
        Assert.Contains("the 0 cross-method finding(s) it had established are reported, and 1 request(s) that depend on other methods were not decided, first at Test0.cs(", message, StringComparison.Ordinal);
        Assert.Contains("raise ai_policy_solver_budget", message, StringComparison.Ordinal);
        var undecided = Assert.Single(cut.AdditionalLocations);
        Assert.StartsWith("_chat.CompleteChatAsync(", undecided.SourceTree!.GetText().ToString(undecided.SourceSpan), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefaultBudget_SameCode_DecidesEverything_WithoutANote()
    {
        var diagnostics = await Analysis(null, InPlaceAndAcrossMethods).RunAsync();

        Assert.Equal(2, diagnostics.Count(d => d.Id == "LEAI001"));
        Assert.DoesNotContain(diagnostics, d => d.Id == "LEAI000");
    }

    [Fact]
    public async Task InTheEditor_NeighbourhoodCutShort_TheTypesOwnRoutesAreStillShown()
    {
        // The ring is in the sender's neighbourhood (its user calls SendAsync) and is solved first (its file sorts
        // first), so a budget of 2 steps per item runs out there; the sender's own route, capture to send inside its
        // type, is still decided by a solve of the type alone.
        var (created, _) = await Analysis(2, InPlaceAndAcrossMethods).WithSource(BytesRing(150), "/0/A_Ring.cs").CreateAsync();
        var compilation = created.Compilation;
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "/0/Test0.cs");
        var shown = await compilation.WithAnalyzers(created.Analyzers, created.AnalysisOptions.Options!)
            .GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, default);

        Assert.Equal(2, shown.Count(d => d.Id == "LEAI001"));
        Assert.Contains(shown, d => d.Id == "LEAI001" && tree.GetText().ToString(d.Location.SourceSpan).StartsWith("_chat.CompleteChatAsync(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PathologicalRing_TightBudget_EndsWithANote_AndLosesNoFindingItMade()
    {
        var ring = DelegateRing(150);
        var full = await Analysis(null, InPlaceAndAcrossMethods, ring).RunAsync();
        var cut = await Analysis(20, InPlaceAndAcrossMethods, ring).RunAsync();

        // With the default budget the ring is solved (no note); with 20 steps per item it is not.
        Assert.DoesNotContain(full, d => d.Id == "LEAI000");
        Assert.Contains(cut, d => d.Id == "LEAI000" && d.GetMessage(CultureInfo.InvariantCulture).Contains("cut short", StringComparison.Ordinal));

        // Everything reported under the cut is a finding of the full run: the fuse never invents or alters a warning.
        var fullKeys = full.Select(Key).ToHashSet();
        Assert.All(cut.Where(d => d.Id != "LEAI000"), d => Assert.Contains(Key(d), fullKeys));
        Assert.Contains(cut, d => d.Id == "LEAI001");
    }
}
