using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>A request-sending call that receives camera frames, with where those frames came from.</summary>
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

    /// <summary>Settled, sorted by file and position, never empty.</summary>
    public ImmutableArray<FrameOrigin> Origins { get; }
}
