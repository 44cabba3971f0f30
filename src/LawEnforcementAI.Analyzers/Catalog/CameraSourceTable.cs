using System.Collections.Immutable;
using static LawEnforcementAI.Analyzers.Catalog.CameraSource;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>Camera-capture APIs (listed in docs/catalog.md). One line and one test row add an API.</summary>
internal static class CameraSourceTable
{
    private static readonly DeviceOpening IndexOrAddress = DeviceOpening.IndexOrAddressFirst;

    public static readonly ImmutableArray<CameraSource> Entries = ImmutableArray.Create(
        // OpenCvSharp 4 and 5 share the assembly name, namespace and these members.
        Device("OpenCvSharp.VideoCapture", ApiMember.Constructor, IndexOrAddress),
        Device("OpenCvSharp.VideoCapture", "FromCamera", IndexOrAddress),
        Device("OpenCvSharp.VideoCapture", "FromFile", IndexOrAddress),
        DeviceOpen("OpenCvSharp.VideoCapture", "Open", IndexOrAddress),
        IntoArgument("OpenCvSharp.VideoCapture", "Read", "image"),
        IntoArgument("OpenCvSharp.VideoCapture", "Retrieve", "image"),
        FromDevice("OpenCvSharp.VideoCapture", "RetrieveMat"),

        // Emgu.CV
        Device("Emgu.CV.VideoCapture", ApiMember.Constructor, IndexOrAddress),
        FromDevice("Emgu.CV.VideoCapture", "QueryFrame"),
        FromDevice("Emgu.CV.VideoCapture", "QuerySmallFrame"),
        // Emgu has one Read, bool Read(IOutputArray m): a Mat or an Image binds to it (emgucv/emgucv Emgu.CV/Videoio/VideoCapture.cs).
        IntoArgument("Emgu.CV.VideoCapture", "Read", "m"),
        IntoArgument("Emgu.CV.VideoCapture", "Retrieve", "image"),

        // AForge.NET and its Accord.NET fork: every NewFrame event comes from a live device or IP camera.
        LiveFrame("AForge.Video.NewFrameEventArgs", "Frame"),
        LiveFrame("Accord.Video.NewFrameEventArgs", "Frame"),

        // FlashCap: pixel buffers only exist inside capture callbacks.
        LiveFrame("FlashCap.PixelBufferExtension", "CopyImage"),
        LiveFrame("FlashCap.PixelBufferExtension", "ExtractImage"),
        LiveFrame("FlashCap.PixelBufferExtension", "ReferImage"),
        LiveFrame("FlashCap.CaptureDeviceDescriptorExtension", "TakeOneShotAsync"),

        // .NET MAUI and CommunityToolkit.Maui.Camera: phone and tablet cameras.
        MobileLiveFrame("Microsoft.Maui.Media.MediaPicker", "CapturePhotoAsync"),
        MobileLiveFrame("Microsoft.Maui.Media.IMediaPicker", "CapturePhotoAsync"),
        MobileLiveFrame("Microsoft.Maui.Media.MediaPicker", "CaptureVideoAsync"),
        MobileLiveFrame("Microsoft.Maui.Media.IMediaPicker", "CaptureVideoAsync"),
        MobileLiveFrame("CommunityToolkit.Maui.Views.CameraView", "CaptureImage"),
        MobileLiveFrame("CommunityToolkit.Maui.Core.ICameraView", "CaptureImage"),
        MobileLiveFrame("CommunityToolkit.Maui.Core.MediaCapturedEventArgs", "Media"));

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(CameraSourceTable), sources: Entries);
}
