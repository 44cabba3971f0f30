using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// What one syntax tree declares that may be a shared container (<see cref="SharedContainers"/>), read from its syntax
/// alone: the fields and properties whose declared type names a container family's type, and the using aliases that do.
/// Kept per tree, so after an edit in the editor only the edited document is read again (unchanged documents keep their
/// tree across compilations); finding the members by name then costs a look-up in the compiler's declaration table
/// instead of creating every member of every type.
/// </summary>
internal sealed class ContainerMemberNames
{
    private ContainerMemberNames(ImmutableArray<string> members, ImmutableArray<string> aliases, ImmutableArray<(string Member, string TypeName)> maybeAliased)
    {
        Members = members;
        Aliases = aliases;
        MaybeAliased = maybeAliased;
    }

    /// <summary>Fields and properties whose type syntax names a family type.</summary>
    public ImmutableArray<string> Members { get; }

    /// <summary>Using aliases whose target names a family type.</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>Fields and properties typed by a plain name, which may be an alias declared in another file.</summary>
    public ImmutableArray<(string Member, string TypeName)> MaybeAliased { get; }

    /// <summary>The candidate member names of the whole compilation.</summary>
    public static HashSet<string> Of(Compilation compilation, ApiCatalog catalogue, CancellationToken cancellationToken)
    {
        var perTree = compilation.SyntaxTrees.Select(t => AnalysisCaches.Of(catalogue).ContainerNames.GetValue(t, tree => Read(tree, catalogue.ContainerTypeNames, cancellationToken))).ToList();
        var aliases = new HashSet<string>(perTree.SelectMany(t => t.Aliases));
        var names = new HashSet<string>(perTree.SelectMany(t => t.Members));
        names.UnionWith(perTree.SelectMany(t => t.MaybeAliased).Where(m => aliases.Contains(m.TypeName)).Select(m => m.Member));
        return names;
    }

    private static ContainerMemberNames Read(SyntaxTree tree, ImmutableHashSet<string> typeNames, CancellationToken cancellationToken)
    {
        var members = ImmutableArray.CreateBuilder<string>();
        var aliases = ImmutableArray.CreateBuilder<string>();
        var maybeAliased = ImmutableArray.CreateBuilder<(string, string)>();
        var pending = new Stack<SyntaxNode>();
        pending.Push(tree.GetRoot(cancellationToken));
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            foreach (var child in node.ChildNodes())
            {
                switch (child)
                {
                    case UsingDirectiveSyntax { Alias: { } alias } directive when Names(directive, typeNames):
                        aliases.Add(alias.Name.Identifier.ValueText);
                        break;
                    case BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax:
                        pending.Push(child);
                        break;
                    case ParameterListSyntax when node is RecordDeclarationSyntax:
                        foreach (var parameter in ((ParameterListSyntax)child).Parameters)
                        {
                            Add(parameter.Identifier.ValueText, parameter.Type);
                        }

                        break;
                    case FieldDeclarationSyntax field:
                        foreach (var variable in field.Declaration.Variables)
                        {
                            Add(variable.Identifier.ValueText, field.Declaration.Type);
                        }

                        break;
                    case PropertyDeclarationSyntax property:
                        Add(property.Identifier.ValueText, property.Type);
                        break;
                }
            }
        }

        return new ContainerMemberNames(members.ToImmutable(), aliases.ToImmutable(), maybeAliased.ToImmutable());

        void Add(string member, TypeSyntax? type)
        {
            if (type is null)
            {
                return;
            }

            if (Names(type, typeNames))
            {
                members.Add(member);
            }
            else if (type is IdentifierNameSyntax plain)
            {
                maybeAliased.Add((member, plain.Identifier.ValueText));
            }
        }
    }

    private static bool Names(SyntaxNode node, ImmutableHashSet<string> typeNames) =>
        node.DescendantNodesAndSelf().OfType<SimpleNameSyntax>().Any(n => typeNames.Contains(n.Identifier.ValueText));
}
