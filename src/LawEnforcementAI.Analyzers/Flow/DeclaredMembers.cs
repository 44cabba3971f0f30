using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The symbols one member declaration declares, found from where it starts (<see cref="RelevantMembers.Naming"/>):
/// a property or event with its accessors, a field declaration's variables, the program's top-level statements. Binds
/// declarations only, never bodies.
/// </summary>
internal static class DeclaredMembers
{
    public static IEnumerable<ISymbol> At(Compilation compilation, SyntaxTree tree, int position, CancellationToken cancellationToken)
    {
        var root = (CompilationUnitSyntax)tree.GetRoot(cancellationToken);

        // RS1030: see MethodAnalyses.BlocksOf; a declaration's symbol needs the model of its own tree.
#pragma warning disable RS1030
        var model = compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
        if (position == root.SpanStart && root.Members.Any(m => m is GlobalStatementSyntax))
        {
            if (model.GetDeclaredSymbol(root, cancellationToken) is { } program)
            {
                yield return program;
            }

            yield break;
        }

        var declaration = root.FindToken(position).Parent?.AncestorsAndSelf().OfType<MemberDeclarationSyntax>().FirstOrDefault(m => m.SpanStart == position);
        var declared = declaration switch
        {
            BaseFieldDeclarationSyntax field => field.Declaration.Variables.Select(v => model.GetDeclaredSymbol(v, cancellationToken)),
            null => Enumerable.Empty<ISymbol?>(),
            _ => new[] { model.GetDeclaredSymbol(declaration, cancellationToken) },
        };

        foreach (var symbol in declared)
        {
            switch (symbol)
            {
                case IPropertySymbol property:
                    yield return property;
                    foreach (var accessor in new[] { property.GetMethod, property.SetMethod })
                    {
                        if (accessor is not null)
                        {
                            yield return accessor;
                        }
                    }

                    break;
                case IEventSymbol @event:
                    yield return @event;
                    foreach (var accessor in new[] { @event.AddMethod, @event.RemoveMethod })
                    {
                        if (accessor is not null)
                        {
                            yield return accessor;
                        }
                    }

                    break;
                case IMethodSymbol method:
                    yield return method.PartialImplementationPart ?? method;
                    break;
                case not null:
                    yield return symbol;
                    break;
            }
        }
    }
}
