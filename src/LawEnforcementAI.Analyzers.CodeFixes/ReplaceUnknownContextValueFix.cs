using System.Collections.Immutable;
using System.Composition;
using System.Text;
using LawEnforcementAI.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LawEnforcementAI.Analyzers.CodeFixes;

/// <summary>
/// LEAI090 on the context of <c>[assembly: LawEnforcementAI.AIPolicyContext("...")]</c>: replaces each unknown value
/// with the closest valid one, keeping the separators as written. Values in MSBuild properties and .editorconfig files
/// are not source code, so LEAI090 has no location there and no code fix can edit them (docs/rules/LEAI090.md).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceUnknownContextValueFix)), Shared]
public sealed class ReplaceUnknownContextValueFix : TextEditFix
{
    private static readonly char[] Separators = { ',', ' ', '\t', ';' };

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.InvalidPolicyConfiguration);

    private protected override string EquivalenceKey => nameof(ReplaceUnknownContextValueFix);

    private protected override string Title(Diagnostic diagnostic) => "Use the closest valid context value";

    private protected override TextChange? Edit(SyntaxNode root, SourceText text, Diagnostic diagnostic)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
            || !literal.IsKind(SyntaxKind.StringLiteralExpression)
            || !IsContextArgument(literal))
        {
            return null;
        }

        var corrected = Correct(literal.Token.ValueText);
        return corrected is null ? null : new TextChange(literal.Span, SyntaxFactory.Literal(corrected).Text);
    }

    /// <summary>The first positional argument of AIPolicyContext; the Jurisdiction argument is a country code, not a context.</summary>
    private static bool IsContextArgument(LiteralExpressionSyntax literal) =>
        literal.Parent is AttributeArgumentSyntax { NameEquals: null, NameColon: null } argument
        && argument.Parent is AttributeArgumentListSyntax list
        && list.Arguments.IndexOf(argument) == 0
        && list.Parent is AttributeSyntax attribute
        && IsPolicyContextName(attribute.Name);

    private static bool IsPolicyContextName(NameSyntax name)
    {
        var simple = name is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText
            : name is AliasQualifiedNameSyntax alias ? alias.Name.Identifier.ValueText
            : (name as SimpleNameSyntax)?.Identifier.ValueText;
        return simple is "AIPolicyContext" or "AIPolicyContextAttribute";
    }

    /// <summary>The value with every unknown token replaced, or null when one has no close valid value.</summary>
    private static string? Correct(string value)
    {
        var result = new StringBuilder(value.Length);
        var changed = false;
        var i = 0;
        while (i < value.Length)
        {
            if (System.Array.IndexOf(Separators, value[i]) >= 0)
            {
                result.Append(value[i++]);
                continue;
            }

            var start = i;
            while (i < value.Length && System.Array.IndexOf(Separators, value[i]) < 0)
            {
                i++;
            }

            var token = value.Substring(start, i - start);
            if (ClosestContextValue.IsKnown(token))
            {
                result.Append(token);
                continue;
            }

            if (ClosestContextValue.For(token) is not { } closest)
            {
                return null;
            }

            result.Append(closest);
            changed = true;
        }

        return changed ? result.ToString() : null;
    }
}
