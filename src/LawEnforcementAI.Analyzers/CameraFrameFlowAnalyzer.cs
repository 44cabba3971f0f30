using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Flow;
using LawEnforcementAI.Analyzers.Policy;
using LawEnforcementAI.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers;

/// <summary>
/// Follows camera frames to Azure OpenAI vision requests (LEAI001, LEAI002), and images of unknown origin in
/// law-enforcement code (LEAI007, a review record), live in the editor: flows inside one member
/// are reported as that member is analysed, flows among the members of one type (and what they call, three levels
/// deep) when the type's analysis ends. Both are local diagnostics of the document that sends the request, so an open
/// document shows them. Routes only the whole program shows are <see cref="WholeProgramFlowAnalyzer"/>'s, under their
/// own build-only IDs. Bows out at compilation start unless the compilation is attributed and references a vision SDK
/// (or, with no SDK, its source names an HTTP sending call: <see cref="FlowScope"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CameraFrameFlowAnalyzer : FlowAnalyzer
{
    private readonly ICatalogueObserver? _observer;

    public CameraFrameFlowAnalyzer()
        : this(ApiCatalogue.Default, null)
    {
    }

    /// <summary>For tests: other tables (a new SDK's), and an observer of the entries matched.</summary>
    internal CameraFrameFlowAnalyzer(ApiCatalogue catalogue, ICatalogueObserver? observer)
        : base(catalogue)
    {
        _observer = observer;
    }

    // No compilation-end descriptor here: the IDE treats an analyzer with one as compilation-end as a whole.
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Leai001PoliceCameraToVision.Descriptor, Leai002MobileLiveCameraToVision.Descriptor, Leai007UnknownOriginImageToVision.Descriptor);

    private protected override void OnFlowCompilationStart(CompilationStartAnalysisContext context, CompilationContext shared)
    {
        // Each member body is analysed once: inside its type's scope (below), or here when it has no type the driver
        // starts a scope for (top-level statements live in an implicitly declared Program type).
        context.RegisterOperationBlockAction(block =>
        {
            if (!TypeScope.Covers(block.OwningSymbol))
            {
                AnalyzeBlock(block, shared);
            }
        });

        context.RegisterSymbolStartAction(start => OnTypeStart(start, shared), SymbolKind.NamedType);
    }

    /// <summary>
    /// One type, as the editor analyses it for an open document: its members' bodies, then the type's flows
    /// (<see cref="TypeFlows"/>: constructor-assigned client fields, private helpers, lambdas and events of the type, and
    /// what it calls elsewhere). What this establishes is reported at the sending call, a local diagnostic.
    /// </summary>
    private void OnTypeStart(SymbolStartAnalysisContext start, CompilationContext shared)
    {
        var type = (INamedTypeSymbol)start.Symbol;
        if (!TypeScope.IsScope(type))
        {
            return;
        }

        // A plain list under a lock: most types add nothing, and a ConcurrentBag per type costs a thread-local per type.
        var own = new System.Collections.Generic.List<MethodSummary>();
        start.RegisterOperationBlockAction(block =>
        {
            // Scopes nest: a nested type's members are analysed in the nested type's own scope.
            if (TypeScope.IsOwnedBy(block.OwningSymbol, type) && AnalyzeBlock(block, shared) is { } summary)
            {
                lock (own)
                {
                    own.Add(summary);
                }
            }
        });

        start.RegisterSymbolEndAction(end =>
        {
            MethodSummary[] summaries;
            lock (own)
            {
                summaries = own.ToArray();
            }

            foreach (var finding in shared.TypeFlows.FindingsOf(type, summaries, end.CancellationToken))
            {
                FlowFindingDiagnostics.Live.Report(end.ReportDiagnostic, finding, shared.Policy);
            }
        });
    }

    private MethodSummary? AnalyzeBlock(OperationBlockAnalysisContext block, CompilationContext shared)
    {
        var (findings, summary) = _observer is null
            ? shared.MethodAnalyses.Of(block.OwningSymbol, block.OperationBlocks, block.CancellationToken)
            : MethodFlowAnalysis.Analyze(block.OwningSymbol, block.OperationBlocks, shared, _observer, block.CancellationToken);
        foreach (var finding in findings)
        {
            FlowFindingDiagnostics.Live.Report(block.ReportDiagnostic, finding, shared.Policy);
        }

        return summary;
    }

}
