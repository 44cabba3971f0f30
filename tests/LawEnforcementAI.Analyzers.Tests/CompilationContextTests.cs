using System.Collections.Immutable;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests;

/// <summary>
/// Both analyzers ask <see cref="CompilationContext.For"/> for the policy, settings and API index of a compilation: the
/// same compilation and options give the same context, so each part is built once per compilation, not per analyzer.
/// </summary>
public class CompilationContextTests
{
    private static readonly CSharpCompilation Compilation = CSharpCompilation.Create(
        "ContextCheck",
        [CSharpSyntaxTree.ParseText("public class Empty { }")],
        TestReferences.Platform,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    [Fact]
    public void SameCompilationAndOptions_OneContext_EachPartBuiltOnce()
    {
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        var first = CompilationContext.For(Compilation, options, ApiCatalog.Default);
        var second = CompilationContext.For(Compilation, options, ApiCatalog.Default);

        Assert.Same(first, second);
        Assert.Same(first.Policy, second.Policy);
        Assert.Same(first.Index, second.Index);
    }

    [Fact]
    public void OtherOptionsForTheSameCompilation_AFreshContext()
    {
        var first = CompilationContext.For(Compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), ApiCatalog.Default);
        var other = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new EmptyOptionsProvider());

        Assert.NotSame(first, CompilationContext.For(Compilation, other, ApiCatalog.Default));
    }

    private sealed class EmptyOptionsProvider : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new EmptyOptions();

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;

        private sealed class EmptyOptions : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = string.Empty;
                return false;
            }
        }
    }
}
