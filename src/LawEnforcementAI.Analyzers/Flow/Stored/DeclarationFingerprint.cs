using System.Globalization;
using System.Linq;
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
/// hash (<see cref="Hash128"/>), so a tree is compared with one it never met.
/// </summary>
internal sealed class DeclarationFingerprint
{
    private DeclarationFingerprint(string hash) => Hash = hash;

    public string Hash { get; }

    public static DeclarationFingerprint Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        var hash = new Hash128();
        hash.Add(tree.FilePath);
        hash.Add((tree.Options as CSharpParseOptions)?.LanguageVersion.ToString() ?? string.Empty);

        // A program's top-level statements declare its entry point; what they do is their own body.
        hash.Add(root.ChildNodes().OfType<GlobalStatementSyntax>().Any() ? "<top-level statements>" : string.Empty);
        foreach (var token in root.DescendantTokens(node => !IsBody(node)))
        {
            hash.Add(token.Text);
        }

        return new DeclarationFingerprint(hash.ToString());
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

    /// <summary>
    /// Two 64-bit FNV-1a hashes with different bases, each text followed by a separator: a walk of a large tree pays no
    /// allocation, and 128 bits make a collision between two versions of a tree no practical risk.
    /// </summary>
    internal struct Hash128
    {
        private ulong _a;
        private ulong _b;
        private bool _started;

        public void Add(string text)
        {
            if (!_started)
            {
                (_a, _b, _started) = (14695981039346656037UL, 9650029242287828579UL, true);
            }

            foreach (var c in text)
            {
                _a = (_a ^ c) * 1099511628211UL;
                _b = (_b ^ c) * 0x100000001b3UL ^ (_b >> 29);
            }

            _a = (_a ^ 0xFFFF) * 1099511628211UL;
            _b = (_b ^ 0xFFFF) * 0x100000001b3UL ^ (_b >> 29);
        }

        public override string ToString() => _a.ToString("x16", CultureInfo.InvariantCulture) + _b.ToString("x16", CultureInfo.InvariantCulture);
    }
}
