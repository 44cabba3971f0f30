using System;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Flow;
using LawEnforcementAI.Analyzers.Policy;
using LawEnforcementAI.Analyzers.Policy.Packs;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Rules;

/// <summary>
/// LEAI010 (the provider's pack, <see cref="ClauseKind.RealTimeBiometricIdentification"/>): a live camera frame from
/// law-enforcement code reaches a model request whose client provably targets a non-Microsoft provider (OpenAI's own
/// service, Anthropic, Google, Amazon Bedrock). Microsoft's clauses keep LEAI001/LEAI002 for a client that may reach
/// Azure or a service nobody can tell; a local model or a host that is no model provider's gets nothing.
/// </summary>
internal static class Leai010LiveCameraToOtherProvider
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.LiveCameraToOtherProvider,
        title: "Live camera frames sent to a non-Microsoft model service by law enforcement",
        messageFormat: "Live camera frame from '{0}'{3} reaches '{1}', a request to {4}, in a project attributed as {2}; the provider's policy forbids \"{5}\" ({6})",
        RuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A live camera frame from police, law-enforcement, body-cam or dash-cam code reaches a model request whose client provably targets OpenAI's own service, Anthropic, Google or Amazon Bedrock. Microsoft's code of conduct does not govern those services, but their usage policies restrict identifying, tracking or monitoring people from such imagery (real-time remote biometric identification). The message cites the provider's clause; a reviewed use needs a justification.",
        helpLinkUri: RuleIds.HelpLink(RuleIds.LiveCameraToOtherProvider));

    /// <summary>
    /// Law-enforcement code, any jurisdiction, and a live frame; a frame of unknown liveness counts as live in body-cam
    /// or dash-cam code, as LEAI002 reads it. Recorded footage gets nothing.
    /// </summary>
    public static bool Applies(PolicyContext context, FrameOrigin origin) =>
        (context.HasAgencyContext || context.HasMobileCameraContext)
        && (origin.Liveness == FrameLiveness.Live || (origin.Liveness == FrameLiveness.Unknown && context.HasMobileCameraContext));

    /// <summary>
    /// The provider as the message names it. LEAI010 reports only the providers other than Microsoft
    /// (<see cref="SinkFinding.OtherProviders"/>); Microsoft's service is LEAI001/LEAI002's.
    /// </summary>
    public static string ServiceName(ServiceProvider provider) => provider switch
    {
        ServiceProvider.OpenAI => "OpenAI's own service",
        ServiceProvider.Anthropic => "Anthropic's service",
        ServiceProvider.Google => "Google's Gemini API or Vertex AI",
        ServiceProvider.Aws => "Amazon Bedrock",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "LEAI010 names only the providers other than Microsoft"),
    };

    /// <summary>The clause's words and its citation (pack, clause, URL, check date) for the provider.</summary>
    public static (string Quote, string Citation)? ClauseOf(ServiceProvider provider) =>
        PolicyPacks.ForProvider(provider) is { } pack && pack.Has(ClauseKind.RealTimeBiometricIdentification)
            ? (pack.Clause(ClauseKind.RealTimeBiometricIdentification).Quote, pack.Cite(ClauseKind.RealTimeBiometricIdentification))
            : null;
}
