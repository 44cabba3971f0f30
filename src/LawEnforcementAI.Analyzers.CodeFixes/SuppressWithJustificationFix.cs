using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using LawEnforcementAI.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LawEnforcementAI.Analyzers.CodeFixes;

/// <summary>
/// "Suppress with a justification": adds <c>[SuppressMessage(category, "ID:title", Justification = stub)]</c> to the
/// member that holds the diagnostic. The stub is a placeholder LEAI006 keeps reporting, so the fix alone never silences
/// the audit: a person still has to write the reason.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SuppressWithJustificationFix)), Shared]
public sealed class SuppressWithJustificationFix : TextEditFix
{
    private const string AttributeNamespace = "System.Diagnostics.CodeAnalysis";

    public override ImmutableArray<string> FixableDiagnosticIds => PolicyRuleIds.Suppressible;

    private protected override string EquivalenceKey => nameof(SuppressWithJustificationFix);

    private protected override string Title(Diagnostic diagnostic) => "Suppress " + diagnostic.Id + " with a justification";

    private protected override TextChange? Edit(SyntaxNode root, SourceText text, Diagnostic diagnostic)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);

        // A diagnostic in an assembly-level attribute (LEAI090 on [assembly: AIPolicyContext(...)]) has no member to
        // carry the suppression: it goes next to that attribute, as a suppression for the whole assembly.
        if (node.FirstAncestorOrSelf<AttributeListSyntax>() is { Target: { } target } list
            && (target.Identifier.IsKind(SyntaxKind.AssemblyKeyword) || target.Identifier.IsKind(SyntaxKind.ModuleKeyword)))
        {
            var newLine = NewLine(text);
            return new TextChange(new TextSpan(list.Span.End, 0), newLine + "[assembly: " + Attribute(root, diagnostic) + "]");
        }

        // Top-level statements have no member declaration to attribute; no fix rather than a suppression that misses.
        var member = node.AncestorsAndSelf().OfType<MemberDeclarationSyntax>().FirstOrDefault(IsAttributable);
        if (member is null)
        {
            return null;
        }

        // After the member's own attributes, so suppressions added one by one and by Fix All come out in the same order.
        var attribute = "[" + Attribute(root, diagnostic) + "]";
        if (member.AttributeLists.LastOrDefault() is { } last)
        {
            return new TextChange(new TextSpan(last.Span.End, 0), LineBreakBefore(text, last.SpanStart) + attribute);
        }

        var start = member.GetFirstToken().SpanStart;
        return new TextChange(new TextSpan(start, 0), attribute + LineBreakBefore(text, start));
    }

    private static bool IsAttributable(MemberDeclarationSyntax member) =>
        member is not BaseNamespaceDeclarationSyntax and not GlobalStatementSyntax and not IncompleteMemberSyntax;

    private static string Attribute(SyntaxNode root, Diagnostic diagnostic)
    {
        var descriptor = diagnostic.Descriptor;
        var title = descriptor.Title.ToString(CultureInfo.InvariantCulture);
        var name = HasUsing(root) ? "SuppressMessage" : AttributeNamespace + ".SuppressMessage";
        return name + "(" + Literal(descriptor.Category) + ", " + Literal(diagnostic.Id + ":" + title)
            + ", Justification = " + Literal(Leai006UnjustifiedSuppression.JustificationStub) + ")";
    }

    /// <summary>The short name only where the file imports the namespace; elsewhere the full name always binds.</summary>
    private static bool HasUsing(SyntaxNode root) =>
        root is CompilationUnitSyntax unit
        && unit.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>()
            .Any(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.Name?.ToString() == AttributeNamespace);

    private static string Literal(string value) => SyntaxFactory.Literal(value).Text;

    /// <summary>The member's own line break and indentation, so the attribute sits on a line of its own above it.</summary>
    private static string LineBreakBefore(SourceText text, int position)
    {
        var line = text.Lines.GetLineFromPosition(position);
        var before = text.ToString(TextSpan.FromBounds(line.Start, position));
        return string.IsNullOrWhiteSpace(before) ? NewLine(text) + before : " ";
    }

    private static string NewLine(SourceText text) => text.ToString().Contains("\r\n") ? "\r\n" : "\n";
}
