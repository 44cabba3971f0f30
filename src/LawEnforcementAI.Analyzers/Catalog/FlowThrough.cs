namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>A library member through which a frame (or a device, or a client's provider) flows unchanged in meaning.</summary>
internal sealed class FlowThrough : CatalogEntry
{
    public FlowThrough(string typeName, ApiMember member, Slot from, Slot to)
        : base(typeName, member)
    {
        From = from;
        To = to;
    }

    public Slot From { get; }

    /// <summary><see cref="SlotKind.Result"/>, <see cref="SlotKind.Receiver"/> or one argument (an out parameter, a stream).</summary>
    public Slot To { get; }

    public override string Describe() => From + " → " + To;
}
