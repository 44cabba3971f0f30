using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>A request-sending call that receives camera frames or images of unknown origin, with where they came from.</summary>
internal sealed class SinkFinding
{
    public SinkFinding(Location location, string sinkName, ImmutableArray<FrameOrigin> origins)
    {
        Location = location;
        SinkName = sinkName;
        Origins = origins;
    }

    /// <summary>The sending call, e.g. <c>chat.CompleteChatAsync(...)</c>.</summary>
    public Location Location { get; }

    /// <summary>e.g. "ChatClient.CompleteChatAsync".</summary>
    public string SinkName { get; }

    /// <summary>Settled, sorted by file and position, never empty: camera frames and images of unknown origin alike.</summary>
    public ImmutableArray<FrameOrigin> Origins { get; }

    /// <summary>The camera frames (LEAI001/LEAI002 and their build-only counterparts).</summary>
    public ImmutableArray<FrameOrigin> CameraOrigins => Origins.Where(o => !o.IsUnknownOrigin).ToImmutableArray();

    /// <summary>The images of unknown origin (LEAI007).</summary>
    public ImmutableArray<FrameOrigin> UnknownOrigins => Origins.Where(o => o.IsUnknownOrigin).ToImmutableArray();

    public bool HasCameraOrigins => Origins.Any(o => !o.IsUnknownOrigin);
}
