using System.Collections.Concurrent;
using System.Collections.Generic;
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
/// Follows camera frames to Azure OpenAI vision requests (LEAI001, LEAI002). Bows out at compilation start unless
/// the compilation is attributed and references both a camera API and a vision SDK. Flows inside one method are
/// reported as that method is analysed, flows among the members of one type when the type's analysis ends (both live
/// in the IDE, as local diagnostics of the document); the rest once the whole compilation is summarised, at
/// compilation end (builds, and full-solution analysis in the IDE).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CameraFrameFlowAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Additional locations beyond this add noise in the IDE without helping the reader.</summary>
    private const int MaxAdditionalLocations = 10;

    private readonly ApiCatalogue _catalogue;
    private readonly ICatalogueObserver? _observer;

    public CameraFrameFlowAnalyzer()
        : this(ApiCatalogue.Default, null)
    {
    }

    /// <summary>For tests: other tables (a new SDK's), and an observer of the entries matched.</summary>
    internal CameraFrameFlowAnalyzer(ApiCatalogue catalogue, ICatalogueObserver? observer)
    {
        _catalogue = catalogue;
        _observer = observer;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Leai001PoliceCameraToVision.Descriptor, Leai002MobileLiveCameraToVision.Descriptor, Leai000PolicyAnalysisActive.Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Like the security rules of the .NET analyzers: generated code can send frames too.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var shared = CompilationContext.For(context.Compilation, context.Options, _catalogue);
        var policy = shared.Policy;
        if (!policy.IsAttributed)
        {
            return;
        }

        if (!shared.Index.HasSources || !shared.Index.HasSinks)
        {
            return;
        }

        var program = new ProgramFlow();
        var settings = shared.FlowOptions;

        // Requests the type-scoped analysis warned about. Every symbol-end action has run before the compilation-end
        // action, so in a build the whole-program pass sees them all and does not warn about them a second time.
        var reportedByType = new ConcurrentDictionary<Location, bool>();

        // Each member body is analysed once: inside its type's scope (below), or here when it has no type the driver
        // starts a scope for (top-level statements live in an implicitly declared Program type).
        context.RegisterOperationBlockAction(block =>
        {
            if (!TypeScope.Covers(block.OwningSymbol))
            {
                AnalyzeBlock(block, shared, policy, program, typeFlow: null);
            }
        });

        var callees = new CalleeSummaries(context.Compilation, shared);
        context.RegisterSymbolStartAction(start => OnTypeStart(start, shared, policy, program, callees, reportedByType), SymbolKind.NamedType);

        context.RegisterCompilationEndAction(end =>
        {
            var result = program.Solve(settings.MaxHops, settings.SolverBudget, end.CancellationToken);
            var remaining = result.Findings.Where(f => !reportedByType.ContainsKey(f.Location)).ToList();
            foreach (var finding in remaining)
            {
                Report(end.ReportDiagnostic, finding, policy);
            }

            if (result.Cut is { } cut)
            {
                // The audit record says the cross-method part is incomplete, and where a warning may be missing.
                var undecided = cut.Undecided.Where(l => !reportedByType.ContainsKey(l)).ToImmutableArray();
                end.ReportDiagnostic(Leai000PolicyAnalysisActive.CutShort(new SolverCut(cut.Budget, undecided), result.Findings.Length, MaxAdditionalLocations));
            }
        });
    }

    /// <summary>
    /// One type, as the editor analyses it for an open document: its members' bodies, then its own summaries solved
    /// together (constructor-assigned client fields, private helpers, lambdas and events of the type), with the summaries
    /// of what it calls in other types and of the members that write what it reads there, up to
    /// <see cref="CalleeSummaries.MaxDepth"/> levels. What this establishes is reported here, at the sending call, so it
    /// is a local diagnostic of the document.
    /// </summary>
    private void OnTypeStart(
        SymbolStartAnalysisContext start, CompilationContext shared, PolicyModel policy, ProgramFlow program, CalleeSummaries callees, ConcurrentDictionary<Location, bool> reportedByType)
    {
        var type = (INamedTypeSymbol)start.Symbol;
        if (!TypeScope.IsScope(type))
        {
            return;
        }

        var typeFlow = new ProgramFlow();
        start.RegisterOperationBlockAction(block =>
        {
            // Scopes nest: a nested type's members are analysed in the nested type's own scope.
            if (TypeScope.Owner(block.OwningSymbol) is { } owner && SymbolEqualityComparer.Default.Equals(owner, type))
            {
                AnalyzeBlock(block, shared, policy, program, typeFlow);
            }
        });

        start.RegisterSymbolEndAction(end =>
        {
            var own = typeFlow.Summaries;
            if (!own.Any(s => s.Sinks.Count > 0))
            {
                return;
            }

            // Requests of the type only: a callee's own requests are its type's to report (a diagnostic here would not
            // be local to this type, and the editor would not show it).
            var ownSinks = new HashSet<Location>(own.SelectMany(s => s.Sinks).Select(s => s.Location));
            var settings = shared.FlowOptions;
            var others = callees.Reachable(type, own, end.CancellationToken);
            var result = typeFlow.Solve(settings.MaxHops, settings.SolverBudget, end.CancellationToken, partOfProgram: true, others);
            foreach (var finding in result.Findings.Where(f => ownSinks.Contains(f.Location)))
            {
                reportedByType.TryAdd(finding.Location, true);
                Report(end.ReportDiagnostic, finding, policy);
            }
        });
    }

    private void AnalyzeBlock(OperationBlockAnalysisContext block, CompilationContext shared, PolicyModel policy, ProgramFlow program, ProgramFlow? typeFlow)
    {
        var (findings, summary) = MethodFlowAnalysis.Analyze(block.OwningSymbol, block.OperationBlocks, shared, _observer, block.CancellationToken);
        foreach (var finding in findings)
        {
            Report(block.ReportDiagnostic, finding, policy);
        }

        if (summary is not null)
        {
            program.Add(summary);
            typeFlow?.Add(summary);
        }
    }

    private static void Report(System.Action<Diagnostic> report, SinkFinding finding, PolicyModel policyModel)
    {
        var policy = policyModel.ContextFor(finding.Location.SourceTree!);
        if (Leai001PoliceCameraToVision.Applies(policy))
        {
            report(Create(Leai001PoliceCameraToVision.Descriptor, finding, finding.Origins, policy));
        }

        var live = finding.Origins.Where(o => Leai002MobileLiveCameraToVision.Applies(policy, o)).ToImmutableArray();
        if (!live.IsEmpty)
        {
            report(Create(Leai002MobileLiveCameraToVision.Descriptor, finding, live, policy));
        }
    }

    private static Diagnostic Create(DiagnosticDescriptor descriptor, SinkFinding finding, ImmutableArray<FrameOrigin> origins, PolicyContext policy)
    {
        var route = new List<Location>();
        foreach (var origin in origins)
        {
            foreach (var location in origin.Path.Select(h => h.Location).Prepend(origin.Location))
            {
                if (route.Count < MaxAdditionalLocations && !route.Contains(location))
                {
                    route.Add(location);
                }
            }
        }

        var first = origins[0];
        var via = first.Path.IsEmpty ? string.Empty : ", " + string.Join(", ", first.Path.Select(h => h.Description)) + ",";
        return Diagnostic.Create(descriptor, finding.Location, route, first.ApiName, finding.SinkName, policy.Describe(), via);
    }
}
