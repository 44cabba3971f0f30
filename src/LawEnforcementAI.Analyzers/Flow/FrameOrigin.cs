using System;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>Where a camera frame was produced: the API, the place in source, and what kind of camera it came from.</summary>
public sealed class FrameOrigin : IEquatable<FrameOrigin>
{
    public FrameOrigin(string apiName, Location location, FrameLiveness liveness, bool isMobileCamera, IOperation? device = null)
    {
        ApiName = apiName;
        Location = location;
        Liveness = liveness;
        IsMobileCamera = isMobileCamera;
        Device = device;
    }

    /// <summary>Type and member as users know them, e.g. "VideoCapture.Read".</summary>
    public string ApiName { get; }

    public Location Location { get; }

    public FrameLiveness Liveness { get; }

    public bool IsMobileCamera { get; }

    /// <summary>
    /// The capture device the frame was read from, when its liveness depends on how that device was opened. The
    /// liveness is settled once the analysis knows everything about the device (see <see cref="WithLiveness"/>).
    /// </summary>
    public IOperation? Device { get; }

    public FrameOrigin WithLiveness(FrameLiveness liveness) => new(ApiName, Location, liveness, IsMobileCamera);

    public bool Equals(FrameOrigin? other) =>
        other is not null && ApiName == other.ApiName && Location.Equals(other.Location);

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
