using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
using LawEnforcementAI.Analyzers.Policy;
using LawEnforcementAI.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers;

/// <summary>
/// LEAI005 and LEAI011: each call of an Azure AI Face recognition operation (<see cref="FaceRecognitionTable"/>, through <see cref="ApiCatalog.FaceOperations"/>) in code attributed as
/// police or law-enforcement in the US or with no jurisdiction (LEAI005), and of an Amazon Rekognition face comparison or
/// search (<see cref="RekognitionTable"/>) in police or law-enforcement code anywhere (LEAI011). Live: one operation action per invocation, reported at
/// the call, so the open document shows what the build shows. Bows out at compilation start when neither Face SDK is
/// referenced (a few metadata-name look-ups) or no file of the compilation is attributed to US police.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FaceRecognitionAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The member names of the table: a call named otherwise is skipped before it is bound.</summary>
    private readonly HashSet<string> _operationNames;
    private readonly ApiCatalog _catalog;
    private readonly ICatalogObserver? _observer;

    public FaceRecognitionAnalyzer()
        : this(ApiCatalog.Default, null)
    {
    }

    /// <param name="observer">Told of each table row a call matched (the tests' coverage check); null when shipped.</param>
    internal FaceRecognitionAnalyzer(ApiCatalog catalog, ICatalogObserver? observer)
    {
        _catalog = catalog;
        _observer = observer;
        _operationNames = new(catalog.FaceOperations.Select(o => o.Member.Name));
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Leai005FaceRecognitionForUSPolice.Descriptor, Leai011RekognitionFaceComparisonByPolice.Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // A generated client wrapper can call Face as well as hand-written code.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        // The Face types first: most projects reference no Face SDK and never pay for reading the attribution.
        var index = FaceRecognitionIndex.Create(AnalysisCaches.Of(_catalog).Types.For(start.Compilation), _catalog.FaceOperations);
        if (index.IsEmpty)
        {
            return;
        }

        // The attribution the other analyzers read (per file: .editorconfig sections, then the assembly attribute, then the
        // MSBuild property), shared through the compilation's context, so a folder attributed alone counts too.
        var policy = CompilationContext.For(start.Compilation, start.Options, _catalog).Policy;
        if (!policy.DistinctContexts.Any(c => Leai005FaceRecognitionForUSPolice.Applies(c) || Leai011RekognitionFaceComparisonByPolice.Applies(c)))
        {
            return;
        }

        // A syntax-node action filtered by name, not an operation action: only Face calls are bound into operations.
        start.RegisterSyntaxNodeAction(node => AnalyzeInvocation(node, index, policy), SyntaxKind.InvocationExpression);
    }

    private void AnalyzeInvocation(SyntaxNodeAnalysisContext context, FaceRecognitionIndex index, PolicyModel policy)
    {
        var syntax = (InvocationExpressionSyntax)context.Node;
        if (InvokedName.Of(syntax) is not { } name || !_operationNames.Contains(name)
            || context.SemanticModel.GetOperation(syntax, context.CancellationToken) is not IInvocationOperation invocation
            || index.Find(invocation.TargetMethod) is not { } operation)
        {
            return;
        }

        _observer?.Matched(operation);

        var attribution = policy.ContextFor(invocation.Syntax.SyntaxTree);
        if (operation.Provider == ProviderFacts.Aws)
        {
            ReportRekognition(context, invocation, operation, attribution);
            return;
        }

        if (!Leai005FaceRecognitionForUSPolice.Applies(attribution))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Leai005FaceRecognitionForUSPolice.Descriptor,
            invocation.Syntax.GetLocation(),
            DisplayName(invocation.TargetMethod),
            operation.Kind.Describe(),
            attribution.Describe()));
    }

    /// <summary>LEAI011: Amazon Rekognition's face comparison or search in police code, citing AWS's moratorium.</summary>
    private static void ReportRekognition(SyntaxNodeAnalysisContext context, IInvocationOperation invocation, FaceRecognitionOperation operation, PolicyContext attribution)
    {
        if (!Leai011RekognitionFaceComparisonByPolice.Applies(attribution))
        {
            return;
        }

        var (quote, citation) = Leai011RekognitionFaceComparisonByPolice.Clause;
        context.ReportDiagnostic(Diagnostic.Create(
            Leai011RekognitionFaceComparisonByPolice.Descriptor,
            invocation.Syntax.GetLocation(),
            DisplayName(invocation.TargetMethod),
            operation.Kind == FaceOperationKind.Verification ? "face comparison" : "face search",
            attribution.Describe(),
            quote,
            citation));
    }

    /// <summary>
    /// "FaceClient.IdentifyFromLargePersonGroupAsync"; for the legacy extension methods the operations group they extend
    /// ("IPersonGroupPerson.AddFaceFromStreamAsync"), which tells a person group from a face list where the names repeat.
    /// </summary>
    private static string DisplayName(IMethodSymbol method)
    {
        var definition = method.ReducedFrom ?? method;
        var owner = definition.IsExtensionMethod && definition.Parameters.Length > 0
            ? definition.Parameters[0].Type.Name
            : definition.ContainingType?.Name;
        return owner is null ? method.Name : owner + "." + method.Name;
    }
}
