using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod.PipelineCase;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>
/// What a document's analysis keeps so that the next compilation of the same declarations (the editor after a keystroke
/// inside a body) passes the bodies that only share a name by, without creating their symbols: what a field declaration
/// can answer, what a method implements, the program's shared containers, and the epoch itself. Each test also checks
/// that the finding is the one the program gives, before and after the edit.
/// </summary>
public class PassedByAcrossEditsTests
{
    private const string Send =
        "await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), \"image/jpeg\")));";

    private const string CameraFrame = "new VideoCapture(0).RetrieveMat().ToBytes(\".jpg\")";

    [Fact]
    public async Task AnEditInsideABody_KeepsTheEpochInstance_ASignatureEditMakesANewOne()
    {
        var program = await Program.CreateAsync(
            ("/src/Sender.cs", "public class Sender { public async Task SendAsync() { var chat = " + AzureChat + "; var bytes = Frames.Grab(); " + Send + " } }"),
            ("/src/Frames.cs", "public static class Frames { public static byte[] Grab() { return " + CameraFrame + "; } }"));
        var first = program.Compilation;
        Assert.Single(await program.FindingsAsync(first, "/src/Sender.cs"));

        var bodyEdit = Program.Edit(first, "/src/Frames.cs", "public static class Frames { public static byte[] Grab() { var frame = " + CameraFrame + "; return frame; } }");
        Assert.Single(await program.FindingsAsync(bodyEdit, "/src/Sender.cs"));
        Assert.Same(program.ContextOf(first, "/src/Frames.cs").SummaryEpoch, program.ContextOf(bodyEdit, "/src/Frames.cs").SummaryEpoch);

        var signatureEdit = Program.Edit(bodyEdit, "/src/Frames.cs", "public static class Frames { public static byte[] Grab(int device = 0) => new VideoCapture(device).RetrieveMat().ToBytes(\".jpg\"); }");
        Assert.Single(await program.FindingsAsync(signatureEdit, "/src/Sender.cs"));
        Assert.NotSame(program.ContextOf(bodyEdit, "/src/Frames.cs").SummaryEpoch, program.ContextOf(signatureEdit, "/src/Frames.cs").SummaryEpoch);
    }

    [Fact]
    public async Task AFieldDeclarationOfTwoFields_KeepsWhatBothAnswer_AndTheSecondFieldsClientStaysKnown()
    {
        // The sender's client is the second field of one declaration. If what that declaration answers were only its first
        // field's, the next compilation would pass it by and the client would be unknown (LEAI001 instead of OpenAI's).
        const string Clients = "public static class Clients { public static ChatClient Archive = new ChatClient(\"gpt-4o\", \"key\"), Vision = new ChatClient(\"gpt-4o\", \"key\"); }";
        var program = await Program.CreateAsync(
            ("/src/Sender.cs", "public class Sender { public async Task SendAsync() { var chat = Clients.Vision; var bytes = " + CameraFrame + "; " + Send + " } }"),
            ("/src/Clients.cs", Clients));
        var first = program.Compilation;
        Assert.Equal(new[] { "LEAI010" }, (await program.FindingsAsync(first, "/src/Sender.cs")).Select(d => d.Id));

        var clients = first.SyntaxTrees.Single(t => t.FilePath == "/src/Clients.cs");
        var declaration = clients.GetRoot().DescendantNodes().OfType<FieldDeclarationSyntax>().Single();
        var context = program.ContextOf(first, "/src/Sender.cs");
        Assert.True(context.Caches.Summaries.TryGetAnswersAt(clients, context.SummaryEpoch, declaration.SpanStart, out var answers));
        Assert.Contains("F:Clients.Archive", answers!);
        Assert.Contains("F:Clients.Vision", answers!);

        var edited = Program.Edit(first, "/src/Sender.cs", "public class Sender { public async Task SendAsync() { var chat = Clients.Vision; var bytes = " + CameraFrame + "; /* edited */ " + Send + " } }");
        Assert.Equal(new[] { "LEAI010" }, (await program.FindingsAsync(edited, "/src/Sender.cs")).Select(d => d.Id));
    }

