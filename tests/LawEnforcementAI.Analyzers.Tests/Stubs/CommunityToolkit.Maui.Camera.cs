// Imitates CommunityToolkit.Maui.Camera 6.1.0 (assembly CommunityToolkit.Maui.Camera.dll). CaptureImage returns the
// photo stream since 3.0.1, and MediaCapturedEventArgs lives in CommunityToolkit.Maui.Core since 3.0.0.
// Source: CommunityToolkit/Maui src/CommunityToolkit.Maui.Camera (Views/CameraView.shared.cs, Interfaces/ICameraView.cs,
// Primitives/MediaCapturedEventArgs.cs), 6.1.0.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using CommunityToolkit.Maui.Core;
using Microsoft.Maui.Controls;

namespace CommunityToolkit.Maui.Core
{
    public class MediaCapturedEventArgs : EventArgs
    {
        public MediaCapturedEventArgs(Stream media) => Media = media;

        public Stream Media { get; }
    }

    public class MediaCaptureFailedEventArgs : EventArgs
    {
        public MediaCaptureFailedEventArgs(string failureReason) => FailureReason = failureReason;

        public string FailureReason { get; }
    }

    public class CameraInfo
    {
        public string Name => throw null!;
        public string DeviceId => throw null!;
    }

    public interface ICameraView
    {
        Task<Stream> CaptureImage(CancellationToken token);
        Task StartCameraPreview(CancellationToken token);
        void StopCameraPreview();
    }
}

namespace CommunityToolkit.Maui.Views
{
    public class CameraView : View, ICameraView, IDisposable
    {
        public event EventHandler<MediaCapturedEventArgs>? MediaCaptured;
        public event EventHandler<MediaCaptureFailedEventArgs>? MediaCaptureFailed;

        public CameraInfo? SelectedCamera { get; set; }
        public bool IsBusy => throw null!;

        public Task<Stream> CaptureImage(CancellationToken token) => throw null!;
        public Task StartCameraPreview(CancellationToken token) => throw null!;
        public void StopCameraPreview() { }
        public ValueTask<IReadOnlyList<CameraInfo>> GetAvailableCameras(CancellationToken token) => throw null!;

        public void Dispose() { }
    }
}
