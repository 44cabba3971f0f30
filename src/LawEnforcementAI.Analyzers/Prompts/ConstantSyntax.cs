using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LawEnforcementAI.Analyzers.Prompts;

/// <summary>
/// The text of a constant expression read from syntax alone: literals, interpolated strings without holes, and their
/// concatenation. For an initializer or helper in another document, whose semantic model the analyzer does not ask for.
/// </summary>
internal static class ConstantSyntax
{
    public static string? TextOf(ExpressionSyntax? expression) => expression switch
    {
        LiteralExpressionSyntax literal when literal.Kind() == SyntaxKind.StringLiteralExpression => literal.Token.ValueText,
        ParenthesizedExpressionSyntax parenthesized => TextOf(parenthesized.Expression),
        BinaryExpressionSyntax binary when binary.Kind() == SyntaxKind.AddExpression => Concat(TextOf(binary.Left), TextOf(binary.Right)),
        InterpolatedStringExpressionSyntax interpolated => Text(interpolated),
        _ => null,
    };

    private static string? Concat(string? left, string? right) => left is null || right is null ? null : left + right;

    private static string? Text(InterpolatedStringExpressionSyntax interpolated)
    {
        var text = new System.Text.StringBuilder();
        foreach (var content in interpolated.Contents)
        {
            if (content is not InterpolatedStringTextSyntax part)
            {
                return null;
            }

            text.Append(part.TextToken.ValueText);
        }

        return text.ToString();
    }
}
