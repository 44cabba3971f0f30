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
/// both or neither, or, when it receives only images of unknown origin, the live review record LEAI007. The live rules
/// (LEAI001/LEAI002/LEAI007); the laws' rules on what the request asks (<see cref="LawFindingDiagnostics"/>) first. A
/// request that provably reaches only non-Microsoft services gets none of Microsoft's rules: its live camera frames get
/// the provider's rule (LEAI010).
/// </summary>
internal sealed class FlowFindingDiagnostics
{
    /// <summary>Additional locations beyond this add noise in the IDE without helping the reader.</summary>
    public const int MaxAdditionalLocations = 10;

    public static readonly FlowFindingDiagnostics Live = new(Leai001PoliceCameraToVision.Descriptor, Leai002MobileLiveCameraToVision.Descriptor, Leai007UnknownOriginImageToVision.Descriptor);

    private FlowFindingDiagnostics(DiagnosticDescriptor police, DiagnosticDescriptor mobileLive, DiagnosticDescriptor? unknownOrigin)
    {
        Police = police;
        MobileLive = mobileLive;
        UnknownOrigin = unknownOrigin;
    }

    public DiagnosticDescriptor Police { get; }

    public DiagnosticDescriptor MobileLive { get; }

    public DiagnosticDescriptor? UnknownOrigin { get; }

    /// <summary>
    /// Camera frames first: a request that carries one is decided by the camera rules alone, and gets no LEAI007 for an
    /// image of unknown origin beside it, whatever the jurisdiction. Only a request with no camera frame at all can get
    /// LEAI007.
    /// </summary>
    public void Report(Action<Diagnostic> report, SinkFinding finding, PolicyModel policyModel)
    {
        var policy = policyModel.ContextFor(finding.Location.SourceTree!);
        LawFindingDiagnostics.Report(report, finding, policy);
        if (finding.EnrolsFaces)
        {
            return;
        }

        if (!finding.MayReachMicrosoft)
        {
            ReportOtherProviders(report, finding, policy);
            return;
        }

        var camera = finding.CameraOrigins;
        if (camera.IsEmpty)
        {
            ReportUnknownOrigin(report, finding, policy);
            return;
        }

        if (Leai001PoliceCameraToVision.Applies(policy))
        {
            report(Create(Police, finding, camera, policy));
        }

        var live = camera.Where(o => Leai002MobileLiveCameraToVision.Applies(policy, o)).ToImmutableArray();
        if (!live.IsEmpty)
        {
            report(Create(MobileLive, finding, live, policy));
        }
    }

    /// <summary>
    /// A request that provably reaches only non-Microsoft services: LEAI010 once per named provider it may reach, citing
    /// that provider's pack, for its live camera frames. Images of unknown origin get nothing there.
    /// </summary>
    private static void ReportOtherProviders(Action<Diagnostic> report, SinkFinding finding, PolicyContext policy)
    {
        var live = finding.CameraOrigins.Where(o => Leai010LiveCameraToOtherProvider.Applies(policy, o)).ToImmutableArray();
        if (live.IsEmpty)
        {
            return;
        }

        foreach (var provider in finding.OtherProviders)
        {
            if (Leai010LiveCameraToOtherProvider.ClauseOf(provider) is { } clause)
            {
                report(Create(Leai010LiveCameraToOtherProvider.Descriptor, finding, live, policy, Leai010LiveCameraToOtherProvider.ServiceName(provider), clause.Quote, clause.Citation));
            }
        }
    }

    private void ReportUnknownOrigin(Action<Diagnostic> report, SinkFinding finding, PolicyContext policy)
    {
        if (UnknownOrigin is null || !Leai007UnknownOriginImageToVision.Applies(policy))
        {
            return;
        }

        var unknown = finding.UnknownOrigins;
        if (!unknown.IsEmpty)
        {
            report(Create(UnknownOrigin, finding, unknown, policy, Leai007UnknownOriginImageToVision.ClausesFor(policy)));
        }
    }

    /// <summary>
    /// At the sending call, with the origins' routes as additional locations; the message's first arguments are the first
    /// origin's API, the sink, the attribution and the route ({0}–{3}), then <paramref name="more"/>.
    /// </summary>
    internal static Diagnostic Create(DiagnosticDescriptor descriptor, SinkFinding finding, ImmutableArray<FrameOrigin> origins, PolicyContext policy, params object[] more)
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
        var arguments = new object[] { first.ApiName, finding.SinkName, policy.Describe(), via }.Concat(more).ToArray();
        return Diagnostic.Create(descriptor, finding.Location, route, arguments);
    }
}
