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
/// reported as that method is analysed (live in the IDE); flows across methods once the whole compilation is
/// summarised, at compilation end (builds, and full-solution analysis in the IDE).
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
        context.RegisterOperationBlockAction(block =>
        {
            var (findings, summary) = MethodFlowAnalysis.Analyze(block.OwningSymbol, block.OperationBlocks, shared, _observer, block.CancellationToken);
            foreach (var finding in findings)
            {
                Report(block.ReportDiagnostic, finding, policy);
            }

            if (summary is not null)
            {
                program.Add(summary);
            }
        });

        context.RegisterCompilationEndAction(end =>
        {
            var result = program.Solve(settings.MaxHops, settings.SolverBudget, end.CancellationToken);
            foreach (var finding in result.Findings)
            {
                Report(end.ReportDiagnostic, finding, policy);
            }

            if (result.Cut is { } cut)
            {
                // The audit record says the cross-method part is incomplete, and where a warning may be missing.
                end.ReportDiagnostic(Leai000PolicyAnalysisActive.CutShort(cut, result.Findings.Length, MaxAdditionalLocations));
            }
        });
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
