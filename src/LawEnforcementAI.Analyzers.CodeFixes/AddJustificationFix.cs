using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using LawEnforcementAI.Analyzers.Rules;
using LawEnforcementAI.Analyzers.Suppressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LawEnforcementAI.Analyzers.CodeFixes;

/// <summary>
/// LEAI006: adds the missing <c>Justification = "…"</c> argument, or the missing <c>// reason: …</c> comment on the
/// pragma's line, with the stub text in it. Only a person knows the reason, so LEAI006 stays on the stub until one is
/// written; what the fix saves is finding the place and the syntax. A justification or comment that is present but is a
/// placeholder is left for the person to rewrite: replacing one placeholder with another would change nothing.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddJustificationFix)), Shared]
public sealed class AddJustificationFix : TextEditFix
{
    private const string ReasonLabel = "// reason: ";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnjustifiedSuppression);

    private protected override string EquivalenceKey => nameof(AddJustificationFix);

    private protected override string Title(Diagnostic diagnostic) => "Add a justification to fill in";

    private protected override TextChange? Edit(SyntaxNode root, SourceText text, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        var trivia = root.FindTrivia(span.Start, findInsideTrivia: false);
        if (trivia.GetStructure() is PragmaWarningDirectiveTriviaSyntax pragma)
        {
            return ForPragma(pragma);
        }

        if (root.FindNode(span).FirstAncestorOrSelf<AttributeSyntax>() is { } attribute)
        {
            return ForAttribute(attribute);
        }

        return null;
    }

    private static TextChange? ForPragma(PragmaWarningDirectiveTriviaSyntax pragma)
    {
        var hasComment = pragma.DescendantTokens()
            .SelectMany(t => t.LeadingTrivia.AddRange(t.TrailingTrivia))
            .Any(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia));
        return hasComment ? null : new TextChange(new TextSpan(pragma.ErrorCodes.Span.End, 0), " " + ReasonLabel + Leai006UnjustifiedSuppression.JustificationStub);
    }

    private static TextChange? ForAttribute(AttributeSyntax attribute)
    {
        var stub = SyntaxFactory.Literal(Leai006UnjustifiedSuppression.JustificationStub).Text;
        var existing = SuppressionAttributeReader.JustificationArgument(attribute);
        if (existing is null)
        {
            var arguments = attribute.ArgumentList!.Arguments;
            return new TextChange(new TextSpan(arguments.Span.End, 0), ", " + SuppressionAttributeReader.JustificationProperty + " = " + stub);
        }

        // An empty string is a missing reason written out; the stub at least says what belongs there.
        return existing.Expression is LiteralExpressionSyntax { Token.ValueText.Length: 0 } empty
            ? new TextChange(empty.Span, stub)
            : null;
    }
}
