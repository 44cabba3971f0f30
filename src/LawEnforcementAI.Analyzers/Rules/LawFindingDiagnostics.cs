using System;
using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Flow;
using LawEnforcementAI.Analyzers.Policy;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Prompts;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Rules;

/// <summary>
/// The law packs' rules on a request that receives camera frames, decided by what its prompt asks
/// (<see cref="SinkFinding.Intents"/>), the camera's kind and the jurisdiction, whichever service the request reaches:
/// LEAI021 (EU AI Act art. 5(1)(h)) and LEAI020 (California Penal Code § 13663); and LEAI022 (art. 5(1)(e)) on camera
/// footage enrolled into a face gallery. Live, like the flow rules.
/// </summary>
internal static class LawFindingDiagnostics
{
    public static void Report(Action<Diagnostic> report, SinkFinding finding, PolicyContext policy)
    {
        if (finding.EnrolsFaces)
        {
            ReportEnrolment(report, finding, policy);
            return;
        }

        if (finding.Intents.IsEmpty)
        {
            return;
        }

        if (Leai021RealTimeBiometricIdentification.Pack(policy) is { } eu && finding.Intent(IntentKind.Identification) is { } identify)
        {
            var live = finding.Origins.Where(o => Leai021RealTimeBiometricIdentification.IsLive(policy, o)).ToImmutableArray();
            if (!live.IsEmpty)
            {
                report(FlowFindingDiagnostics.Create(Leai021RealTimeBiometricIdentification.Descriptor, finding, live, policy,
                    new object[] { identify.Quote, eu.Cite(ClauseKind.RealTimeBiometricIdentification) }));
            }
        }

        if (Leai020AiDraftedPoliceReport.Pack(policy) is { } law && finding.Intent(IntentKind.ReportDrafting) is { } draft)
        {
            var recordings = finding.Origins.Where(o => Leai020AiDraftedPoliceReport.IsRecording(policy, o)).ToImmutableArray();
            if (!recordings.IsEmpty)
            {
                report(FlowFindingDiagnostics.Create(Leai020AiDraftedPoliceReport.Descriptor, finding, recordings, policy,
                    new object[] { draft.Quote, law.Cite(ClauseKind.AiDraftedPoliceReport) }));
            }
        }
    }

    /// <summary>LEAI022: camera footage reaching a face-enrolment call in EU code.</summary>
    private static void ReportEnrolment(Action<Diagnostic> report, SinkFinding finding, PolicyContext policy)
    {
        if (Leai022CameraFootageFaceDatabase.Pack(policy) is { } eu)
        {
            var footage = finding.Origins.Where(Leai022CameraFootageFaceDatabase.IsFootage).ToImmutableArray();
            if (!footage.IsEmpty)
            {
                report(FlowFindingDiagnostics.Create(Leai022CameraFootageFaceDatabase.Descriptor, finding, footage, policy,
                    new object[] { eu.Cite(ClauseKind.UntargetedFaceDatabase) }));
            }
        }
    }
}
