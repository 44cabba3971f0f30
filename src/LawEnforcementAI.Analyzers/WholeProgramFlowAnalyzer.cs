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
/// The build-only part of the frame analysis (LEAI101, LEAI102): the whole program's summaries solved together at
/// compilation end, reporting only the requests that <see cref="CameraFrameFlowAnalyzer"/> cannot establish live (the
/// route crosses more types or call levels than a type's analysis follows, or starts in top-level statements). A
/// separate analyzer with its own IDs, tagged compilation-end: the IDE then keeps a build's findings in the Error List
/// instead of replacing them with an open document's live results, and the live analyzer stays free of compilation-end
/// descriptors. Also adds the LEAI000 note when the solver was cut short.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WholeProgramFlowAnalyzer : FlowAnalyzer
{
    public WholeProgramFlowAnalyzer()
        : this(ApiCatalog.Default)
    {
    }

    /// <summary>For tests: other tables (a new SDK's).</summary>
    internal WholeProgramFlowAnalyzer(ApiCatalog catalogue)
        : base(catalogue)
    {
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Leai101PoliceCameraToVisionAcrossProgram.Descriptor, Leai102MobileLiveCameraToVisionAcrossProgram.Descriptor, Leai000PolicyAnalysisActive.Descriptor);

    private protected override void OnFlowCompilationStart(CompilationStartAnalysisContext context, CompilationContext shared)
    {
        var program = new ProgramFlow();
        RegisterMemberAnalysis(
            context,
            shared,
            (symbol, _, members) =>
            {
                foreach (var member in members)
                {
                    Collect(member, symbol.CancellationToken);
                }
            },
            (symbol, member) => Collect(member, symbol.CancellationToken));

        void Collect(ISymbol member, System.Threading.CancellationToken cancellationToken)
        {
            if (shared.MethodAnalyses.Of(member, cancellationToken).Summary is { } summary)
            {
                program.Add(summary);
            }
        }

        context.RegisterCompilationEndAction(end =>
        {
            var settings = shared.FlowOptions;
            var summaries = program.Summaries;
            var result = program.Solve(settings.MaxHops, settings.SolverBudget, end.CancellationToken);
            var live = new LiveFindings(shared, summaries, end.CancellationToken);
            // Camera frames only: images of unknown origin are LEAI007's, which is live and leaves out what only the
            // whole program sees.
            foreach (var finding in result.Findings.Where(f => f.HasCameraOrigins && !live.Reports(f.Location)))
            {
                FlowFindingDiagnostics.BuildOnly.Report(end.ReportDiagnostic, finding, shared.Policy);
            }

            if (result.Cut is { } cut)
            {
                // The audit record says the cross-method part is incomplete, and where a warning may be missing.
                var undecided = cut.Undecided.Where(l => !live.Reports(l)).ToImmutableArray();
                end.ReportDiagnostic(Leai000PolicyAnalysisActive.CutShort(
                    new SolverCut(cut.Budget, undecided), result.Findings.Count(f => f.HasCameraOrigins), FlowFindingDiagnostics.MaxAdditionalLocations));
            }
        });
    }

    /// <summary>The requests the live analyzer reports: its type-scoped findings, asked of the shared, solved-once answer.</summary>
    private sealed class LiveFindings
    {
        private readonly CompilationContext _shared;
        private readonly System.Threading.CancellationToken _cancellationToken;
        private readonly Dictionary<Location, INamedTypeSymbol> _senderOf = new();
        private readonly ILookup<INamedTypeSymbol, MethodSummary> _byType;
        private readonly Dictionary<INamedTypeSymbol, HashSet<Location>> _reported = new(SymbolEqualityComparer.Default);

        public LiveFindings(CompilationContext shared, IReadOnlyList<MethodSummary> summaries, System.Threading.CancellationToken cancellationToken)
        {
            _shared = shared;
            _cancellationToken = cancellationToken;
            var scoped = summaries.Where(s => TypeScope.Covers(s.Owner)).ToList();
            _byType = scoped.ToLookup(s => TypeScope.Owner(s.Owner)!, SymbolEqualityComparer.Default as IEqualityComparer<INamedTypeSymbol>);
            foreach (var summary in scoped)
            {
                foreach (var sink in summary.Sinks)
                {
                    _senderOf[sink.Location] = TypeScope.Owner(summary.Owner)!;
                }
            }
        }

        public bool Reports(Location request)
        {
            if (!_senderOf.TryGetValue(request, out var type))
            {
                return false;
            }

            if (!_reported.TryGetValue(type, out var locations))
            {
                var findings = _shared.TypeFlows.FindingsOf(type, _byType[type].ToList(), _cancellationToken);
                // A request the type's analysis found only images of unknown origin for is not a camera finding the
                // editor shows: the whole program may still find a frame for it.
                _reported[type] = locations = new HashSet<Location>(findings.Where(f => f.HasCameraOrigins).Select(f => f.Location));
            }

            return locations.Contains(request);
        }
    }
}
