using System;
using System.Collections.Immutable;
using System.Linq;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// Which argument of a capture-device constructor or <c>Open</c> call decides whether the device is live, and how:
/// a device index is a camera, a stream URL or a device path is live, any other constant path is recorded footage,
/// and a value that is not constant is unknown.
/// </summary>
internal sealed class DeviceOpening
{
    public DeviceOpening(Slot argument, bool indexIsLive, bool streamUrlIsLive, ImmutableArray<string> livePathPrefixes)
    {
        Argument = argument;
        IndexIsLive = indexIsLive;
        StreamUrlIsLive = streamUrlIsLive;
        LivePathPrefixes = livePathPrefixes;
    }

    /// <summary>OpenCvSharp and Emgu.CV: the first argument is a camera index, a stream URL or a file name.</summary>
    public static DeviceOpening IndexOrAddressFirst { get; } = new(Slot.Position(0), indexIsLive: true, streamUrlIsLive: true, ImmutableArray.Create("/dev/video"));

    public Slot Argument { get; }

    /// <summary>An integer or enum argument (a camera index or API id) is a live camera.</summary>
    public bool IndexIsLive { get; }

    /// <summary>A URL with a scheme other than <c>file:</c> (rtsp, http, ...) is a live stream.</summary>
    public bool StreamUrlIsLive { get; }

    /// <summary>Paths that name a device rather than a file (<c>/dev/video0</c>).</summary>
    public ImmutableArray<string> LivePathPrefixes { get; }

    public bool IsLiveAddress(string address)
    {
        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        return (StreamUrlIsLive && scheme > 0 && !address.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
               || LivePathPrefixes.Any(prefix => address.StartsWith(prefix, StringComparison.Ordinal));
    }

    public string Describe() =>
        Argument + ": " + (IndexIsLive ? "an index, " : string.Empty) + (StreamUrlIsLive ? "a stream URL" : string.Empty)
        + (LivePathPrefixes.IsEmpty ? string.Empty : " or " + string.Join(", ", LivePathPrefixes.Select(p => "`" + p + "…`")))
        + " is live, a constant file path recorded";
}
