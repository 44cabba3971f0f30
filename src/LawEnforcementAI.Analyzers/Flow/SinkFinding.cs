using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>A request-sending call that receives camera frames, with where those frames came from.</summary>
public sealed class SinkFinding
{
    public SinkFinding(IOperation call, string sinkName, ImmutableArray<FrameOrigin> origins)
    {
        Call = call;
        SinkName = sinkName;
        Origins = origins;
    }

    public IOperation Call { get; }

    /// <summary>e.g. "ChatClient.CompleteChatAsync".</summary>
    public string SinkName { get; }

    /// <summary>Sorted by file and position, never empty.</summary>
    public ImmutableArray<FrameOrigin> Origins { get; }
}
