using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Catalog;

/// <summary>
/// <see cref="TypeLookup"/> remembers what the references hold across compilations (every edit in the editor makes a
/// new one): it must answer exactly as <see cref="Compilation.GetTypesByMetadataName"/> does, for a compilation that
/// declares the type itself too, and never hand one compilation's source types to another.
/// </summary>
public class TypeLookupTests
{
    private const string ChatClient = "OpenAI.Chat.ChatClient";

    private static CSharpCompilation Create(string source, string assemblyName = "Edits") => CSharpCompilation.Create(
        assemblyName,
        [CSharpSyntaxTree.ParseText(source)],
        TestReferences.Platform.AddRange(RealPackages.All),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    [Fact]
    public void AfterAnEdit_TheSameAnswerAsTheCompiler_FromTheSameSymbols()
    {
        var lookup = new TypeLookup();
        var before = Create("class A { }");
        var after = before.ReplaceSyntaxTree(before.SyntaxTrees[0], CSharpSyntaxTree.ParseText("class A { int x; }"));

        var first = lookup.For(before).Resolve(ChatClient);
        var second = lookup.For(after).Resolve(ChatClient);

        Assert.Single(first);
        Assert.Equal(after.GetTypesByMetadataName(ChatClient), second, SymbolEqualityComparer.Default);
        Assert.Same(first[0], second[0]);
    }

    [Fact]
    public void ATypeTheCompilationDeclares_IsFoundInThatCompilationOnly()
    {
        var lookup = new TypeLookup();
        var plain = Create("class A { }");
        var declaring = plain.ReplaceSyntaxTree(plain.SyntaxTrees[0], CSharpSyntaxTree.ParseText("namespace Contoso { public class Camera { } }"));

        Assert.Empty(lookup.For(plain).Resolve("Contoso.Camera"));
        var own = Assert.Single(lookup.For(declaring).Resolve("Contoso.Camera"));
        Assert.Same(declaring.Assembly, own.ContainingAssembly);
        Assert.Empty(lookup.For(plain).Resolve("Contoso.Camera"));
    }

    [Fact]
    public void OtherReferences_AreLookedUpAgain()
    {
        var lookup = new TypeLookup();
        var withSdk = Create("class A { }");
        var withoutSdk = CSharpCompilation.Create("Edits", withSdk.SyntaxTrees, TestReferences.Platform, withSdk.Options);

        Assert.Single(lookup.For(withSdk).Resolve(ChatClient));
        Assert.Empty(lookup.For(withoutSdk).Resolve(ChatClient));
        Assert.Equal(withoutSdk.GetTypesByMetadataName(ChatClient).Length, lookup.For(withoutSdk).Resolve(ChatClient).Length);
    }
}
