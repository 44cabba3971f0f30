using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// How often each identifier occurs in one syntax tree. Built on first use and kept per tree, so after an edit only
/// the edited document is read again.
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
                counts._counts.TryGetValue(token.ValueText, out var n);
                counts._counts[token.ValueText] = n + 1;
            }
        }

        return counts;
    }

    public int this[string name] => _counts.TryGetValue(name, out var n) ? n : 0;
}
