using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The abstract value of an expression or variable: the camera frames it may hold, the capture device it may be,
/// and the service it may point at. Values only grow (union), so the fixed point is reached in few passes.
/// </summary>
public readonly struct FlowValue
{
    /// <summary>Bounds the origins kept per value; more add nothing a reader can act on and cost memory.</summary>
    public const int MaxOrigins = 8;

    public static readonly FlowValue Empty = default;

    private readonly ImmutableArray<FrameOrigin> _frames;

    public FlowValue(ImmutableArray<FrameOrigin> frames, DeviceFacts device, ProviderFacts provider)
    {
        _frames = frames;
        Device = device;
        Provider = provider;
    }

    public ImmutableArray<FrameOrigin> Frames => _frames.IsDefault ? ImmutableArray<FrameOrigin>.Empty : _frames;

    public DeviceFacts Device { get; }

    public ProviderFacts Provider { get; }

    public bool IsEmpty => Frames.IsEmpty && Device == DeviceFacts.None && Provider == ProviderFacts.None;

    public bool HasFrames => !Frames.IsEmpty;

    public static FlowValue Frame(FrameOrigin origin) => new(ImmutableArray.Create(origin), DeviceFacts.None, ProviderFacts.None);

    public static FlowValue OfDevice(DeviceFacts device) => new(default, device, ProviderFacts.None);

    public static FlowValue OfProvider(ProviderFacts provider) => new(default, DeviceFacts.None, provider);

    public FlowValue Union(FlowValue other)
    {
        if (other.IsEmpty)
        {
            return this;
        }

        if (IsEmpty)
        {
            return other;
        }

        var frames = Frames;
        foreach (var origin in other.Frames)
        {
            if (frames.Length >= MaxOrigins)
            {
                break;
            }

            if (!frames.Contains(origin))
            {
                frames = frames.Add(origin);
            }
        }

        return new FlowValue(frames, Device | other.Device, Provider | other.Provider);
    }

    /// <summary>Values only grow, so comparing sizes is enough to detect a change.</summary>
    public bool GrewFrom(FlowValue before) =>
        Frames.Length != before.Frames.Length || Device != before.Device || Provider != before.Provider;

    public FlowValue WithoutProvider() => new(_frames, Device, ProviderFacts.None);
}
