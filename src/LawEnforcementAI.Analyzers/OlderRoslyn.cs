#if !ROSLYN_4_3_OR_GREATER
// File-scoped namespaces (C# 10) are newer than Roslyn 3.7; before them a namespace declaration has one syntax type.
global using BaseNamespaceDeclarationSyntax = Microsoft.CodeAnalysis.CSharp.Syntax.NamespaceDeclarationSyntax;
#endif
#if !ROSLYN_4_3_OR_GREATER
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
#endif
#if !ROSLYN_4_8_OR_GREATER
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
#endif

namespace LawEnforcementAI.Analyzers;

#if !ROSLYN_4_8_OR_GREATER
/// <summary>
/// The compiler APIs the analyzer uses that the older-Roslyn builds (roslyn3.8, roslyn4.3; docs/unity.md) lack, given
/// under their own names as extension members, so the rest of the code reads the same in every build and has no
/// <c>#if</c>. The 4.8 build compiles none of this.
/// </summary>
internal static class OlderRoslyn
{
    extension(SymbolAnalysisContext context)
    {
        /// <summary>
        /// <c>SymbolAnalysisContext.FilterTree</c> (newer than Roslyn 4.3): the document a symbol action analyses for
        /// the editor, null for a whole compilation. The hosts of the older builds (Unity's compiler) only ever
        /// analyse whole compilations.
        /// </summary>
        public SyntaxTree? FilterTree => null;
    }

#if !ROSLYN_4_3_OR_GREATER
    extension(IOperation operation)
    {
        /// <summary><c>IOperation.ChildOperations</c> (newer than Roslyn 3.7): the older <c>Children</c>, without the null entries it may hold.</summary>
#pragma warning disable CS0618 // Children is what Roslyn 3.x has.
        public IEnumerable<IOperation> ChildOperations => operation.Children.Where(child => child is not null);
#pragma warning restore CS0618
    }

    extension(INamedTypeSymbol type)
    {
        /// <summary><c>INamedTypeSymbol.IsRecord</c> (newer than Roslyn 3.7): a record has the compiler's <c>&lt;Clone&gt;$</c> method.</summary>
        public bool IsRecord => type.GetMembers("<Clone>$").Length > 0;
    }

    extension(Compilation compilation)
    {
        /// <summary><c>Compilation.GetTypesByMetadataName</c> (newer than Roslyn 3.7): the type of that name in the compilation and in each referenced assembly.</summary>
        public ImmutableArray<INamedTypeSymbol> GetTypesByMetadataName(string metadataName) =>
            new[] { compilation.Assembly }.Concat(compilation.SourceModule.ReferencedAssemblySymbols)
                .Select(a => a.GetTypeByMetadataName(metadataName))
                .OfType<INamedTypeSymbol>()
                .ToImmutableArray();
    }

    extension(WellKnownDiagnosticTags)
    {
        /// <summary><c>WellKnownDiagnosticTags.CompilationEnd</c> (newer than Roslyn 3.7): the tag's text, which hosts read.</summary>
        public static string CompilationEnd => "CompilationEnd";
    }
#endif
}
#endif
