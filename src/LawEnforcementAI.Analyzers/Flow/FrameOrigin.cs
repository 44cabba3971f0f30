using System;
using System.Collections.Immutable;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Where a camera frame was produced (the API, the place in source, the kind of camera) and the route it took: the
/// call sites and stores where it crossed from one method into another. An image of unknown origin (an entry point's
/// parameter, an upload, a blob: LEAI007) travels the same routes as an origin with <see cref="IsUnknownOrigin"/> set;
/// the rules tell the two apart only when they report.
/// </summary>
internal sealed class FrameOrigin : IEquatable<FrameOrigin>
{
    public FrameOrigin(string apiName, Location location, FrameLiveness liveness, bool isMobileCamera, IOperation? deviceOperation = null)
        : this(apiName, location, liveness, isMobileCamera, deviceOperation, null, ImmutableArray<Hop>.Empty)
    {
    }

    private FrameOrigin(
        string apiName, Location location, FrameLiveness liveness, bool isMobileCamera,
        IOperation? deviceOperation, FlowValue? deviceValue, ImmutableArray<Hop> path, IMethodSymbol? entryPoint = null, bool isUnknownOrigin = false, bool isTranscript = false)
    {
        IsTranscript = isTranscript;
        EntryPoint = entryPoint;
        IsUnknownOrigin = isUnknownOrigin;
        ApiName = apiName;
        Location = location;
        Liveness = liveness;
        IsMobileCamera = isMobileCamera;
        DeviceOperation = deviceOperation;
        DeviceValue = deviceValue;
        Path = path;
    }

    /// <summary>
    /// An image the analysis cannot trace to a camera or a static asset. <see cref="ApiName"/> then names it the way the
    /// LEAI007 message does ("parameter 'image' of public method 'UploadController.Analyze'", "upload 'IFormFile.OpenReadStream'").
    /// </summary>
    public static FrameOrigin Unknown(string description, Location location, IMethodSymbol? entryPoint) =>
        new(description, location, FrameLiveness.Unknown, false, null, null, ImmutableArray<Hop>.Empty, entryPoint?.OriginalDefinition, isUnknownOrigin: true);

    /// <summary>An origin rebuilt from its parts, with another compilation's symbols (<see cref="StoredSummary"/>).</summary>
    public static FrameOrigin Restore(
        string apiName, Location location, FrameLiveness liveness, bool isMobileCamera, FlowValue? deviceValue, ImmutableArray<Hop> path, IMethodSymbol? entryPoint, bool isUnknownOrigin,
        bool isTranscript = false) =>
        new(apiName, location, liveness, isMobileCamera, null, deviceValue, path, entryPoint, isUnknownOrigin, isTranscript);

    /// <summary>True for an image of unknown origin (LEAI007), false for a camera frame.</summary>
    public bool IsUnknownOrigin { get; }

    /// <summary>
    /// The text a speech-to-text call made of the recording (<see cref="Catalog.FlowThrough.Transcribes"/>): it still
    /// carries the recording for the laws that name recordings and their transcripts (LEAI020), but it is no image,
    /// so Microsoft's facial-recognition clauses (LEAI001, LEAI002, LEAI007) and LEAI021 leave it alone.
    /// </summary>
    public bool IsTranscript { get; }

    /// <summary>For an unknown origin that is an entry point's parameter (or a path it was given): the method.</summary>
    public IMethodSymbol? EntryPoint { get; }

    /// <summary>Type and member as users know them, e.g. "VideoCapture.Read".</summary>
    public string ApiName { get; }

    public Location Location { get; }

    public FrameLiveness Liveness { get; }

    public bool IsMobileCamera { get; }

    /// <summary>
    /// The capture device the frame was read from, while its method is being analysed: its liveness depends on how the
    /// device was opened, known only once that analysis settles (<see cref="WithDevice"/>).
    /// </summary>
    public IOperation? DeviceOperation { get; }

    /// <summary>The device's value when it still depends on other methods (a capture held in a field).</summary>
    public FlowValue? DeviceValue { get; }

    /// <summary>Where the frame crossed into another method, in order from the source toward the sink.</summary>
    public ImmutableArray<Hop> Path { get; }

