using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>One step of a frame's route between methods: where it happened and what it was, for the message.</summary>
internal sealed class Hop
{
    public Hop(Location location, string description)
    {
        Location = location;
        Description = description;
    }

    public Location Location { get; }

    /// <summary>e.g. "passed to 'FrameSender.SendAsync'", "stored in 'Uploader._latest'", "returned by 'Encode'".</summary>
    public string Description { get; }
}
