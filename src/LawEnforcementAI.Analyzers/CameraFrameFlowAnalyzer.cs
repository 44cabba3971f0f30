using System.Collections.Generic;
using System.Collections.Immutable;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Flow;
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
    private readonly ICatalogObserver? _observer;

    public CameraFrameFlowAnalyzer()
        : this(ApiCatalog.Default, null)
    {
    }

    /// <summary>For tests: other tables (a new SDK's), and an observer of the entries matched.</summary>
    internal CameraFrameFlowAnalyzer(ApiCatalog catalogue, ICatalogObserver? observer)
        : base(catalogue)
    {
        _observer = observer;
    }

    // No compilation-end descriptor here: the IDE treats an analyzer with one as compilation-end as a whole.
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Leai001PoliceCameraToVision.Descriptor, Leai002MobileLiveCameraToVision.Descriptor, Leai007UnknownOriginImageToVision.Descriptor);

    private protected override void OnFlowCompilationStart(CompilationStartAnalysisContext context, CompilationContext shared)
    {
        RegisterMemberAnalysis(context, shared, (symbol, type, members) => AnalyzeType(symbol, type, members, shared), (symbol, member) => AnalyzeMember(symbol, member, shared));
    }

    /// <summary>
    /// One type, as the editor analyses it for an open document: its members' bodies, then the type's flows
    /// (<see cref="TypeFlows"/>: constructor-assigned client fields, private helpers, lambdas and events of the type, and
    /// what it calls elsewhere). What this establishes is reported at the sending call, a local diagnostic.
    /// </summary>
    private void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol type, IReadOnlyList<ISymbol> members, CompilationContext shared)
    {
        var summaries = new List<MethodSummary>();
        foreach (var member in members)
        {
            if (AnalyzeMember(context, member, shared) is { } summary)
            {
                summaries.Add(summary);
            }
        }

        foreach (var finding in shared.TypeFlows.FindingsOf(type, summaries, context.CancellationToken))
        {
            FlowFindingDiagnostics.Live.Report(context.ReportDiagnostic, finding, shared.Policy);
        }
    }

    private MethodSummary? AnalyzeMember(SymbolAnalysisContext context, ISymbol member, CompilationContext shared)
    {
        var (findings, summary) = _observer is null
            ? shared.MethodAnalyses.Of(member, context.CancellationToken)
            : MethodFlowAnalysis.Analyze(member, shared.MethodAnalyses.BlocksOf(member, context.CancellationToken), shared, _observer, context.CancellationToken);
        foreach (var finding in findings)
        {
            FlowFindingDiagnostics.Live.Report(context.ReportDiagnostic, finding, shared.Policy);
        }

        return summary;
    }
}
