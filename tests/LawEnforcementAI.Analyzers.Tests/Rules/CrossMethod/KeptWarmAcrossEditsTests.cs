using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod.PipelineCase;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>
/// The editor's keystroke loop on a four-file program: the sender's document is analysed on its own after each edit of
/// another file (a new compilation sharing the unchanged trees). Its finding follows the edits, and the bodies of the
/// files nobody edited are not analysed again: their summaries are kept from the compilation that analysed them.
/// </summary>
public class KeptWarmAcrossEditsTests
{
    private const string Sender =
        "public class FrameSender { private readonly ChatClient _chat = " + AzureChat + "; public async Task SendAsync(byte[] jpeg) { await _chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(jpeg), \"image/jpeg\"))); } }";

    private const string Camera = "public static class DashCamera { public static byte[] Grab() => new VideoCapture(0).RetrieveMat().ToBytes(\".jpg\"); }";

    private const string ObjectEncoder = "public static class JpegEncoder { public static byte[] Encode(object raw) => (byte[])raw; }";

    private static string Encoder(string body) => "public static class JpegEncoder { public static byte[] Encode(byte[] raw) => " + body + "; }";

    private static string Patrol(string bytes) =>
        "public class Patrol { public async Task RunAsync(FrameSender sender) { var bytes = JpegEncoder.Encode(" + bytes + "); await sender.SendAsync(bytes); } }";

