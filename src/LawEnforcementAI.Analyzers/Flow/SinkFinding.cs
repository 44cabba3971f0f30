using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Prompts;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>A request-sending call that receives camera frames or images of unknown origin, with where they came from.</summary>
internal sealed class SinkFinding
{
    public SinkFinding(Location location, string sinkName, ImmutableArray<FrameOrigin> origins, ImmutableArray<IntentMatch> intents = default, bool mayReachMicrosoft = true, bool enrolsFaces = false)
    {
        EnrolsFaces = enrolsFaces;
        Location = location;
        SinkName = sinkName;
        Origins = origins;
        Intents = intents.IsDefault ? ImmutableArray<IntentMatch>.Empty : intents;
        MayReachMicrosoft = mayReachMicrosoft;
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

    /// <summary>
    /// What the request's prompt asks, read at the sending call (<see cref="RequestIntents"/>): the first phrase of each
    /// kind. Empty unless a tree of the compilation is attributed to a jurisdiction with a law pack.
    /// </summary>
    public ImmutableArray<IntentMatch> Intents { get; }

    /// <summary>
    /// False when the client provably targets only a non-Microsoft service: Microsoft's clauses (LEAI001/LEAI002/LEAI007)
    /// do not apply, a law's may (a request found only for what its prompt asks).
    /// </summary>
    public bool MayReachMicrosoft { get; }

    /// <summary>A face-enrolment call (<see cref="Catalog.VisionSink.EnrolsFaces"/>), not a model request: only LEAI022 reads it.</summary>
    public bool EnrolsFaces { get; }

    /// <summary>The first phrase of the prompt that asks for <paramref name="kind"/>, or null.</summary>
    public IntentMatch? Intent(IntentKind kind) => Intents.FirstOrDefault(i => i.Kind == kind);

    public bool HasCameraOrigins => Origins.Any(o => !o.IsUnknownOrigin && !o.IsTranscript);
}
