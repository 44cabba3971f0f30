using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LawEnforcementAI.Analyzers.Tests.Verification;

/// <summary>One test source: its markup, parsed into clean text and a syntax tree at <see cref="Path"/>.</summary>
public sealed record SourceFile(string Path, TestMarkup Markup, SyntaxTree Tree)
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static SourceFile Parse(string markup, string path)
    {
        var parsed = TestMarkup.Parse(markup);
        var tree = CSharpSyntaxTree.ParseText(parsed.Text, ParseOptions, path, Encoding.UTF8);
        return new SourceFile(path, parsed, tree);
    }
}

/// <summary>The compilation every test gets: a nullable-enabled library with csc's view of the config files.</summary>
public static class TestCompilationFactory
{
    public static CSharpCompilation Create(
        IEnumerable<SyntaxTree> trees,
        IEnumerable<MetadataReference> references,
        AnalyzerConfigSet configSet,
        ImmutableArray<DiagnosticDescriptor> descriptors)
    {
        var treeList = trees.ToList();

        // Enabled descriptors get no entry: an explicit Default entry means "/warnaserror-:ID" to the compiler, which
        // would block "dotnet_diagnostic.ID.severity = error". Disabled ones are turned on as a global fallback so
        // editorconfig can still override them (see ConfigSetSyntaxTreeOptionsProvider).
        var enableDisabledByDefault = descriptors
            .Where(d => !d.IsEnabledByDefault)
            .GroupBy(d => d.Id)
            .ToImmutableDictionary(g => g.Key, g => ToReport(g.First().DefaultSeverity));
        var specificOptions = ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("AD0001", ReportDiagnostic.Error);

        var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(specificOptions)
            .WithSyntaxTreeOptionsProvider(new ConfigSetSyntaxTreeOptionsProvider(configSet, treeList, enableDisabledByDefault));

        return CSharpCompilation.Create("TestProject", treeList, references, options);
    }

    private static ReportDiagnostic ToReport(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => ReportDiagnostic.Error,
        DiagnosticSeverity.Warning => ReportDiagnostic.Warn,
        DiagnosticSeverity.Info => ReportDiagnostic.Info,
        _ => ReportDiagnostic.Hidden,
    };
}
