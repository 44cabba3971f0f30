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
/// the compilation is attributed and references both a camera API and a vision SDK.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CameraFrameFlowAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Additional locations beyond this add noise in the IDE without helping the reader.</summary>
    private const int MaxSourceLocations = 5;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Leai001PoliceCameraToVision.Descriptor, Leai002MobileLiveCameraToVision.Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Like the security rules of the .NET analyzers: generated code can send frames too.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var policy = PolicyModel.Resolve(context.Compilation, context.Options, context.CancellationToken);
        if (!policy.DistinctContexts.Any(c => c.HasAgencyContext || c.HasMobileCameraContext))
        {
            return;
        }

        var index = ApiIndex.Create(context.Compilation);
        if (!index.HasSources || !index.HasSinks)
        {
            return;
        }

        context.RegisterOperationBlockAction(block =>
        {
            var policyContext = policy.ContextFor(block.OperationBlocks[0].Syntax.SyntaxTree);
            if (!policyContext.IsAttributed)
            {
                return;
            }

            foreach (var finding in MethodFlowAnalysis.Analyze(block.OperationBlocks, index, block.CancellationToken))
            {
                Report(block, finding, policyContext);
            }
        });
    }

    private static void Report(OperationBlockAnalysisContext context, SinkFinding finding, PolicyContext policy)
    {
        if (Leai001PoliceCameraToVision.Applies(policy))
        {
            context.ReportDiagnostic(Create(Leai001PoliceCameraToVision.Descriptor, finding, finding.Origins, policy));
        }

        var live = finding.Origins.Where(o => Leai002MobileLiveCameraToVision.Applies(policy, o)).ToImmutableArray();
        if (!live.IsEmpty)
        {
            context.ReportDiagnostic(Create(Leai002MobileLiveCameraToVision.Descriptor, finding, live, policy));
        }
    }

    private static Diagnostic Create(DiagnosticDescriptor descriptor, SinkFinding finding, ImmutableArray<FrameOrigin> origins, PolicyContext policy)
    {
        var sourceLocations = new List<Location>();
        foreach (var origin in origins)
        {
            if (sourceLocations.Count < MaxSourceLocations && !sourceLocations.Contains(origin.Location))
            {
                sourceLocations.Add(origin.Location);
            }
        }

        return Diagnostic.Create(
            descriptor,
            finding.Call.Syntax.GetLocation(),
            sourceLocations,
            origins[0].ApiName,
            finding.SinkName,
            policy.Describe());
    }
}