    [Fact]
    public async Task WhatEachMethodImplements_IsKept_AndADeclarationEditThatAddsAnImplementationIsSeen()
    {
        var program = await Program.CreateAsync(
            ("/src/Sender.cs", "public interface IFrameSource { byte[] Grab(); } public class Sender { public async Task SendAsync(IFrameSource source) { var chat = " + AzureChat + "; var bytes = source.Grab(); " + Send + " } }"),
            ("/src/StillImage.cs", "public class StillImage : IFrameSource { public byte[] Grab() => " + Logo + "; }"),
            ("/src/DashCamera.cs", "public class DashCamera { public byte[] Grab() => " + CameraFrame + "; }"));
        var first = program.Compilation;
        Assert.Empty(await program.FindingsAsync(first, "/src/Sender.cs"));

        var context = program.ContextOf(first, "/src/Sender.cs");
        Assert.StartsWith("M:IFrameSource.Grab", Assert.Single(ImplementsAt(first, context, "/src/StillImage.cs")));
        Assert.Empty(ImplementsAt(first, context, "/src/DashCamera.cs"));

        // The camera class now implements the interface: a declaration edit, so what was kept for it no longer holds.
        var implemented = Program.Edit(first, "/src/DashCamera.cs", "public class DashCamera : IFrameSource { public byte[] Grab() => " + CameraFrame + "; }");
        var finding = Assert.Single(await program.FindingsAsync(implemented, "/src/Sender.cs"));
        Assert.Equal("LEAI001", finding.Id);
        Assert.Contains(finding.AdditionalLocations, l => l.SourceTree?.FilePath == "/src/DashCamera.cs");

        static string[] ImplementsAt(Compilation compilation, CompilationContext context, string path)
        {
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
            var grab = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
            Assert.True(context.Caches.Summaries.TryGetImplementsAt(tree, context.SummaryEpoch, grab.SpanStart, out var implemented));
            return implemented!.ToArray();
        }
    }

    [Fact]
    public async Task SharedContainers_AreKeptByID_AndTheNextCompilationFindsTheSameRoute()
    {
        var program = await Program.CreateAsync(
            ("/src/FrameProducer.cs", "public sealed class FrameProducer { private readonly Channel<byte[]> _channel; public FrameProducer(Channel<byte[]> channel) { _channel = channel; } public async Task OnFrameAsync() { await _channel.Writer.WriteAsync(" + CameraFrame + "); } }"),
            ("/src/FrameUploader.cs", "public sealed class FrameUploader { private readonly Channel<byte[]> _channel; public FrameUploader(Channel<byte[]> channel) { _channel = channel; } public async Task RunAsync() { var chat = " + AzureChat + "; await foreach (var bytes in _channel.Reader.ReadAllAsync()) { " + Send + " } } }"));
        var first = program.Compilation;
        Assert.Single(await program.FindingsAsync(first, "/src/FrameUploader.cs"));
        var context = program.ContextOf(first, "/src/FrameUploader.cs");
        Assert.True(context.Caches.SharedContainerIds.TryGetValue(context.SummaryEpoch, out _));

        var edited = Program.Edit(first, "/src/FrameUploader.cs", "public sealed class FrameUploader { private readonly Channel<byte[]> _channel; public FrameUploader(Channel<byte[]> channel) { _channel = channel; } public async Task RunAsync() { var chat = " + AzureChat + "; /* edited */ await foreach (var bytes in _channel.Reader.ReadAllAsync()) { " + Send + " } } }");
        var finding = Assert.Single(await program.FindingsAsync(edited, "/src/FrameUploader.cs"));
        Assert.Contains(finding.AdditionalLocations, l => l.SourceTree?.FilePath == "/src/FrameProducer.cs");

        var withoutFrames = Program.Edit(edited, "/src/FrameProducer.cs", "public sealed class FrameProducer { private readonly Channel<byte[]> _channel; public FrameProducer(Channel<byte[]> channel) { _channel = channel; } public async Task OnFrameAsync() { await _channel.Writer.WriteAsync(" + Logo + "); } }");
        Assert.Empty(await program.FindingsAsync(withoutFrames, "/src/FrameUploader.cs"));
    }

