using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.TeamModel;
using LawEnforcementAI.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LawEnforcementAI.Analyzers.CodeFixes;

/// <summary>
/// "Apply &lt;sanitizer&gt; before sending", for LEAI001/LEAI002 (and their build-only IDs) when the project's team model
/// file declares a sanitizer (docs/model-file.md): the frame is wrapped in the sanitizer where the camera produced it,
/// the first place on the warning's route whose type the sanitizer takes and gives back. Offered for static methods of
/// one parameter; after it, the frame no longer counts, so the warning goes.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ApplySanitizerFix)), Shared]
public sealed class ApplySanitizerFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.PoliceCameraToVision, RuleIds.MobileLiveCameraToVision);

    // One wrap per frame source; Fix All over a document works diagnostic by diagnostic through the batch fixer.
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var sanitizers = await SanitizersAsync(context.Document.Project, context.CancellationToken).ConfigureAwait(false);
        if (sanitizers.IsEmpty)
        {
            return;
        }

        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (model is null || root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var sanitizer in sanitizers)
            {
                if (Target(root, model, diagnostic, sanitizer, context.CancellationToken) is not { } target)
                {
                    continue;
                }

                var name = sanitizer.ContainingType.Name + "." + sanitizer.Name;
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create("Apply " + name + " before sending", ct => WrapAsync(document, target.Span, sanitizer, ct), nameof(ApplySanitizerFix) + ":" + name),
                    diagnostic);
            }
        }
    }

    /// <summary>
    /// The static, one-parameter sanitizers of the project's model files, read and resolved as the analyzer does
    /// (<see cref="TeamModels"/>), so the fix offers exactly what the analysis treats as a sanitizer.
    /// </summary>
    private static async Task<ImmutableArray<IMethodSymbol>> SanitizersAsync(Project project, CancellationToken cancellationToken)
    {
        var files = project.AnalyzerOptions.AdditionalFiles;
        if (!files.Any(f => ModelFile.IsModelFile(f.Path)) || await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is not { } compilation)
        {
            return ImmutableArray<IMethodSymbol>.Empty;
        }

        return TeamModels.Resolve(compilation, files, cancellationToken).Entries
            .Where(e => e.Entry is Sanitizer)
            .Select(e => e.Member)
            .OfType<IMethodSymbol>()
            .Where(m => m.IsStatic && m.Parameters.Length == 1 && !m.ReturnsVoid)
            .Distinct<IMethodSymbol>(SymbolEqualityComparer.Default)
            .ToImmutableArray();
    }

    /// <summary>The first expression on the route (source first) that the sanitizer takes and whose type it returns.</summary>
    private static ExpressionSyntax? Target(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, IMethodSymbol sanitizer, CancellationToken cancellationToken)
    {
        foreach (var location in diagnostic.AdditionalLocations)
        {
            if (location.SourceTree != root.SyntaxTree
                || root.FindNode(location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression
                || model.GetTypeInfo(expression, cancellationToken).Type is not { } type)
            {
                continue;
            }

            var compilation = model.Compilation;
            if (compilation.ClassifyCommonConversion(type, sanitizer.Parameters[0].Type).IsImplicit
                && compilation.ClassifyCommonConversion(sanitizer.ReturnType, type).IsImplicit)
            {
                return expression;
            }
        }

        return null;
    }

    private static async Task<Document> WrapAsync(Document document, TextSpan span, IMethodSymbol sanitizer, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var callee = sanitizer.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + sanitizer.Name;
        return document.WithText(text.WithChanges(new TextChange(span, callee + "(" + text.ToString(span) + ")")));
    }
}
