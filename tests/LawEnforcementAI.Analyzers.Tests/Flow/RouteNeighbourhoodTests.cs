using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Flow;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Flow;

/// <summary>
/// Which bodies a document's own analysis solves a type's requests with (<see cref="RouteNeighbourhood"/>). Service code
/// repeats its names in every module (each has its <c>DescribeAsync</c>, its <c>_chat</c> field, its <c>_recent</c>
/// list filled through a lambda): a body found by one of those names joins only if it calls that very method or writes
/// that very member, so one module's neighbourhood stays its own however many modules the program has. The rule tests
/// (each also run document by document) show that these neighbourhoods still decide what the build decides.
/// </summary>
public class RouteNeighbourhoodTests
{
    private static string Module(int n) => $$"""
        namespace Module{{n}}
        {
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using OpenAI.Chat;
            using OpenCvSharp;

            public sealed class SceneDescriber
            {
                private readonly ChatClient _chat;
                public SceneDescriber(ChatClient chat) => _chat = chat;
                public string DescribeAsync(byte[] jpeg, Func<string, bool> keep)
                {
                    var completion = _chat.CompleteChat(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(jpeg), "image/jpeg")));
                    return completion.Value.Content.Select(p => p.Text).Where(keep).FirstOrDefault() ?? "";
                }
            }

            public sealed class CameraWorker
            {
                private readonly SceneDescriber _describer = new(Clients.Chat());
                private readonly List<string> _recent = new();
                public void Run()
                {
                    using var capture = new VideoCapture({{n}});
                    using var frame = new Mat();
                    while (capture.Read(frame))
                    {
                        var label = _describer.DescribeAsync(frame.ToBytes(".jpg"), text => text.Length > {{n}});
                        _recent.AddRange(new[] { label }.Where(l => l.Length > 0));
                    }
                }
            }
        }
        """;

    private const string Clients = """
        using System;
        using System.ClientModel;
        using Azure.AI.OpenAI;
        using OpenAI.Chat;

        public static class Clients
        {
            public static ChatClient Chat() => new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential("key")).GetChatClient("gpt-4o");
        }
        """;

    [Fact]
    public void ModulesSharingNames_EachNeighbourhoodIsItsOwnModule()
    {
        var compilation = Program();
        var context = CompilationContext.For(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), ApiCatalog.Default);
        var own = OwnSummaries(compilation, context);

        var (others, complete) = RouteNeighbourhood.Of(own, context, compilation, default);

        Assert.True(complete);
        var namespaces = others.Select(s => s.Owner.ContainingType?.ContainingNamespace?.Name ?? s.Owner.ContainingNamespace.Name).Distinct().ToList();
        Assert.DoesNotContain(namespaces, n => n.StartsWith("Module", System.StringComparison.Ordinal) && n != "Module2");
        Assert.Contains(others, s => s.Owner.Name == "Run" && s.Owner.ContainingNamespace.Name == "Module2");
        Assert.Contains(others, s => s.Owner.Name == "Chat");
        Assert.Single(RouteNeighbourhood.Solve(own, context, compilation, default).Findings);
    }

    /// <summary>
    /// In the editor the bodies found by a shared name come from the summaries kept by earlier compilations: those of
    /// other modules are passed by on the IDs they keep (they call another module's <c>DescribeAsync</c>), not rebuilt.
    /// </summary>
    [Fact]
    public void AfterAnEdit_OtherModulesKeptSummariesAreNotRebuilt()
    {
        // A catalogue of its own, so the kept summaries are this test's alone.
        var catalogue = ApiCatalog.From(CatalogTables.All);
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        var first = Program();
        var firstContext = CompilationContext.For(first, options, catalogue);
        RouteNeighbourhood.Of(OwnSummaries(first, firstContext), firstContext, first, default);

        // A body edit in module 4: the declarations, and so what was kept, stay valid.
        var edited = first.SyntaxTrees.Single(t => t.FilePath == "/src/Module4.cs");
        var second = first.ReplaceSyntaxTree(edited, edited.WithChangedText(edited.GetText().WithChanges(
            new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(edited.GetText().ToString().IndexOf("text.Length > 4", System.StringComparison.Ordinal), 15), "text.Length > 9"))));
        var context = CompilationContext.For(second, options, catalogue);
        var (others, complete) = RouteNeighbourhood.Of(OwnSummaries(second, context), context, second, default);

        Assert.True(complete);
        Assert.Contains(others, s => s.Owner.Name == "Run" && s.Owner.ContainingNamespace.Name == "Module2");
        var touched = context.MethodAnalyses.Restored.Concat(context.MethodAnalyses.Analysed).ToList();
        Assert.Contains(touched, m => m.Name == "Run" && m.ContainingNamespace.Name == "Module2");
        Assert.DoesNotContain(touched, m => m.Name == "Run" && m.ContainingNamespace.Name is "Module1" or "Module3");
    }

    private static CSharpCompilation Program()
    {
        var trees = Enumerable.Range(1, 4)
            .Select(n => CSharpSyntaxTree.ParseText(Module(n), new CSharpParseOptions(LanguageVersion.Latest), $"/src/Module{n}.cs"))
            .Append(CSharpSyntaxTree.ParseText(Clients, new CSharpParseOptions(LanguageVersion.Latest), "/src/Clients.cs"));
        var compilation = CSharpCompilation.Create(
            "Modules", trees, TestReferences.Platform.AddRange(RealPackages.All), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation;
    }

    private static System.Collections.Generic.List<MethodSummary> OwnSummaries(Compilation compilation, CompilationContext context) =>
        compilation.GetTypeByMetadataName("Module2.SceneDescriber")!.GetMembers()
            .Select(m => context.MethodAnalyses.SummaryOf(m, default)).OfType<MethodSummary>().ToList();
}