    [Fact]
    public async Task AKeptSummaryWithALambda_IsRebuiltInANullableProject_WithTheSameRoute()
    {
        // The lambda is found again by its syntax (in a model without nullable analysis where the compiler offers one):
        // the route through it is the same, and the file that declares it is not analysed again.
        var program = await Program.CreateAsync(
            ("/src/Sender.cs", "public class Sender { public async Task SendAsync() { var chat = " + AzureChat + "; var bytes = Frames.Grab(); " + Send + " } }"),
            ("/src/Frames.cs", "public static class Frames { public static readonly Func<byte[]> Grab = () => " + CameraFrame + "; }"));
        var first = program.Compilation;
        var before = Assert.Single(await program.FindingsAsync(first, "/src/Sender.cs"));
        Assert.Equal(NullableContextOptions.Enable, first.Options.NullableContextOptions);

        var edited = Program.Edit(first, "/src/Sender.cs", "public class Sender { public async Task SendAsync() { var chat = " + AzureChat + "; /* edited */ var bytes = Frames.Grab(); " + Send + " } }");
        var after = Assert.Single(await program.FindingsAsync(edited, "/src/Sender.cs"));
        Assert.Equal(
            before.AdditionalLocations.Where(l => l.SourceTree?.FilePath == "/src/Frames.cs").Select(l => l.SourceSpan),
            after.AdditionalLocations.Where(l => l.SourceTree?.FilePath == "/src/Frames.cs").Select(l => l.SourceSpan));
        Assert.Contains(after.AdditionalLocations, l => l.SourceTree?.FilePath == "/src/Frames.cs");
        Assert.DoesNotContain(program.ContextOf(edited, "/src/Sender.cs").MethodAnalyses.Analysed, m => m.DeclaringSyntaxReferences.Any(r => r.SyntaxTree.FilePath == "/src/Frames.cs"));
    }

    /// <summary>A program and its analyzers on a catalogue of their own, so what is kept is this test's alone.</summary>
    private sealed class Program
    {
        private readonly ApiCatalog _catalogue;
        private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
        private readonly AnalyzerOptions _options;

        private Program(ApiCatalog catalogue, Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options)
        {
            _catalogue = catalogue;
            Compilation = compilation;
            _analyzers = analyzers;
            _options = options;
        }

        public Compilation Compilation { get; }

        public static async Task<Program> CreateAsync(params (string Path, string Source)[] files)
        {
            var catalogue = ApiCatalog.From(CatalogTables.All);
            var analysis = new DirectAnalysis(StandInReferences.Default, new CameraFrameFlowAnalyzer(catalogue, null), new WholeProgramFlowAnalyzer(catalogue)).WithMSBuildProperties("police", "US");
            foreach (var (path, source) in files)
            {
                analysis = analysis.WithSource(Usings + source, path);
            }

            var (created, _) = await analysis.CreateAsync();
            return new Program(catalogue, created.Compilation, created.Analyzers, created.AnalysisOptions.Options!);
        }

        public static Compilation Edit(Compilation compilation, string path, string source)
        {
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
            return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(Usings + source)));
        }

        /// <summary>The frame findings of one document's own analysis, as the editor asks for them.</summary>
        public async Task<ImmutableArray<Diagnostic>> FindingsAsync(Compilation compilation, string path)
        {
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
            var diagnostics = await compilation.WithAnalyzers(_analyzers, _options).GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, default);
            return diagnostics.Where(d => d.Id is "LEAI001" or "LEAI002" or "LEAI007" or "LEAI010").OrderBy(d => d.Id).ToImmutableArray();
        }

        /// <summary>The context the analyses of <paramref name="compilation"/> (or the driver's fork of it, sharing the edited tree) used.</summary>
        public CompilationContext ContextOf(Compilation compilation, string edited)
        {
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == edited);
            return AnalysisCaches.Of(_catalogue).Contexts.First(c => c.Key.SyntaxTrees.Contains(tree)).Value;
        }
    }
}
