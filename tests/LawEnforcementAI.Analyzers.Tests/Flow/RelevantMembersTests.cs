using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Flow;

/// <summary>
/// Which member bodies the flow analysis binds (<see cref="Analyzers.Flow.RelevantMembers"/>): those naming a camera, a
/// request, a client or a file route, and everything joined to them by a name. The rest of a project (its LINQ, its
/// records, its arithmetic) is never bound into operations; the rule tests show that nothing a frame can pass through
/// is left out, these show what is.
/// </summary>
public class RelevantMembersTests
{
    private const string Code = """
        using System;
        using System.Linq;
        using OpenCvSharp;
        using OpenAI.Chat;

        public class Camera
        {
            private Mat _last = new();
            public void Capture() { using var capture = new VideoCapture(0); capture.Read(_last); }
            public Mat Latest() => _last;
        }

        public class Relay
        {
            private readonly Camera _camera = new();
            public byte[] Frame() => Encode(_camera.Latest());
            private static byte[] Encode(Mat m) => m.ToBytes(".jpg");
            private static byte[] Encode(Mat m, string ext) => m.ToBytes(ext);
        }

        public class Sender
        {
            private readonly ChatClient _chat;
            public Sender(ChatClient chat) => _chat = chat;
            public void Send(byte[] jpeg) => _chat.CompleteChat(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(jpeg), "image/jpeg")));
        }

        public class Derived : Base
        {
            public Derived(byte[] frame) : base(frame) { }
        }

        public class Base
        {
            public Base(byte[] frame) => Frame = frame;
            public byte[] Frame { get; }
            public void Go(Sender sender) => sender.Send(Frame);
        }

        public class Wrapper
        {
            private readonly byte[] _bytes;
            public Wrapper(byte[] bytes) => _bytes = bytes;
            public static implicit operator byte[](Wrapper w) => w._bytes;
        }

        public class Reports
        {
            private readonly int[] _counts = new int[10];
            public int Busiest() => _counts.Where(c => c > 2).OrderByDescending(c => c).FirstOrDefault();
            public static double Mean(int[] values) => values.Average();
        }

        public record Incident(int Id, string Officer);
        """;

    [Theory]
    [InlineData("Capture", true)] // names the camera
    [InlineData("Latest", true)] // reads a field the camera writes
    [InlineData("_last", true)] // the field itself (its initializer)
    [InlineData("Frame", true)] // calls Latest
    [InlineData("Encode", true)] // called by Frame; its overload answers to the same name
    [InlineData("Send", true)] // names the request
    [InlineData("Sender", true)] // constructor writes the client the request uses
    [InlineData("Go", true)] // calls Send
    [InlineData("Base", true)] // writes Frame, which Go reads
    [InlineData("Derived", true)] // calls Base's constructor through its base list
    [InlineData("op_Implicit", true)] // the language calls conversions without naming them
    [InlineData("Busiest", false)] // LINQ over numbers joined to nothing that carries a frame
    [InlineData("Mean", false)]
    [InlineData("_counts", false)]
    public void MemberIsAnalysedOnlyWhenJoinedToACameraOrARequest(string member, bool analysed)
    {
        var compilation = CSharpCompilation.Create(
            "Relevance",
            [CSharpSyntaxTree.ParseText(Code, new CSharpParseOptions(LanguageVersion.Latest), "/src/Code.cs")],
            TestReferences.Platform.AddRange(RealPackages.All),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var context = CompilationContext.For(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), ApiCatalog.Default);

        var declarations = compilation.SyntaxTrees.Single().GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>()
            .Where(d => d is not BaseTypeDeclarationSyntax && Name(d) == member).ToList();

        Assert.NotEmpty(declarations);
        Assert.All(declarations, d => Assert.Equal(analysed, context.RelevantMembers.Contains(d)));
    }

    /// <summary>
    /// A tree remembers its roots for the last set of root names asked (the editor reuses unchanged trees across
    /// compilations): a compilation with other references, sharing the very same tree, must get its own answer.
    /// </summary>
    [Fact]
    public void TheSameTreeInCompilationsWithOtherReferences_RootsOfEach()
    {
        var tree = CSharpSyntaxTree.ParseText(
            "class Camera { void Capture() { using var capture = new OpenCvSharp.VideoCapture(0); } }",
            new CSharpParseOptions(LanguageVersion.Latest),
            "/src/Shared.cs");
        var capture = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == "Capture");
        bool Analysed(System.Collections.Immutable.ImmutableArray<MetadataReference> references) =>
            CompilationContext.For(
                CSharpCompilation.Create("Shared", [tree], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)),
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                ApiCatalog.Default).RelevantMembers.Contains(capture);

        Assert.True(Analysed(TestReferences.Platform.AddRange(RealPackages.All)));
        Assert.False(Analysed(TestReferences.Platform));
        Assert.True(Analysed(TestReferences.Platform.AddRange(RealPackages.All)));
    }

    [Fact]
    public void TopLevelStatementsAreAlwaysAnalysed()
    {
        var compilation = CSharpCompilation.Create(
            "TopLevel",
            [CSharpSyntaxTree.ParseText("System.Console.WriteLine(1);", new CSharpParseOptions(LanguageVersion.Latest), "/src/Program.cs")],
            TestReferences.Platform.AddRange(RealPackages.All),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        var context = CompilationContext.For(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), ApiCatalog.Default);

        Assert.True(context.RelevantMembers.Contains(compilation.SyntaxTrees.Single().GetRoot()));
    }

    private static string Name(MemberDeclarationSyntax declaration) => declaration switch
    {
        MethodDeclarationSyntax m => m.Identifier.ValueText,
        ConstructorDeclarationSyntax c => c.Identifier.ValueText,
        PropertyDeclarationSyntax p => p.Identifier.ValueText,
        FieldDeclarationSyntax f => f.Declaration.Variables[0].Identifier.ValueText,
        ConversionOperatorDeclarationSyntax => "op_Implicit",
        _ => string.Empty,
    };
}
