using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Flow;
using LawEnforcementAI.Analyzers.Policy;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Rules;

/// <summary>
/// Turns a request that receives frames into the diagnostics its policy context calls for: clause A's rule, clause B's,
/// both or neither. The live rules (LEAI001/LEAI002) and their build-only counterparts (LEAI101/LEAI102) share it.
/// </summary>
internal sealed class FlowFindingDiagnostics
{
    /// <summary>Additional locations beyond this add noise in the IDE without helping the reader.</summary>
    public const int MaxAdditionalLocations = 10;

    public static readonly FlowFindingDiagnostics Live = new(Leai001PoliceCameraToVision.Descriptor, Leai002MobileLiveCameraToVision.Descriptor);

    public static readonly FlowFindingDiagnostics BuildOnly = new(Leai101PoliceCameraToVisionAcrossProgram.Descriptor, Leai102MobileLiveCameraToVisionAcrossProgram.Descriptor);

    private FlowFindingDiagnostics(DiagnosticDescriptor police, DiagnosticDescriptor mobileLive)
    {
        Police = police;
        MobileLive = mobileLive;
    }

    public DiagnosticDescriptor Police { get; }

    public DiagnosticDescriptor MobileLive { get; }

    public void Report(Action<Diagnostic> report, SinkFinding finding, PolicyModel policyModel)
    {
        var policy = policyModel.ContextFor(finding.Location.SourceTree!);
        if (Leai001PoliceCameraToVision.Applies(policy))
        {
            report(Create(Police, finding, finding.Origins, policy));
        }

        var live = finding.Origins.Where(o => Leai002MobileLiveCameraToVision.Applies(policy, o)).ToImmutableArray();
        if (!live.IsEmpty)
        {
            report(Create(MobileLive, finding, live, policy));
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
