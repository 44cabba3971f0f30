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
/// The audit record of the whole program's solve (LEAI000): when the solver ran out of budget, which requests it left
/// undecided and that no type's own solve decided either. Runs at compilation end, so only a build reports it, and is
/// separate from <see cref="CameraFrameFlowAnalyzer"/>, which then has no compilation-end descriptor (the IDE treats an
/// analyzer with one as compilation-end as a whole). The solve is the one a build's frame findings read, done once.
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

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Leai000PolicyAnalysisActive.Descriptor);

    // A compilation-end action, not a compilation action: the driver runs compilation actions in a document's own
    // analysis too (measured with GetAnalyzerSemanticDiagnosticsAsync), which would solve the whole program on every
    // keystroke. The start action has nothing else to register, which RS1013 would have it merge.
#pragma warning disable RS1013
    private protected override void OnFlowCompilationStart(CompilationStartAnalysisContext context, CompilationContext shared) =>
        context.RegisterCompilationEndAction(end => ReportCut(end, shared));
#pragma warning restore RS1013

    private static void ReportCut(CompilationAnalysisContext end, CompilationContext shared)
    {
        var program = shared.ProgramFindings;
        var result = program.Result(end.CancellationToken);
        if (result.Cut is { } cut)
        {
            // The audit record says the cross-method part is incomplete, and where a warning may be missing.
            var live = new LiveFindings(shared, program.Summaries(end.CancellationToken), end.CancellationToken);
            var undecided = cut.Undecided.Where(l => !live.Reports(l)).ToImmutableArray();
            end.ReportDiagnostic(Leai000PolicyAnalysisActive.CutShort(
                new SolverCut(cut.Budget, undecided), result.Findings.Count(f => f.HasCameraOrigins && f.MayReachMicrosoft), FlowFindingDiagnostics.MaxAdditionalLocations));
        }
    }

    /// <summary>The requests each type's own solve decides (<see cref="TypeFlows"/>), asked of the shared, solved-once answer.</summary>
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
                _reported[type] = locations = new HashSet<Location>(findings.Where(f => f.HasCameraOrigins && f.MayReachMicrosoft).Select(f => f.Location));
            }

            return locations.Contains(request);
        }
    }
}
