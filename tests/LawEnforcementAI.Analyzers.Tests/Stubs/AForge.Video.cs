// Imitates AForge.Video 2.2.5 (assembly AForge.Video.dll): the video-source contract and the IP-camera streams.
// Source: andrewkirillov/AForge.NET Sources/Video/IVideoSource.cs (NewFrame, VideoSourceError, PlayingFinished, Source,
// FramesReceived, BytesReceived, IsRunning, Start/SignalToStop/WaitForStop/Stop), Sources/Video/VideoEvents.cs (the
// delegates, ReasonToFinishPlaying, NewFrameEventArgs(Bitmap frame) and its read-only Frame, VideoSourceErrorEventArgs),
// Sources/Video/MJPEGStream.cs and Sources/Video/JPEGStream.cs (constructors, Login, Password, FrameInterval; JPEGStream's
// Source is virtual, MJPEGStream's is not), release 2.2.5.
using System;
using System.Drawing;

namespace AForge.Video
{
    public delegate void NewFrameEventHandler(object sender, NewFrameEventArgs eventArgs);

    public delegate void VideoSourceErrorEventHandler(object sender, VideoSourceErrorEventArgs eventArgs);

    public delegate void PlayingFinishedEventHandler(object sender, ReasonToFinishPlaying reason);

    public enum ReasonToFinishPlaying
    {
        EndOfStreamReached,
        StoppedByUser,
        DeviceLost,
        VideoSourceError,
    }

    public class NewFrameEventArgs : EventArgs
    {
        public NewFrameEventArgs(Bitmap frame) => Frame = frame;

        public Bitmap Frame { get; }
    }

    public class VideoSourceErrorEventArgs : EventArgs
    {
        public VideoSourceErrorEventArgs(string description) => Description = description;

        public string Description { get; }
    }

    public interface IVideoSource
    {
        event NewFrameEventHandler NewFrame;
        event VideoSourceErrorEventHandler VideoSourceError;
        event PlayingFinishedEventHandler PlayingFinished;

        string Source { get; }
        int FramesReceived { get; }
        long BytesReceived { get; }
        bool IsRunning { get; }

        void Start();
        void SignalToStop();
        void WaitForStop();
        void Stop();
    }

    public class MJPEGStream : IVideoSource
    {
        public MJPEGStream() { }
        public MJPEGStream(string source) { }

        public event NewFrameEventHandler? NewFrame;
        public event VideoSourceErrorEventHandler? VideoSourceError;
        public event PlayingFinishedEventHandler? PlayingFinished;

        public string Source { get => throw null!; set { } }
        public string? Login { get; set; }
        public string? Password { get; set; }
        public int FramesReceived => throw null!;
        public long BytesReceived => throw null!;
        public bool IsRunning => throw null!;

        public void Start() { }
        public void SignalToStop() { }
        public void WaitForStop() { }
        public void Stop() { }
    }

    public class JPEGStream : IVideoSource
    {
        public JPEGStream() { }
        public JPEGStream(string source) { }

        public event NewFrameEventHandler? NewFrame;
        public event VideoSourceErrorEventHandler? VideoSourceError;
        public event PlayingFinishedEventHandler? PlayingFinished;

        public virtual string Source { get => throw null!; set { } }
        public string? Login { get; set; }
        public string? Password { get; set; }
        public int FrameInterval { get; set; }
        public int FramesReceived => throw null!;
        public long BytesReceived => throw null!;
        public bool IsRunning => throw null!;

        public void Start() { }
        public void SignalToStop() { }
        public void WaitForStop() { }
        public void Stop() { }
    }
}