    [Fact]
    public async Task EditingOneFile_TheFindingFollows_AndOnlyTheEditedFileIsAnalysedAgain()
    {
        // A catalogue of its own, so the contexts and the kept summaries are this test's alone.
        var catalogue = ApiCatalog.From(CatalogTables.All);
        var analysis = new DirectAnalysis(StandInReferences.Default, new CameraFrameFlowAnalyzer(catalogue, null), new WholeProgramFlowAnalyzer(catalogue)).WithMSBuildProperties("police", "US")
            .WithSource(Usings + Sender, "/src/FrameSender.cs")
            .WithSource(Usings + Patrol(Logo), "/src/Patrol.cs")
            .WithSource(Usings + Encoder("raw"), "/src/JpegEncoder.cs")
            .WithSource(Usings + Camera, "/src/DashCamera.cs");
        var (created, _) = await analysis.CreateAsync();
        var options = created.AnalysisOptions.Options!;

        var first = created.Compilation;
        Assert.Empty(await SenderFindingsAsync(first));
        Assert.Contains("/src/JpegEncoder.cs", AnalysedFiles(first, "/src/Patrol.cs"));

        // The caller now passes a camera frame: the finding appears. The encoder's tree is unchanged, so its summary is
        // the one kept from the first compilation; the camera's body is reached for the first time.
        var withFrame = Edit(first, "/src/Patrol.cs", Patrol("DashCamera.Grab()"));
        var finding = Assert.Single(await SenderFindingsAsync(withFrame));
        Assert.Equal("LEAI001", finding.Id);
        Assert.Contains(finding.AdditionalLocations, l => l.SourceTree?.FilePath == "/src/DashCamera.cs");
        var analysed = AnalysedFiles(withFrame, "/src/Patrol.cs");
        Assert.Contains("/src/Patrol.cs", analysed);
        Assert.Contains("/src/DashCamera.cs", analysed);
        Assert.DoesNotContain("/src/JpegEncoder.cs", analysed);

        // The encoder stops passing its input on: the finding disappears. Only the edited encoder is analysed again.
        var dropped = Edit(withFrame, "/src/JpegEncoder.cs", Encoder("Array.Empty<byte>()"));
        Assert.Empty(await SenderFindingsAsync(dropped));
        analysed = AnalysedFiles(dropped, "/src/JpegEncoder.cs");
        Assert.Contains("/src/JpegEncoder.cs", analysed);
        Assert.DoesNotContain("/src/Patrol.cs", analysed);
        Assert.DoesNotContain("/src/DashCamera.cs", analysed);

        // A signature edit (the encoder takes its input by another name's type) invalidates what was kept: every body
        // the sender's requests depend on is analysed again, and the finding is back.
        var retyped = Edit(dropped, "/src/JpegEncoder.cs", Encoder("raw").Replace("byte[] raw", "ReadOnlyMemory<byte> raw").Replace("=> raw", "=> raw.ToArray()"));
        Assert.Single(await SenderFindingsAsync(retyped));
        analysed = AnalysedFiles(retyped, "/src/JpegEncoder.cs");
        Assert.Contains("/src/Patrol.cs", analysed);
        Assert.Contains("/src/DashCamera.cs", analysed);

        async Task<ImmutableArray<Diagnostic>> SenderFindingsAsync(Compilation compilation)
        {
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == "/src/FrameSender.cs");
            var diagnostics = await compilation.WithAnalyzers(created.Analyzers, options)
                .GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, default);
            return diagnostics.Where(d => d.Id is "LEAI001" or "LEAI002" or "LEAI007").ToImmutableArray();
        }

        // The files whose bodies the analyses of one compilation (and its forks, which share the edited tree) analysed.
        HashSet<string> AnalysedFiles(Compilation compilation, string edited)
        {
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == edited);
            return AnalysisCaches.Of(catalogue).Contexts
                .Where(c => c.Key.SyntaxTrees.Contains(tree))
                .SelectMany(c => c.Value.MethodAnalyses.Analysed)
                .SelectMany(m => m.DeclaringSyntaxReferences)
                .Select(r => r.SyntaxTree.FilePath)
                .ToHashSet();
        }
    }

    [Fact]
    public async Task TwoProjectsSharingAFile_EachGetsItsOwnAnswer_InAnyOrder()
    {
        // A linked file: one tree in two projects' compilations. Their encoders differ in body in one pair of projects;
        // in the other, an overload declared in one project only takes the shared caller's call (the caller's tree is
        // the same, what it binds to is not). Each project's finding is its own whichever was analysed before.
        var catalogue = ApiCatalog.From(CatalogTables.All);
        var analysis = new DirectAnalysis(StandInReferences.Default, new CameraFrameFlowAnalyzer(catalogue, null), new WholeProgramFlowAnalyzer(catalogue)).WithMSBuildProperties("police", "US")
            .WithSource(Usings + Sender, "/src/FrameSender.cs")
            .WithSource(Usings + Patrol("DashCamera.Grab()"), "/src/Patrol.cs")
            .WithSource(Usings + ObjectEncoder, "/src/JpegEncoder.cs")
            .WithSource(Usings + Camera, "/src/DashCamera.cs");
        var (created, _) = await analysis.CreateAsync();
        var options = created.AnalysisOptions.Options!;
        var passes = created.Compilation;
        var drops = Edit(passes, "/src/JpegEncoder.cs", ObjectEncoder.Replace("=> (byte[])raw", "=> Array.Empty<byte>()"));
        var overloaded = Edit(passes, "/src/JpegEncoder.cs", ObjectEncoder.Replace(" }", " public static byte[] Encode(byte[] raw) => Array.Empty<byte>(); }"));
        Assert.Same(passes.SyntaxTrees.Single(t => t.FilePath == "/src/Patrol.cs"), drops.SyntaxTrees.Single(t => t.FilePath == "/src/Patrol.cs"));

        foreach (var (project, expected) in new[] { (passes, 1), (drops, 0), (overloaded, 0), (passes, 1), (drops, 0), (overloaded, 0), (passes, 1) })
        {
            // A fresh compilation per request, as the IDE forks one: nothing but the kept summaries carries over.
            var request = project.Clone();
            var tree = request.SyntaxTrees.Single(t => t.FilePath == "/src/FrameSender.cs");
            var diagnostics = await request.WithAnalyzers(created.Analyzers, options).GetAnalyzerSemanticDiagnosticsAsync(request.GetSemanticModel(tree), null, default);
            Assert.Equal(expected, diagnostics.Count(d => d.Id == "LEAI001"));
        }
    }

    private static Compilation Edit(Compilation compilation, string path, string source)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(Usings + source)));
    }
}
