using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
using LawEnforcementAI.Analyzers.Prompts;
using LawEnforcementAI.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers;

/// <summary>
/// LEAI003 and LEAI004, live in every project, attributed or not: a vision request whose prompt asks who a person is,
/// or for their emotions or sensitive attributes. Bows out at compilation start unless a vision SDK is referenced or the
/// source names an HTTP sending call (<see cref="PromptScope"/>); then looks only at calls named like a sink of the
/// catalogue, reads each request back in its own body (<see cref="RequestReader"/>) and matches the text sent with an
/// image against <see cref="IntentVocabulary"/>. Findings are local to the document of the sending call.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PromptIntentAnalyzer : DiagnosticAnalyzer
{
    private readonly ApiCatalog _catalogue;
    private readonly ImmutableHashSet<string> _sinkNames;

    private readonly ICatalogObserver? _observer;

    public PromptIntentAnalyzer()
        : this(ApiCatalog.Default)
    {
    }

    /// <param name="observer">Told of each image part a request matched (the tests' coverage check); null when shipped.</param>
    internal PromptIntentAnalyzer(ApiCatalog catalogue, ICatalogObserver? observer = null)
    {
        _catalogue = catalogue;
        _observer = observer;
        _sinkNames = catalogue.Sinks.Where(s => !s.EnrolsFaces).Select(s => s.Member.Name).ToImmutableHashSet();
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Leai003PromptIdentifiesPerson.Descriptor, Leai004PromptInfersSensitiveAttribute.Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            if (!PromptScope.Applies(start.Compilation, _catalogue, start.CancellationToken))
            {
                return;
            }

            var shared = CompilationContext.For(start.Compilation, start.Options, _catalogue);
            var parts = new System.Lazy<ImagePartIndex>(() => new ImagePartIndex(_catalogue.ImageParts, AnalysisCaches.Of(_catalogue).Types.For(start.Compilation), _observer), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            // A syntax-node action filtered by name, not an operation action: only the sending calls are bound into
            // operations, not every body of the project.
            start.RegisterSyntaxNodeAction(node => Analyze(node, shared, parts), SyntaxKind.InvocationExpression);
        });
    }

    private void Analyze(SyntaxNodeAnalysisContext context, CompilationContext shared, System.Lazy<ImagePartIndex> parts)
    {
        var syntax = (InvocationExpressionSyntax)context.Node;
        if (InvokedName.Of(syntax) is not { } name || !_sinkNames.Contains(name)
            || context.SemanticModel.GetOperation(syntax, context.CancellationToken) is not IInvocationOperation send
            || SinkOf(send.TargetMethod, shared) is not { } sink)
        {
            return;
        }

        var request = RequestReader.Read(send, sink, parts.Value, shared.Declares, context.CancellationToken);
        if (!request.HasImage)
        {
            return;
        }

        var reported = new HashSet<IntentKind>();
        foreach (var match in request.Texts.SelectMany(IntentMatcher.Default.Find))
        {
            // A report to draft asks nothing of the people in the image: LEAI020 reads it where a recording reaches a request.
            if (match.Kind != IntentKind.ReportDrafting && reported.Add(match.Kind))
            {
                context.ReportDiagnostic(match.Kind == IntentKind.Identification
                    ? Diagnostic.Create(Leai003PromptIdentifiesPerson.Descriptor, send.Syntax.GetLocation(), send.TargetMethod.Name, match.Quote)
                    : Diagnostic.Create(Leai004PromptInfersSensitiveAttribute.Descriptor, send.Syntax.GetLocation(), send.TargetMethod.Name, match.Subject, match.Quote,
                        Leai004PromptInfersSensitiveAttribute.LawCitation(shared.Policy.ContextFor(syntax.SyntaxTree), match.Subject)));
            }
        }
    }

    private static VisionSink? SinkOf(IMethodSymbol method, CompilationContext shared)
    {
        var rules = new List<MemberRules>();
        shared.Index.Collect(method.ReducedFrom ?? method, rules);
        return rules.Select(r => r.Sink).FirstOrDefault(s => s is not null && !s.EnrolsFaces);
    }
}
