namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>A library member through which a frame (or a device, or a client's provider) flows unchanged in meaning.</summary>
internal sealed class FlowThrough : CatalogEntry
{
    public FlowThrough(string typeName, ApiMember member, Slot from, Slot to, bool transcribes = false)
        : base(typeName, member)
    {
        From = from;
        To = to;
        Transcribes = transcribes;
    }

    /// <summary>
    /// A speech-to-text call: what comes out is the transcript of the recording that went in (a transcript origin of the flow),
    /// text that still carries the recording but is no image.
    /// </summary>
    public bool Transcribes { get; }

    public Slot From { get; }

    /// <summary><see cref="SlotKind.Result"/>, <see cref="SlotKind.Receiver"/> or one argument (an out parameter, a stream).</summary>
    public Slot To { get; }

    public override string Describe() => From + " → " + To + (Transcribes ? " (transcript)" : string.Empty);
}
