using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Prompts;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>A request-sending call that receives camera frames or images of unknown origin, with where they came from.</summary>
internal sealed class SinkFinding
{
    public SinkFinding(Location location, string sinkName, ImmutableArray<FrameOrigin> origins, ProviderFacts services = ProviderFacts.Unknown, ImmutableArray<IntentMatch> intents = default, bool enrolsFaces = false)
    {
        EnrolsFaces = enrolsFaces;
        Location = location;
        SinkName = sinkName;
        Origins = origins;
        Services = services & ProviderFacts.Endpoints;
        Intents = intents.IsDefault ? ImmutableArray<IntentMatch>.Empty : intents;
    }

    /// <summary>The sending call, e.g. <c>chat.CompleteChatAsync(...)</c>.</summary>
    public Location Location { get; }

    /// <summary>e.g. "ChatClient.CompleteChatAsync".</summary>
    public string SinkName { get; }

    /// <summary>Settled, sorted by file and position, never empty: camera frames and images of unknown origin alike.</summary>
    public ImmutableArray<FrameOrigin> Origins { get; }

    /// <summary>The camera frames (LEAI001/LEAI002 and their build-only counterparts); a transcript is no frame.</summary>
    public ImmutableArray<FrameOrigin> CameraOrigins => Origins.Where(o => !o.IsUnknownOrigin && !o.IsTranscript).ToImmutableArray();

    /// <summary>The images of unknown origin (LEAI007).</summary>
    public ImmutableArray<FrameOrigin> UnknownOrigins => Origins.Where(o => o.IsUnknownOrigin && !o.IsTranscript).ToImmutableArray();

    public bool HasCameraOrigins => Origins.Any(o => !o.IsUnknownOrigin && !o.IsTranscript);

    /// <summary>
    /// The services the request's client may reach (<see cref="ProviderFacts.Endpoints"/>); none known (a sink with no
    /// client, a client the analysis cannot follow) counts as a service it cannot tell.
    /// </summary>
    public ProviderFacts Services { get; }

    /// <summary>
    /// The request may reach Microsoft's service (Azure or a service the analysis cannot tell): Microsoft's rules
    /// (LEAI001/LEAI002/LEAI007) decide it, and only such findings are published to other projects.
    /// </summary>
    public bool MayReachMicrosoft => ReachesMicrosoft(Services);

    /// <summary>
    /// The named non-Microsoft providers the request may reach when it provably reaches none of Microsoft's services
    /// (their packs: LEAI010); empty otherwise.
    /// </summary>
    public ImmutableArray<ServiceProvider> OtherProviders =>
        MayReachMicrosoft ? ImmutableArray<ServiceProvider>.Empty : ProvidersOf(Services);

    /// <summary>A finding for the providers' rules only: a request that provably reaches a named provider and nothing of Microsoft's.</summary>
    public static bool IsProviderOnly(ProviderFacts services) =>
        !ReachesMicrosoft(services) && (services & ProviderFacts.NamedProviders) != ProviderFacts.None;

    /// <summary>
    /// Whether a request that sends frames to <paramref name="services"/> is a finding at all, wherever it is decided (a
    /// body or the solver): Microsoft's rules take one that may reach Azure or a service nobody can tell (none known
    /// included), the providers' rules one that provably reaches a named provider only, a law's rules any service for
    /// what the prompt asks (<paramref name="intents"/>) or a face enrolment. A local model or another host gets nothing.
    /// </summary>
    public static bool IsReported(ProviderFacts services, ImmutableArray<IntentMatch> intents, bool enrolsFaces) =>
        ReachesMicrosoft(services) || IsProviderOnly(services) || !intents.IsDefaultOrEmpty || enrolsFaces;

    /// <summary>Azure, a service nobody can tell, or no service known: anything but provably another's service.</summary>
    public static bool ReachesMicrosoft(ProviderFacts services) =>
        (services & ProviderFacts.Endpoints) == ProviderFacts.None || (services & (ProviderFacts.Azure | ProviderFacts.Unknown)) != ProviderFacts.None;

    private static ImmutableArray<ServiceProvider> ProvidersOf(ProviderFacts services)
    {
        var providers = ImmutableArray.CreateBuilder<ServiceProvider>();
        foreach (var (fact, provider) in Named)
        {
            if ((services & fact) != 0)
            {
                providers.Add(provider);
            }
        }

        return providers.ToImmutable();
    }

    private static readonly (ProviderFacts Fact, ServiceProvider Provider)[] Named =
    {
        (ProviderFacts.OpenAI, ServiceProvider.OpenAI),
        (ProviderFacts.Anthropic, ServiceProvider.Anthropic),
        (ProviderFacts.Google, ServiceProvider.Google),
        (ProviderFacts.Aws, ServiceProvider.Aws),
    };

    /// <summary>
    /// What the request's prompt asks, read at the sending call (<see cref="RequestIntents"/>): the first phrase of each
    /// kind. Empty unless a tree of the compilation is attributed to a jurisdiction with a law pack.
    /// </summary>
    public ImmutableArray<IntentMatch> Intents { get; }

    /// <summary>A face-enrolment call (<see cref="Catalog.VisionSink.EnrolsFaces"/>), not a model request: only LEAI022 reads it.</summary>
    public bool EnrolsFaces { get; }

    /// <summary>The first phrase of the prompt that asks for <paramref name="kind"/>, or null.</summary>
    public IntentMatch? Intent(IntentKind kind) => Intents.FirstOrDefault(i => i.Kind == kind);
}