    /// <summary>True once the liveness is final.</summary>
    public bool IsSettled => DeviceOperation is null && DeviceValue is null;

    public FrameOrigin WithDevice(FlowValue device) =>
        device.IsSymbolic
            ? new(ApiName, Location, Liveness, IsMobileCamera, null, device, Path, EntryPoint, IsUnknownOrigin, IsTranscript)
            : WithLiveness(LivenessOf(device.Device));

    /// <summary>This origin as the transcript of the recording it came from; the same object when it already is one.</summary>
    public FrameOrigin AsTranscript() =>
        IsTranscript ? this : new(ApiName, Location, Liveness, IsMobileCamera, DeviceOperation, DeviceValue, Path, EntryPoint, IsUnknownOrigin, isTranscript: true);

    public FrameOrigin WithLiveness(FrameLiveness liveness) => new(ApiName, Location, liveness, IsMobileCamera, null, null, Path, EntryPoint, IsUnknownOrigin, IsTranscript);

    /// <summary>
    /// Adds a hop. Past <paramref name="maxHops"/> the route is no longer extended and what cannot be traced that far
    /// counts as unknown (live in a body-cam context) rather than being dropped.
    /// </summary>
    public FrameOrigin WithHop(Hop hop, int maxHops) =>
        Path.Length >= maxHops
            ? new(ApiName, Location, FrameLiveness.Unknown, IsMobileCamera, null, null, Path, EntryPoint, IsUnknownOrigin, IsTranscript)
            : new(ApiName, Location, Liveness, IsMobileCamera, DeviceOperation, DeviceValue, Path.Add(hop), EntryPoint, IsUnknownOrigin, IsTranscript);

    /// <summary>
    /// This read as it reached one place by two routes (from two callers of the helper that reads it, say): live if
    /// either is, recorded only if both are. Keeps this route; returns this object when nothing changes.
    /// </summary>
    public FrameOrigin Join(FrameOrigin other)
    {
        // Within one body a read has one device operation.
        if (ReferenceEquals(this, other) || DeviceOperation is not null || other.DeviceOperation is not null)
        {
            return this;
        }

        if (IsSettled && other.IsSettled)
        {
            return Liveness == other.Liveness || Liveness == FrameLiveness.Unknown ? this : WithLiveness(FrameLiveness.Unknown);
        }

        var mine = DeviceOrLiveness();
        var joined = mine.Union(other.DeviceOrLiveness());
        return joined.GrewFrom(mine) ? new(ApiName, Location, Liveness, IsMobileCamera, null, joined, Path, EntryPoint, IsUnknownOrigin, IsTranscript) : this;
    }

    /// <summary>What decides the liveness: the device still to be resolved, or the liveness already settled, as a device.</summary>
    private FlowValue DeviceOrLiveness() => DeviceValue ?? FlowValue.OfDevice(Liveness switch
    {
        FrameLiveness.Live => DeviceFacts.Live,
        FrameLiveness.Recorded => DeviceFacts.Recorded,
        _ => DeviceFacts.Unknown,
    });

    public static FrameLiveness LivenessOf(DeviceFacts device) => device switch
    {
        DeviceFacts.Live => FrameLiveness.Live,
        DeviceFacts.Recorded => FrameLiveness.Recorded,
        _ => FrameLiveness.Unknown,
    };

    public bool Equals(FrameOrigin? other) =>
        other is not null && ApiName == other.ApiName && Location.Equals(other.Location) && IsUnknownOrigin == other.IsUnknownOrigin && IsTranscript == other.IsTranscript;

    public override bool Equals(object? obj) => Equals(obj as FrameOrigin);

    public override int GetHashCode() => ApiName.GetHashCode() * 31 + Location.GetHashCode();

    /// <summary>Stable order for messages and additional locations: by file, then position.</summary>
    public static int Compare(FrameOrigin a, FrameOrigin b)
    {
        var byPath = string.CompareOrdinal(a.Location.SourceTree?.FilePath, b.Location.SourceTree?.FilePath);
        if (byPath != 0)
        {
            return byPath;
        }

        var byStart = a.Location.SourceSpan.Start.CompareTo(b.Location.SourceSpan.Start);
        return byStart != 0 ? byStart : string.CompareOrdinal(a.ApiName, b.ApiName);
    }
}
