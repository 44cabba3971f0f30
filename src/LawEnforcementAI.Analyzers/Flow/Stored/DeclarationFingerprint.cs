using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// What other documents' code is bound against in one tree: its usings, types, member signatures, attributes, constants
/// and enum values, without the bodies and the initializers that only run (an edit inside a method body, the common
/// keystroke, leaves it unchanged). Roslyn's <c>IsEquivalentTo(topLevel: true)</c> compares two trees this way but
/// ignores constant initializers, which other bodies fold (an endpoint in a <c>const</c>); this keeps them, and is a
/// hash, so a tree is compared with one it never met.
/// </summary>
internal sealed class DeclarationFingerprint
{
    private DeclarationFingerprint(string hash) => Hash = hash;

    public string Hash { get; }

    public static DeclarationFingerprint Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        var text = new StringBuilder();
        text.Append(tree.FilePath).Append('\n').Append((tree.Options as CSharpParseOptions)?.LanguageVersion).Append('\n');
        if (root.ChildNodes().OfType<GlobalStatementSyntax>().Any())
        {
            // A program's top-level statements declare its entry point; what they do is their own body.
            text.Append("<top-level statements>\n");
        }

        foreach (var token in root.DescendantTokens(node => !IsBody(node)))
        {
            text.Append(token.Text).Append(' ');
        }

        return new DeclarationFingerprint(Hashes.Of(text.ToString()));
    }

    private static bool IsBody(SyntaxNode node) => node switch
    {
        BlockSyntax { Parent: BaseMethodDeclarationSyntax or AccessorDeclarationSyntax } => true,
        ArrowExpressionClauseSyntax => true,
        GlobalStatementSyntax => true,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax } => true,
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax field } } =>
            !field.Modifiers.Any(SyntaxKind.ConstKeyword),
        _ => false,
    };

    /// <summary>SHA-256 as hex: equal declarations give equal text, and a collision is not a risk worth a comparison.</summary>
    internal static class Hashes
    {
        public static string Of(string text)
        {
            using var sha = SHA256.Create();
            var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
            return BitConverter.ToString(bytes).Replace("-", string.Empty);
        }
    }
}
