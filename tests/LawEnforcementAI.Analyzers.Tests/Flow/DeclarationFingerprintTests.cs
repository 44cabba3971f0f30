using LawEnforcementAI.Analyzers.Flow;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Flow;

/// <summary>
/// What counts as a declaration change, for the member summaries kept across edits: bodies and the initializers that
/// only run do not; what other documents bind against (signatures, constants, enum values, attributes, usings) does.
/// </summary>
public class DeclarationFingerprintTests
{
    private const string Original = """
        using System;
        namespace Contoso;
        public enum Mode { Live = 1, Recorded = 2 }
        public class Camera
        {
            public const string Endpoint = "https://contoso.openai.azure.com/";
            private readonly byte[] _logo = new byte[] { 1 };
            public int Frames { get; set; } = 3;
            [Obsolete] public byte[] Grab(int index) { return new byte[index]; }
            public byte[] Last => _logo;
        }
        """;

    [Theory]
    [InlineData("return new byte[index];", "return Array.Empty<byte>(); // edited")]
    [InlineData("new byte[] { 1 }", "new byte[] { 2, 3 }")]
    [InlineData("} = 3;", "} = 4;")]
    [InlineData("=> _logo;", "=> null!;")]
    [InlineData("public class Camera", "// a comment\npublic class Camera")]
    public void AnEditThatOnlyRuns_KeepsTheFingerprint(string before, string after) =>
        Assert.Equal(Of(Original), Of(Original.Replace(before, after)));

    [Theory]
    [InlineData("byte[] Grab(int index)", "byte[] Grab(long index)")]
    [InlineData("contoso.openai.azure.com", "api.openai.com")]
    [InlineData("Recorded = 2", "Recorded = 3")]
    [InlineData("[Obsolete] ", "")]
    [InlineData("using System;", "using System;\nusing System.IO;")]
    [InlineData("public int Frames", "public long Frames")]
    public void AnEditOthersBindAgainst_ChangesTheFingerprint(string before, string after) =>
        Assert.NotEqual(Of(Original), Of(Original.Replace(before, after)));

    [Fact]
    public void TopLevelStatements_AreABody_ButHavingThemIsADeclaration()
    {
        const string program = "using System;\nConsole.WriteLine(1);\n";
        Assert.Equal(Of(program), Of(program.Replace("1", "2")));
        Assert.NotEqual(Of(program), Of("using System;\n"));
    }

    private static string Of(string source) =>
        DeclarationFingerprint.Of(CSharpSyntaxTree.ParseText(source, path: "/src/Camera.cs"), default).Hash;
}
