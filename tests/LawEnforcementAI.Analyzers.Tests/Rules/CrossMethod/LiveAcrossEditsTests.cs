using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod.PipelineCase;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>
/// What an editor shows in one open document while another is edited: the sender's document is analysed on its own
/// (as the IDE does, each edit making a new compilation that shares the unchanged trees), and its finding follows the
/// caller in the other file. A third file with a route of its own is never analysed for the sender's document.
/// </summary>
public class LiveAcrossEditsTests
{
    private const string Sender =
        "public class FrameSender { private readonly ChatClient _chat = " + AzureChat + "; public async Task SendAsync(byte[] jpeg) { await _chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(jpeg), \"image/jpeg\"))); } }";

    private const string Unrelated =
        "public class DashUploader { public async Task UploadAsync() { var chat = " + AzureChat + "; var shot = new VideoCapture(1).RetrieveMat().ToBytes(\".png\"); await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(shot), \"image/png\"))); } }";

    private static string Caller(string bytes) =>
        "public class Patrol { public async Task RunAsync(FrameSender sender) { var bytes = " + bytes + "; await sender.SendAsync(bytes); } }";

    [Fact]
    public async Task EditingTheCaller_TheSendersFindingAppearsAndDisappears_UnrelatedFilesAreNotAnalysed()
    {
        // A catalogue of its own, so the contexts it caches are this test's alone.
        var catalogue = ApiCatalog.From(CatalogTables.All);
        var analysis = new DirectAnalysis(StandInReferences.Default, new CameraFrameFlowAnalyzer(catalogue, null), new WholeProgramFlowAnalyzer(catalogue)).WithMSBuildProperties("police", "US")
            .WithSource(Usings + Sender, "/src/FrameSender.cs")
            .WithSource(Usings + Caller(Logo), "/src/Patrol.cs")
            .WithSource(Usings + Unrelated, "/src/DashUploader.cs");
        var (created, _) = await analysis.CreateAsync();
        var first = created.Compilation;
        var options = created.AnalysisOptions.Options!;
        var sender = first.SyntaxTrees.Single(t => t.FilePath.EndsWith("FrameSender.cs", System.StringComparison.Ordinal));
        var patrol = first.SyntaxTrees.Single(t => t.FilePath.EndsWith("Patrol.cs", System.StringComparison.Ordinal));

        Assert.Empty(await SenderFindingsAsync(first));

        var withFrame = first.ReplaceSyntaxTree(patrol, patrol.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(Usings + Caller(Frame.Replace("{|#1:", "").Replace("|}", "")))));
        var appeared = await SenderFindingsAsync(withFrame);
        var finding = Assert.Single(appeared);
        Assert.Equal("LEAI001", finding.Id);
        Assert.Contains(finding.AdditionalLocations, l => l.SourceTree?.FilePath == "/src/Patrol.cs");

        // The sender's document reached the caller by name, and never bound the unrelated file's body: nothing in a
        // document's own analysis solves the whole program (the build-only LEAI000 note runs at compilation end).
        var analysed = AnalysisCaches.Of(catalogue).Contexts.Select(c => c.Value)
            .Where(c => c.MethodAnalyses.Analysed.Any(m => m.ContainingType?.Name == "Patrol"))
            .SelectMany(c => c.MethodAnalyses.Analysed).SelectMany(m => m.DeclaringSyntaxReferences).Select(r => r.SyntaxTree.FilePath).ToHashSet();
        Assert.Contains("/src/FrameSender.cs", analysed);
        Assert.Contains("/src/Patrol.cs", analysed);
        Assert.DoesNotContain("/src/DashUploader.cs", analysed);

        var back = withFrame.ReplaceSyntaxTree(withFrame.SyntaxTrees.Single(t => t.FilePath == "/src/Patrol.cs"), patrol);
        Assert.Empty(await SenderFindingsAsync(back));
        Assert.Same(sender, back.SyntaxTrees.Single(t => t.FilePath == "/src/FrameSender.cs"));

        async Task<ImmutableArray<Diagnostic>> SenderFindingsAsync(Compilation compilation)
        {
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "/src/FrameSender.cs");
            var diagnostics = await compilation.WithAnalyzers(created.Analyzers, options)
                .GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, default);
            return diagnostics.Where(d => d.Id is "LEAI001" or "LEAI002" or "LEAI007").ToImmutableArray();
        }
    }
}
