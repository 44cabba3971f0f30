using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The member bodies worth analysing: those that name a camera source, a sending call, a client factory or a file
/// route (the roots), and every member connected to a root by a name one of them mentions and the other declares, in
/// either direction. A frame moves between members only through calls, fields, properties, events and delegates, all
/// of which the code names, so a body outside these cannot add a fact to any finding; the members the language calls
/// without a name (operators, indexers, <c>Deconstruct</c>, enumerators, top-level statements) are roots. Bodies left
/// out are never bound into operations, which is most of what a flow analysis costs a build whose code is mostly not
/// about cameras (docs/performance.md). Computed from syntax once per compilation, from per-tree facts kept across edits.
/// </summary>
internal sealed class RelevantMembers
{
    /// <summary>Members the language calls by pattern, not by a name at the call.</summary>
    private static readonly ImmutableHashSet<string> CalledByPattern = ImmutableHashSet.Create(
        MemberMentions.CalledImplicitly, "Deconstruct", "GetEnumerator", "GetAsyncEnumerator", "MoveNext", "MoveNextAsync", "Current",
        "GetAwaiter", "GetResult", "Add", "Dispose", "DisposeAsync", "Invoke", "ToString", "Slice", "Length", "Count",
        "Select", "SelectMany", "Where", "GroupBy", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Join", "GroupJoin", "Cast");

    private readonly HashSet<(SyntaxTree Tree, int Position)> _members;

    private RelevantMembers(HashSet<(SyntaxTree, int)> members)
    {
        _members = members;
    }

    /// <summary>Whether the member declared at <paramref name="declaration"/> (any node inside its declaration) is analysed.</summary>
    public bool Contains(SyntaxNode declaration)
    {
        var member = declaration.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is not BaseNamespaceDeclarationSyntax);
        return member is GlobalStatementSyntax || declaration is CompilationUnitSyntax
            ? _members.Contains((declaration.SyntaxTree, declaration.SyntaxTree.GetRoot().SpanStart))
            : member is not null && _members.Contains((member.SyntaxTree, member.SpanStart));
    }

    public static RelevantMembers Find(Compilation compilation, ApiCatalogue catalogue, IReadOnlyCollection<string> rootNames, CancellationToken cancellationToken)
    {
        var all = new List<(SyntaxTree Tree, MemberMentions.Member Member)>();
        var declaredBy = new Dictionary<string, List<int>>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var member in catalogue.MemberMentions.GetValue(tree, t => MemberMentions.Read(t, cancellationToken)).Members)
            {
                foreach (var name in member.Names)
                {
                    Add(declaredBy, name, all.Count);
                }

                all.Add((tree, member));
            }
        }

        // Who mentions a name some member declares; names nothing declares join no two members.
        var mentionedBy = new Dictionary<string, List<int>>();
        for (var i = 0; i < all.Count; i++)
        {
            foreach (var name in all[i].Member.Mentions)
            {
                if (declaredBy.ContainsKey(name))
                {
                    Add(mentionedBy, name, i);
                }
            }
        }

        var walkedDeclared = new HashSet<string>();
        var walkedMentioned = new HashSet<string>();
        var relevant = new bool[all.Count];
        var pending = new Stack<int>();
        for (var i = 0; i < all.Count; i++)
        {
            var member = all[i].Member;
            if (member.Names.Any(CalledByPattern.Contains) || member.Mentions.Any(rootNames.Contains))
            {
                relevant[i] = true;
                pending.Push(i);
            }
        }

        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var member = all[pending.Pop()].Member;
            foreach (var name in member.Mentions)
            {
                Visit(declaredBy, name);
            }

            foreach (var name in member.Names)
            {
                Visit(mentionedBy, name);
                if (name != MemberMentions.AnyConstructor && name != MemberMentions.CalledImplicitly)
                {
                    // Overloads, overrides, implementations and partial parts answer to the same name.
                    Visit(declaredBy, name);
                }
            }
        }

        var members = new HashSet<(SyntaxTree, int)>();
        for (var i = 0; i < all.Count; i++)
        {
            if (relevant[i])
            {
                members.Add((all[i].Tree, all[i].Member.Position));
            }
        }

        return new RelevantMembers(members);

        void Visit(Dictionary<string, List<int>> index, string name)
        {
            // Each list is walked once: after that every member on it is taken. Without this, a name declared in every
            // file (the same method in 1,000 generated classes) would be walked once per member that declares it.
            if (index.TryGetValue(name, out var found) && (index == declaredBy ? walkedDeclared : walkedMentioned).Add(name))
            {
                foreach (var i in found)
                {
                    if (!relevant[i])
                    {
                        relevant[i] = true;
                        pending.Push(i);
                    }
                }
            }
        }
    }

    private static void Add(Dictionary<string, List<int>> index, string name, int member)
    {
        if (!index.TryGetValue(name, out var list))
        {
            index[name] = list = new List<int>();
        }

        list.Add(member);
    }
}
