using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
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
        "Select", "SelectMany", "Where", "GroupBy", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Join", "GroupJoin", "Cast",
        "AppendLiteral", "AppendFormatted", "GetPinnableReference");

    private readonly HashSet<(SyntaxTree Tree, int Position)> _members;
    private readonly List<(SyntaxTree Tree, MemberMentions Facts)> _trees;
    private readonly TreesByName _declaring;
    private readonly TreesByName _mentioning;

    private RelevantMembers(HashSet<(SyntaxTree, int)> members, List<(SyntaxTree, MemberMentions)> trees, TreesByName declaring, TreesByName mentioning)
    {
        _members = members;
        _trees = trees;
        _declaring = declaring;
        _mentioning = mentioning;
    }

    /// <summary>Whether the language may call a member of this name without naming it (foreach, deconstruction, initializers).</summary>
    public static bool IsCalledByPattern(string name) => CalledByPattern.Contains(name);

    /// <summary>Whether any declaration of <paramref name="member"/> is analysed.</summary>
    public bool Covers(ISymbol member)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            if (Contains(reference.GetSyntax()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The analysed members whose code mentions <paramref name="name"/> (or, with <paramref name="declared"/>, that are
    /// called it), as their tree and the start of their declaration: a look-up per tree in the facts kept across edits.
    /// </summary>
    public IEnumerable<(SyntaxTree Tree, int Position)> Naming(string name, bool declared)
    {
        foreach (var t in (declared ? _declaring : _mentioning).Of(name))
        {
            var (tree, facts) = _trees[t];
            foreach (var i in (declared ? facts.DeclaredBy : facts.MentionedBy)[name])
            {
                var member = (tree, facts.Members[i].Position);
                if (_members.Contains(member))
                {
                    yield return member;
                }
            }
        }
    }

    /// <summary>Whether the member declared at <paramref name="declaration"/> (any node inside its declaration) is analysed.</summary>
    public bool Contains(SyntaxNode declaration)
    {
        var member = declaration.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is not BaseNamespaceDeclarationSyntax);
        return member is GlobalStatementSyntax || declaration is CompilationUnitSyntax
            ? _members.Contains((declaration.SyntaxTree, declaration.SyntaxTree.GetRoot().SpanStart))
            : member is not null && _members.Contains((member.SyntaxTree, member.SpanStart));
    }

    public static RelevantMembers Find(Compilation compilation, ApiCatalog catalogue, IReadOnlyCollection<string> rootNames, CancellationToken cancellationToken)
    {
        // Per-tree facts and their name indexes are kept across compilations; this joins them for the names the walk
        // reaches, so an edit in the editor costs a look-up per tree and name, not a pass over every mention.
        var trees = compilation.SyntaxTrees.Select(t => (Tree: t, Facts: AnalysisCaches.Of(catalogue).MemberMentions.GetValue(t, tree => MemberMentions.Read(tree, cancellationToken)))).ToList();
        var declaring = new TreesByName(trees, declared: true);
        var mentioning = new TreesByName(trees, declared: false);
        var relevant = new HashSet<(SyntaxTree, int)>();
        var pending = new Stack<(int Tree, int Member)>();
        var roots = AnalysisCaches.Of(catalogue).SameRootNames(rootNames);
        Func<MemberMentions.Member, bool> isRoot = m => m.Names.Any(CalledByPattern.Contains) || m.Mentions.Any(roots.Contains);
        for (var t = 0; t < trees.Count; t++)
        {
            foreach (var i in trees[t].Facts.RootsFor(roots, isRoot))
            {
                Take(t, i);
            }
        }

        var walkedDeclared = new HashSet<string>();
        var walkedMentioned = new HashSet<string>();
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (tree, index) = pending.Pop();
            var member = trees[tree].Facts.Members[index];
            foreach (var name in member.Mentions)
            {
                Walk(name, declared: true);
            }

            foreach (var name in member.Names)
            {
                Walk(name, declared: false);
                if (name != MemberMentions.AnyConstructor && name != MemberMentions.CalledImplicitly)
                {
                    // Overloads, overrides, implementations and partial parts answer to the same name.
                    Walk(name, declared: true);
                }
            }
        }

        return new RelevantMembers(relevant, trees, declaring, mentioning);

        void Take(int tree, int member)
        {
            if (relevant.Add((trees[tree].Tree, trees[tree].Facts.Members[member].Position)))
            {
                pending.Push((tree, member));
            }
        }

        // Each name is walked once per direction: after that every member on its lists is taken. (A method name
        // declared in every file of a generated corpus would otherwise be walked once per member that declares it.)
        void Walk(string name, bool declared)
        {
            if (!(declared ? walkedDeclared : walkedMentioned).Add(name))
            {
                return;
            }

            foreach (var t in (declared ? declaring : mentioning).Of(name))
            {
                var facts = trees[t].Facts;
                foreach (var i in (declared ? facts.DeclaredBy : facts.MentionedBy)[name])
                {
                    Take(t, i);
                }
            }
        }
    }

    /// <summary>
    /// Which trees declare (or mention) each name, in the compilation's order. A name is first looked for in every tree
    /// and remembered; once as many names were looked for as a tree has on average, the rest of the walk would cost more
    /// than indexing every tree's names, so they are indexed. A program of many similar modules walks thousands of names
    /// (names × trees look-ups without the index); a project whose files share few names walks a few hundred, and
    /// indexing its every tree would cost more than the walk.
    /// </summary>
    private sealed class TreesByName
    {
        private readonly List<(SyntaxTree Tree, MemberMentions Facts)> _trees;
        private readonly bool _declared;
        private readonly Dictionary<string, List<int>> _byName = new();
        private readonly int _namesBeforeIndex;
        private bool _indexed;

        public TreesByName(List<(SyntaxTree Tree, MemberMentions Facts)> trees, bool declared)
        {
            _trees = trees;
            _declared = declared;
            _namesBeforeIndex = trees.Count == 0 ? 0 : trees.Sum(t => NamesOf(t.Facts).Count) / trees.Count;
        }

        public IReadOnlyList<int> Of(string name)
        {
            lock (_byName)
            {
                if (_byName.TryGetValue(name, out var found))
                {
                    return found;
                }

                if (!_indexed && _byName.Count >= _namesBeforeIndex)
                {
                    Index();
                }

                if (_indexed)
                {
                    return Array.Empty<int>();
                }

                found = new List<int>();
                for (var t = 0; t < _trees.Count; t++)
                {
                    if (NamesOf(_trees[t].Facts).ContainsKey(name))
                    {
                        found.Add(t);
                    }
                }

                _byName[name] = found;
                return found;
            }
        }

        private void Index()
        {
            _byName.Clear();
            for (var t = 0; t < _trees.Count; t++)
            {
                foreach (var name in NamesOf(_trees[t].Facts).Keys)
                {
                    _byName.GetOrAdd(name).Add(t);
                }
            }

            _indexed = true;
        }

        private Dictionary<string, List<int>> NamesOf(MemberMentions facts) => _declared ? facts.DeclaredBy : facts.MentionedBy;
    }
}
