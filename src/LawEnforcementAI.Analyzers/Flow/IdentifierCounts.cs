using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// How often each identifier occurs in one syntax tree, and how often it is the member of a member access on a plain
/// name (<c>Task.Run</c>: counted under <c>Task.Run</c> and <c>.Run</c> as well). Built on first use and kept per tree,
/// so after an edit only the edited document is read again.
/// </summary>
internal sealed class IdentifierCounts
{
    private readonly Dictionary<string, int> _counts = new();

    private IdentifierCounts()
    {
    }

    public static IdentifierCounts Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var counts = new IdentifierCounts();
        foreach (var token in tree.GetRoot(cancellationToken).DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                counts.Add(token.ValueText);
                if (token.Parent is SimpleNameSyntax name
                    && name.Parent is MemberAccessExpressionSyntax access && access.Name == name
                    && access.Expression is IdentifierNameSyntax qualifier)
                {
                    counts.Add("." + token.ValueText);
                    counts.Add(qualifier.Identifier.ValueText + "." + token.ValueText);
                }
            }
        }

        return counts;
    }

    public int this[string name] => _counts.TryGetValue(name, out var n) ? n : 0;

    /// <summary>
    /// Mentions that may name a static member <paramref name="name"/> of <paramref name="type"/>: all of them but those
    /// qualified by another plain name (<c>Task.Run</c> is not a call of <c>Functions.Run</c>).
    /// </summary>
    public int StaticMentions(string type, string name) => this[name] - this["." + name] + this[type + "." + name];

    private void Add(string key)
    {
        _counts.TryGetValue(key, out var n);
        _counts[key] = n + 1;
    }
}
