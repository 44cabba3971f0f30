using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// What the members declared in one syntax tree are called and which names their code mentions, read from syntax
/// alone. <see cref="RelevantMembers"/> joins these into the members a frame can pass through. Kept per tree, so after
/// an edit only the edited document is read again (unchanged documents keep their tree across compilations).
/// </summary>
internal sealed class MemberMentions
{
    /// <summary>Stands for every constructor: <c>new(...)</c> without a type name can call any of them.</summary>
    public const string AnyConstructor = "#ctor";

    /// <summary>Stands for code the language calls without naming it (operators, indexers, top-level statements).</summary>
    public const string CalledImplicitly = "#implicit";

    private MemberMentions(ImmutableArray<Member> members)
    {
        Members = members;
        for (var i = 0; i < members.Length; i++)
        {
            foreach (var name in members[i].Names)
            {
                Add(DeclaredBy, name, i);
            }

            foreach (var name in members[i].Mentions)
            {
                Add(MentionedBy, name, i);
            }
        }
    }

    public ImmutableArray<Member> Members { get; }

    private RootMembers? _roots;

    /// <summary>
    /// The indexes of <see cref="Members"/> that are roots for this set of root names (<see cref="RelevantMembers"/>).
    /// Remembered for the last set asked, which the catalogue keeps as one instance per content, so an edit elsewhere
    /// costs this tree a reference comparison.
    /// </summary>
    public ImmutableArray<int> RootsFor(HashSet<string> rootNames, Func<Member, bool> isRoot)
    {
        if (Volatile.Read(ref _roots) is { } last && ReferenceEquals(last.Names, rootNames))
        {
            return last.Indexes;
        }

        var indexes = ImmutableArray.CreateBuilder<int>();
        for (var i = 0; i < Members.Length; i++)
        {
            if (isRoot(Members[i]))
            {
                indexes.Add(i);
            }
        }

        var roots = new RootMembers(rootNames, indexes.ToImmutable());
        Volatile.Write(ref _roots, roots);
        return roots.Indexes;
    }

    /// <summary>Which of <see cref="Members"/> declare a name: kept with the tree, so a compilation joins them per name asked.</summary>
    public Dictionary<string, List<int>> DeclaredBy { get; } = new();

    /// <summary>Which of <see cref="Members"/> mention a name.</summary>
    public Dictionary<string, List<int>> MentionedBy { get; } = new();

    private static void Add(Dictionary<string, List<int>> index, string name, int member)
    {
        if (!index.TryGetValue(name, out var list))
        {
            index[name] = list = new List<int>();
        }

        list.Add(member);
    }

    public static MemberMentions Read(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var members = ImmutableArray.CreateBuilder<Member>();
        var root = (CompilationUnitSyntax)tree.GetRoot(cancellationToken);
        var topLevel = new List<SyntaxNode>();
        var pending = new Stack<SyntaxNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var container = pending.Pop();
            foreach (var child in container.ChildNodes())
            {
                switch (child)
                {
                    case GlobalStatementSyntax statement:
                        topLevel.Add(statement);
                        break;
                    case BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax:
                        pending.Push(child);
                        break;
                    case MemberDeclarationSyntax member when Declared(member) is { } names:
                        members.Add(new Member(member.SpanStart, names, Mentions(member, container)));
                        break;
                }
            }
        }

        if (topLevel.Count > 0)
        {
            // Top-level statements are one body, the program's entry point, which nothing calls by name.
            var mentions = new HashSet<string>();
            foreach (var statement in topLevel)
            {
                AddMentions(statement, mentions);
            }

            members.Add(new Member(root.SpanStart, ImmutableArray.Create(CalledImplicitly), mentions));
        }

        return new MemberMentions(members.ToImmutable());
    }

    /// <summary>The names a member answers to; null for members without code (nested delegates, enum members).</summary>
    private static ImmutableArray<string>? Declared(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax method => ImmutableArray.Create(method.Identifier.ValueText),
        ConstructorDeclarationSyntax constructor => ImmutableArray.Create(constructor.Identifier.ValueText, AnyConstructor),
        PropertyDeclarationSyntax property => ImmutableArray.Create(property.Identifier.ValueText),
        EventDeclarationSyntax @event => ImmutableArray.Create(@event.Identifier.ValueText),
        BaseFieldDeclarationSyntax field => FieldNames(field),
        OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax or IndexerDeclarationSyntax or DestructorDeclarationSyntax =>
            ImmutableArray.Create(CalledImplicitly),
        _ => null,
    };

    private static ImmutableArray<string> FieldNames(BaseFieldDeclarationSyntax field)
    {
        var names = ImmutableArray.CreateBuilder<string>(field.Declaration.Variables.Count);
        foreach (var variable in field.Declaration.Variables)
        {
            names.Add(variable.Identifier.ValueText);
        }

        return names.MoveToImmutable();
    }

    private static HashSet<string> Mentions(MemberDeclarationSyntax member, SyntaxNode container)
    {
        var mentions = new HashSet<string>();
        AddMentions(member, mentions);

        // ": base(...)" calls the base type's constructor without naming it; the base list does.
        if (member is ConstructorDeclarationSyntax { Initializer: { } } && container is TypeDeclarationSyntax { BaseList: { } bases })
        {
            AddMentions(bases, mentions);
        }

        return mentions;
    }

    private static void AddMentions(SyntaxNode node, HashSet<string> mentions)
    {
        foreach (var token in node.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                mentions.Add(token.ValueText);
            }
            else if (token.IsKind(SyntaxKind.NewKeyword) && token.Parent is ImplicitObjectCreationExpressionSyntax)
            {
                mentions.Add(AnyConstructor);
            }
        }
    }

    private sealed class RootMembers
    {
        public RootMembers(HashSet<string> names, ImmutableArray<int> indexes)
        {
            Names = names;
            Indexes = indexes;
        }

        public HashSet<string> Names { get; }

        public ImmutableArray<int> Indexes { get; }
    }

    /// <summary>One member declaration: where it starts, what it is called, which names its code mentions.</summary>
    internal sealed class Member
    {
        public Member(int position, ImmutableArray<string> names, HashSet<string> mentions)
        {
            Position = position;
            Names = names;
            Mentions = mentions;
        }

        public int Position { get; }

        public ImmutableArray<string> Names { get; }

        public HashSet<string> Mentions { get; }
    }
}
