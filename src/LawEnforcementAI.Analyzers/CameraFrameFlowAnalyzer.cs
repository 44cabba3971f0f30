using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Flow;
using LawEnforcementAI.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers;

/// <summary>
/// Follows camera frames to Azure OpenAI vision requests (LEAI001, LEAI002), and images of unknown origin in
/// law-enforcement code (LEAI007, a review record), live in the editor. Flows inside one member are reported as that
/// member is analysed; flows that cross members, types and files when the type's analysis ends, decided as the whole
/// program decides them: a build reads the program's solution (<see cref="ProgramFindings"/>), a document's own
/// analysis the bodies that can reach the type's requests (<see cref="RouteNeighbourhood"/>). Both are local
/// diagnostics of the document that sends the request, so an open document shows them. Bows out at compilation start
/// unless the compilation is attributed and references a vision SDK (or, with no SDK, its source names an HTTP sending
/// call: <see cref="FlowScope"/>).
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
        ImmutableArray.Create(
            Leai001PoliceCameraToVision.Descriptor, Leai002MobileLiveCameraToVision.Descriptor, Leai007UnknownOriginImageToVision.Descriptor,
            Leai010LiveCameraToOtherProvider.Descriptor,
            Leai020AiDraftedPoliceReport.Descriptor, Leai021RealTimeBiometricIdentification.Descriptor, Leai022CameraFootageFaceDatabase.Descriptor);

    private protected override void OnFlowCompilationStart(CompilationStartAnalysisContext context, CompilationContext shared)
    {
        RegisterMemberAnalysis(context, shared, (symbol, type, members) => AnalyzeType(symbol, type, members, shared), (symbol, member) => AnalyzeOutside(symbol, member, shared));
    }

    /// <summary>
    /// One type: its members' bodies, then the requests they send whose content or client other bodies decide
    /// (<see cref="RequestFindings"/>). Each finding is reported at the sending call, a local diagnostic.
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

        Report(context, RequestFindings(context, type, summaries, shared), shared);
    }

    /// <summary>A body outside any type's analysis: the top-level statements of the program.</summary>
    private void AnalyzeOutside(SymbolAnalysisContext context, ISymbol member, CompilationContext shared)
    {
        if (AnalyzeMember(context, member, shared) is { } summary && member.ContainingType is { } type)
        {
            Report(context, RequestFindings(context, type, new[] { summary }, shared), shared);
        }
    }

    /// <summary>
    /// The requests of these summaries, decided as the whole program decides them. An analysis of the whole compilation
    /// (a build: no filter tree) reads the program's solution, computed once for every type; a document's own analysis
    /// (the editor) solves the type with the bodies that can reach its requests, which decides them the same way. When
    /// the program's solver was cut short, a request it left undecided still gets what the type's own solve finds.
    /// </summary>
    private static IEnumerable<SinkFinding> RequestFindings(SymbolAnalysisContext context, INamedTypeSymbol type, IReadOnlyList<MethodSummary> summaries, CompilationContext shared)
    {
        if (!summaries.Any(s => s.Sinks.Count > 0))
        {
            return Enumerable.Empty<SinkFinding>();
        }

        if (context.FilterTree is not null)
        {
            return shared.TypeFlows.FindingsOf(type, summaries, context.CancellationToken);
        }

        var program = shared.ProgramFindings;
        var found = program.At(summaries.SelectMany(s => s.Sinks).Select(s => s.Location), context.CancellationToken).ToList();
        if (program.Result(context.CancellationToken).Cut is null)
        {
            return found;
        }

        var decided = new HashSet<Location>(found.Select(f => f.Location));
        return found.Concat(shared.TypeFlows.FindingsOf(type, summaries, context.CancellationToken).Where(f => !decided.Contains(f.Location)));
    }

    private static void Report(SymbolAnalysisContext context, IEnumerable<SinkFinding> findings, CompilationContext shared)
    {
        foreach (var finding in findings)
        {
            FlowFindingDiagnostics.Live.Report(context.ReportDiagnostic, finding, shared.Policy);
        }
    }

    private MethodSummary? AnalyzeMember(SymbolAnalysisContext context, ISymbol member, CompilationContext shared)
    {
        var (findings, summary) = _observer is null
            ? shared.MethodAnalyses.Of(member, context.CancellationToken, keep: context.FilterTree is not null)
            : MethodFlowAnalysis.Analyze(member, shared.MethodAnalyses.BlocksOf(member, context.CancellationToken), shared, _observer, context.CancellationToken);
        foreach (var finding in findings)
        {
            FlowFindingDiagnostics.Live.Report(context.ReportDiagnostic, finding, shared.Policy);
        }

        return summary;
    }
}
