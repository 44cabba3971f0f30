// Imitates CommunityToolkit.Maui.Camera 6.1.0 (assembly CommunityToolkit.Maui.Camera.dll). CaptureImage returns the
// photo stream since 3.0.1, and MediaCapturedEventArgs lives in CommunityToolkit.Maui.Core since 3.0.0.
// Source: CommunityToolkit/Maui src/CommunityToolkit.Maui.Camera: Views/CameraView.shared.cs (MediaCaptured,
// MediaCaptureFailed, SelectedCamera, IsCameraBusy, CaptureImage returning Task<Stream>, StartCameraPreview returning
// Task, StopCameraPreview, GetAvailableCameras, Dispose; ICameraView.IsBusy is implemented explicitly),
// Interfaces/ICameraView.shared.cs, Primitives/MediaCapturedEventArgs.shared.cs (namespace CommunityToolkit.Maui.Core),
// Primitives/MediaCaptureFailedEventArgs.shared.cs (namespace CommunityToolkit.Maui.Views, FailureReason) and
// CameraInfo.shared.cs (Name, DeviceId; its public constructor takes platform types, so it is left out here), 6.1.0.
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
        public MediaCapturedEventArgs(Stream stream) => Media = stream;

        public Stream Media { get; }
    }

    public class CameraInfo
    {
        internal CameraInfo() { }

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
    public class MediaCaptureFailedEventArgs : EventArgs
    {
        public MediaCaptureFailedEventArgs(string failureReason) => FailureReason = failureReason;

        public string FailureReason { get; }
    }

    public class CameraView : View, ICameraView, IDisposable
    {
        public event EventHandler<MediaCapturedEventArgs>? MediaCaptured;
        public event EventHandler<MediaCaptureFailedEventArgs>? MediaCaptureFailed;

        public CameraInfo? SelectedCamera { get; set; }
        public bool IsCameraBusy => throw null!;

        public Task<Stream> CaptureImage(CancellationToken token) => throw null!;
        public Task StartCameraPreview(CancellationToken token) => throw null!;
        public void StopCameraPreview() { }
        public ValueTask<IReadOnlyList<CameraInfo>> GetAvailableCameras(CancellationToken token) => throw null!;

        public void Dispose() { }
    }
}
