using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The flow facts of the projects a compilation references (<see cref="FlowFacts"/>). A built assembly carries them in
/// an <c>AssemblyMetadata("LawEnforcementAI.Flow", ...)</c> attribute, written by the package's generator when that
/// project was built: this is what a plain <c>dotnet build</c> of a solution and a NuGet package see. In the IDE a
/// project reference is the other project's compilation, whose generated attribute the IDE may not have produced; its
/// facts are then computed from its source here, once per compilation of that project.
/// </summary>
internal static class PublishedFacts
{
    public static IEnumerable<(string Assembly, string Text)> Of(Compilation compilation, ApiCatalog catalogue, CancellationToken cancellationToken)
    {
        foreach (var reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly)
            {
                continue;
            }

            if (Attribute(assembly) is { } text)
            {
                yield return (assembly.Name, text);
            }
            else if (reference is CompilationReference project
                && AnalysisCaches.Of(catalogue).ProjectFacts.GetValue(project.Compilation, c => new Computed(FromSource(c, catalogue))).Text is { } computed)
            {
                yield return (assembly.Name, computed);
            }
        }
    }

    private static string? Attribute(IAssemblySymbol assembly)
    {
        foreach (var attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "AssemblyMetadataAttribute", ContainingNamespace: { Name: "Reflection", ContainingNamespace.Name: "System" } }
                && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is FlowFacts.MetadataKey
                && attribute.ConstructorArguments[1].Value is string text)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>
    /// The facts of a referenced project's compilation, as its build would publish them: with no settings or model files
    /// of its own (the referencing project's analysis does not see them), so its own references' facts still count.
    /// </summary>
    private static string? FromSource(Compilation project, ApiCatalog catalogue)
    {
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        return FlowFacts.Of(CompilationContext.For(project, options, catalogue), project, CancellationToken.None);
    }

    /// <summary>A box for the per-compilation answer (a weak table holds reference types).</summary>
    internal sealed class Computed
    {
        public Computed(string? text) => Text = text;

        public string? Text { get; }
    }
}
