using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Catalog;

/// <summary>
/// <c>Catalog/</c> is the bottom layer: the tables and the vocabulary they speak use nothing of the engine, the rules,
/// the prompt reader or the analyzers, only <c>Common/</c>, the BCL and Roslyn. Checked by binding the analyzer's own
/// sources, so a <c>using</c>, a qualified name or a <c>cref</c> into another folder fails alike.
/// </summary>
public class LayeringTests
{
    private const string Product = "LawEnforcementAI.Analyzers";

    private static readonly string[] Allowed = [Product + ".Catalog", Product + ".Common"];

    [Fact]
    public void CatalogUsesNothingAboveIt()
    {
        var compilation = AnalyzerSources();
        var catalog = compilation.SyntaxTrees.Where(t => IsIn(t, "Catalog")).ToList();
        Assert.True(catalog.Count > 20, $"only {catalog.Count} files found under src/{Product}/Catalog");

        var errors = catalog.SelectMany(t => compilation.GetSemanticModel(t).GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "Catalog/ does not bind, so the check would see nothing:\n" + string.Join("\n", errors.Take(10)));

        var offences = catalog.SelectMany(t => Offences(compilation.GetSemanticModel(t))).Distinct().ToList();
        Assert.True(offences.Count == 0, "Catalog/ uses code above it:\n" + string.Join("\n", offences));
    }

    [Fact]
    public void TheCheckSeesAnEngineImport()
    {
        var compilation = AnalyzerSources();
        var tree = CSharpSyntaxTree.ParseText(
            "using LawEnforcementAI.Analyzers.Flow;\nnamespace LawEnforcementAI.Analyzers.Catalog;\ninternal static class Probe { }",
            path: Path.Combine("Catalog", "Probe.cs"));
        compilation = compilation.AddSyntaxTrees(tree);

        Assert.Contains(Offences(compilation.GetSemanticModel(tree)), o => o.Contains(Product + ".Flow", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Offences(SemanticModel model)
    {
        foreach (var name in model.SyntaxTree.GetRoot().DescendantNodes(descendIntoTrivia: true).OfType<SimpleNameSyntax>())
        {
            var info = model.GetSymbolInfo(name);
            var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
            var offends = symbol switch
            {
                // The namespaces that lead to Catalog itself (LawEnforcementAI, LawEnforcementAI.Analyzers) are no use of anything.
                INamespaceSymbol ns => IsAbove(ns.ToDisplayString()) && ns.ToDisplayString() != Product,
                null => false,
                _ => symbol.ContainingNamespace is { } home && IsAbove(home.ToDisplayString()),
            };
            if (offends)
            {
                var line = name.GetLocation().GetLineSpan();
                yield return $"{Path.GetFileName(line.Path)}({line.StartLinePosition.Line + 1}): '{name}' is {symbol!.ToDisplayString()}";
            }
        }
    }

    private static bool IsAbove(string ns) =>
        (ns == Product || ns.StartsWith(Product + ".", StringComparison.Ordinal))
        && !Allowed.Any(a => ns == a || ns.StartsWith(a + ".", StringComparison.Ordinal));

    private static bool IsIn(SyntaxTree tree, string folder) =>
        Path.GetDirectoryName(tree.FilePath)!.Split(Path.DirectorySeparatorChar).LastOrDefault() == folder;

    private static CSharpCompilation AnalyzerSources()
    {
        var root = Path.Combine(RepositoryFiles.Root(), "src", Product);
        var trees = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "buildTransitive" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Latest), path: Path.GetRelativePath(root, f)));
        var references = TestReferences.Platform
            .Add(MetadataReference.CreateFromFile(typeof(Compilation).Assembly.Location))
            .Add(MetadataReference.CreateFromFile(typeof(CSharpCompilation).Assembly.Location));
        return CSharpCompilation.Create("Layering", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }
}
