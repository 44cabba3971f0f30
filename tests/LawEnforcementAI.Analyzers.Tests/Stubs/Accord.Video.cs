// Imitates Accord.Video 3.8.0 (assembly Accord.Video.dll), the Accord.NET fork of AForge.Video: same shapes, new namespace.
// Source: accord-net/framework Sources/Accord.Video (IVideoSource.cs, VideoEvents.cs, MJPEGStream.cs, JPEGStream.cs), release 3.8.0.
using System;
using System.Drawing;

namespace Accord.Video
{
    public delegate void NewFrameEventHandler(object sender, NewFrameEventArgs eventArgs);

    public delegate void VideoSourceErrorEventHandler(object sender, VideoSourceErrorEventArgs eventArgs);

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

        string Source { get; }
        int FramesReceived { get; }
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

        public string Source { get => throw null!; set { } }
        public string? Login { get; set; }
        public string? Password { get; set; }
        public int FramesReceived => throw null!;
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

        public string Source { get => throw null!; set { } }
        public string? Login { get; set; }
        public string? Password { get; set; }
        public int FrameInterval { get; set; }
        public int FramesReceived => throw null!;
        public bool IsRunning => throw null!;

        public void Start() { }
        public void SignalToStop() { }
        public void WaitForStop() { }
        public void Stop() { }
    }
}
