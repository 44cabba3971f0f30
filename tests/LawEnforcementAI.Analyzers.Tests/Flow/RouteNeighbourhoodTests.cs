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
        var trees = Enumerable.Range(1, 4)
            .Select(n => CSharpSyntaxTree.ParseText(Module(n), new CSharpParseOptions(LanguageVersion.Latest), $"/src/Module{n}.cs"))
            .Append(CSharpSyntaxTree.ParseText(Clients, new CSharpParseOptions(LanguageVersion.Latest), "/src/Clients.cs"));
        var compilation = CSharpCompilation.Create(
            "Modules", trees, TestReferences.Platform.AddRange(RealPackages.All), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var context = CompilationContext.For(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), ApiCatalog.Default);
        var describer = compilation.GetTypeByMetadataName("Module2.SceneDescriber")!;
        var own = describer.GetMembers().Select(m => context.MethodAnalyses.SummaryOf(m, default)).OfType<MethodSummary>().ToList();

        var (others, complete) = RouteNeighbourhood.Of(own, context, compilation, default);

        Assert.True(complete);
        var namespaces = others.Select(s => s.Owner.ContainingType?.ContainingNamespace?.Name ?? s.Owner.ContainingNamespace.Name).Distinct().ToList();
        Assert.DoesNotContain(namespaces, n => n.StartsWith("Module", System.StringComparison.Ordinal) && n != "Module2");
        Assert.Contains(others, s => s.Owner.Name == "Run" && s.Owner.ContainingNamespace.Name == "Module2");
        Assert.Contains(others, s => s.Owner.Name == "Chat");
        Assert.Single(RouteNeighbourhood.Solve(own, context, compilation, default).Findings);
    }
}
