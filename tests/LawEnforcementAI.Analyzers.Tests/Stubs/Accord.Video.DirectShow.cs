// Imitates Accord.Video.DirectShow 3.8.0 (assembly Accord.Video.DirectShow.dll), the Accord.NET fork of AForge.Video.DirectShow.
// Source: accord-net/framework Sources/Accord.Video.DirectShow/VideoCaptureDevice.cs (constructors, NewFrame, SnapshotFrame,
// VideoSourceError, PlayingFinished, virtual Source, FramesReceived, BytesReceived, IsRunning, ProvideSnapshots,
// VideoCapabilities, SnapshotCapabilities, VideoResolution, SnapshotResolution, Start/SignalToStop/WaitForStop/Stop,
// SimulateTrigger), FilterInfoCollection.cs, FilterInfo.cs, Uuids.cs (FilterCategory's static Guid fields) and
// VideoCapabilities.cs (read-only fields FrameSize, AverageFrameRate, MaximumFrameRate, BitCount; internal constructor).
using System;
using System.Collections;
using System.Drawing;
using Accord.Video;

namespace Accord.Video.DirectShow
{
    public static class FilterCategory
    {
        public static readonly Guid AudioInputDevice = new("33D9A762-90C8-11D0-BD43-00A0C911CE86");
        public static readonly Guid VideoInputDevice = new("860BB310-5D01-11D0-BD3B-00A0C911CE86");
    }

    public class FilterInfo : IComparable
    {
        public FilterInfo(string monikerString)
        {
            MonikerString = monikerString;
            Name = monikerString;
        }

        public string Name { get; private set; }
        public string MonikerString { get; private set; }

        public int CompareTo(object? value) => throw null!;
    }

    public class FilterInfoCollection : CollectionBase
    {
        public FilterInfoCollection(Guid category) { }

        public FilterInfo this[int index] => (FilterInfo)InnerList[index]!;
    }

    public class VideoCapabilities
    {
        public readonly Size FrameSize;
        public readonly int AverageFrameRate;
        public readonly int MaximumFrameRate;
        public readonly int BitCount;

        internal VideoCapabilities() { }
    }

    public class VideoCaptureDevice : IVideoSource
    {
        public VideoCaptureDevice() { }
        public VideoCaptureDevice(string deviceMoniker) { }

        public event NewFrameEventHandler? NewFrame;
        public event NewFrameEventHandler? SnapshotFrame;
        public event VideoSourceErrorEventHandler? VideoSourceError;
        public event PlayingFinishedEventHandler? PlayingFinished;

        public virtual string Source { get => throw null!; set { } }
        public int FramesReceived => throw null!;
        public long BytesReceived => throw null!;
        public bool IsRunning => throw null!;
        public bool ProvideSnapshots { get; set; }
        public VideoCapabilities[] VideoCapabilities => throw null!;
        public VideoCapabilities[] SnapshotCapabilities => throw null!;
        public VideoCapabilities? VideoResolution { get; set; }
        public VideoCapabilities? SnapshotResolution { get; set; }

        public void Start() { }
        public void SignalToStop() { }
        public void WaitForStop() { }
        public void Stop() { }
        public void SimulateTrigger() { }
    }
}
