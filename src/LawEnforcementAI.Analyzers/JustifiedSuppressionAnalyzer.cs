using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Rules;
using LawEnforcementAI.Analyzers.Suppressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers;

/// <summary>
/// LEAI006: suppressions of any LEAI rule (present or future) must carry a reason. Runs in every project, attributed or
/// not, because a suppression is the same finding anywhere; stays cheap by looking only at pragmas and at attributes
/// whose checkId starts with "LEAI". Local (syntax-tree and syntax-node actions), so the editor shows it as you type.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class JustifiedSuppressionAnalyzer : DiagnosticAnalyzer
{
    private const string AttributeName = "[SuppressMessage]";
    private const string PragmaName = "'#pragma warning disable'";

    private static readonly string[] SuppressionAttributeNames =
    {
        "System.Diagnostics.CodeAnalysis.SuppressMessageAttribute",
        "System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessageAttribute",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Leai006UnjustifiedSuppression.Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // A generated file can hide a policy finding as well as a hand-written one.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterSyntaxTreeAction(AnalyzePragmas);
        context.RegisterCompilationStartAction(start =>
        {
            var attributeTypes = new List<INamedTypeSymbol>();
            foreach (var name in SuppressionAttributeNames)
            {
                if (start.Compilation.GetTypeByMetadataName(name) is { } type)
                {
                    attributeTypes.Add(type);
                }
            }

            if (attributeTypes.Count > 0)
            {
                start.RegisterSyntaxNodeAction(node => AnalyzeAttribute(node, attributeTypes), SyntaxKind.Attribute);
            }
        });
    }

    private static void AnalyzePragmas(SyntaxTreeAnalysisContext context)
    {
        var root = context.Tree.GetRoot(context.CancellationToken);
        if (!root.ContainsDirectives)
        {
            return;
        }

        for (var directive = ((CSharpSyntaxNode)root).GetFirstDirective(IsPragmaWarningDisable);
             directive is not null;
             directive = directive.GetNextDirective(IsPragmaWarningDisable))
        {
            var pragma = (PragmaWarningDirectiveTriviaSyntax)directive;
            var ids = PolicyIds(pragma);
            if (ids.Count == 0 || HasRealReasonComment(pragma))
            {
                continue;
            }

            var span = Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(pragma.SpanStart, pragma.ErrorCodes.Span.End);
            context.ReportDiagnostic(Diagnostic.Create(
                Leai006UnjustifiedSuppression.Descriptor, Location.Create(context.Tree, span), PragmaName, string.Join(", ", ids)));
        }
    }

    private static bool IsPragmaWarningDisable(DirectiveTriviaSyntax directive) =>
        directive is PragmaWarningDirectiveTriviaSyntax pragma && pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword);

    private static List<string> PolicyIds(PragmaWarningDirectiveTriviaSyntax pragma)
    {
        var ids = new List<string>();
        foreach (var code in pragma.ErrorCodes)
        {
            var text = code.ToString();
            if (IsPolicyId(text))
            {
                ids.Add(text);
            }
        }

        return ids;
    }

    /// <summary>The reason is a comment on the pragma's own line, where a reviewer reads it next to the suppression.</summary>
    private static bool HasRealReasonComment(PragmaWarningDirectiveTriviaSyntax pragma)
    {
        foreach (var token in pragma.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia.AddRange(token.TrailingTrivia))
            {
                if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && Justification.IsRealComment(trivia.ToString()))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, List<INamedTypeSymbol> attributeTypes)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (SuppressionAttributeReader.CheckIdArgument(attribute) is not { } checkIdArgument)
        {
            return;
        }

        var checkId = SuppressionAttributeReader.StringValue(checkIdArgument.Expression, () => context.SemanticModel);
        if (checkId is null || !IsPolicyId(checkId))
        {
            return;
        }

        var constructor = context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol;
        if (constructor?.ContainingType is not { } type || !attributeTypes.Contains(type, SymbolEqualityComparer.Default))
        {
            return;
        }

        var justification = SuppressionAttributeReader.JustificationArgument(attribute) is { } argument
            ? SuppressionAttributeReader.StringValue(argument.Expression, () => context.SemanticModel)
            : null;
        if (Justification.IsReal(justification))
        {
            return;
        }

        // The checkId may carry the rule's title after ':' ("LEAI001:Camera imagery ..."); the ID alone reads better.
        var id = checkId.Split(':')[0].Trim();
        context.ReportDiagnostic(Diagnostic.Create(Leai006UnjustifiedSuppression.Descriptor, attribute.GetLocation(), AttributeName, id));
    }

    /// <summary>Any LEAI ID, including rules not written yet, in any casing: asking once too often for a reason is cheaper than missing one.</summary>
    private static bool IsPolicyId(string text) => text.TrimStart().StartsWith(RuleIds.Prefix, StringComparison.OrdinalIgnoreCase);
}
