using System.Collections.Generic;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>
/// Every camera API of the catalogue (part B) reaching an Azure OpenAI chat call, in a project attributed as US police
/// with body cameras, so live frames give LEAI001 and LEAI002 and recorded footage LEAI001 only. The message arguments
/// are the camera API, the sending call, the attribution and the route (empty: the frame stays in the method).
/// </summary>
public class CameraSourceTests
{
    public static IEnumerable<object[]> LiveSources() => new[]
    {
        Case("OpenCvSharp Read from device index", Snippets.OpenCv, Snippets.OpenCvLiveFrame + Snippets.SendBytes, "VideoCapture.Read"),
        Case("OpenCvSharp Read from RTSP stream", Snippets.OpenCv, """
            using var capture = new VideoCapture("rtsp://10.0.0.12/stream1");
            var frame = new Mat();
            {|#1:capture.Read(frame)|};
            byte[] bytes = frame.ToBytes(".jpg");
            """ + Snippets.SendBytes, "VideoCapture.Read"),
        Case("OpenCvSharp FromCamera + Grab/Retrieve", Snippets.OpenCv, """
            using var capture = VideoCapture.FromCamera(1);
            var frame = new Mat();
            capture.Grab();
            {|#1:capture.Retrieve(frame)|};
            byte[] bytes = frame.ImEncode(".jpg");
            """ + Snippets.SendBytes, "VideoCapture.Retrieve"),
        Case("OpenCvSharp RetrieveMat + Cv2.ImEncode out buffer", Snippets.OpenCv, """
            using var capture = new VideoCapture(0);
            Mat frame = {|#1:capture.RetrieveMat()|};
            Cv2.ImEncode(".jpg", frame, out var bytes);
            """ + Snippets.SendBytes, "VideoCapture.RetrieveMat"),
        Case("OpenCvSharp ToMemoryStream + BinaryData.FromStream", Snippets.OpenCv, """
            using var capture = new VideoCapture(0);
            var frame = new Mat();
            {|#1:capture.Read(frame)|};
            using var stream = frame.ToMemoryStream(".jpg");
            var data = BinaryData.FromStream(stream);
            """ + Snippets.SendData, "VideoCapture.Read"),
        Case("OpenCvSharp BitmapConverter + Bitmap.Save", "using OpenCvSharp; using OpenCvSharp.Extensions; using System.Drawing.Imaging;", """
            using var capture = new VideoCapture(0);
            var frame = new Mat();
            {|#1:capture.Read(frame)|};
            using var bitmap = frame.ToBitmap();
            using var stream = new MemoryStream();
            bitmap.Save(stream, ImageFormat.Jpeg);
            byte[] bytes = stream.ToArray();
            """ + Snippets.SendBytes, "VideoCapture.Read"),
        Case("OpenCvSharp Open on a default-constructed capture", Snippets.OpenCv, """
            var capture = new VideoCapture();
            capture.Open(0);
            var frame = new Mat();
            {|#1:capture.Read(frame)|};
            byte[] bytes = frame.ToBytes(".png");
            """ + Snippets.SendBytes, "VideoCapture.Read"),
        Case("Emgu QueryFrame + CvInvoke.Imencode", "using Emgu.CV;", """
            using var capture = new VideoCapture(0);
            using Mat frame = {|#1:capture.QueryFrame()|};
            byte[] bytes = CvInvoke.Imencode(".jpg", frame);
            """ + Snippets.SendBytes, "VideoCapture.QueryFrame"),
        Case("Emgu Read + Image.ToJpegData", "using Emgu.CV; using Emgu.CV.Structure;", """
            using var capture = new VideoCapture();
            var frame = new Mat();
            {|#1:capture.Read(frame)|};
            byte[] bytes = frame.ToImage<Bgr, byte>().ToJpegData(90);
            """ + Snippets.SendBytes, "VideoCapture.Read"),
        Case("Emgu Read into an Image (the one overload takes any IOutputArray)", "using Emgu.CV; using Emgu.CV.Structure;", """
            using var capture = new VideoCapture(0, VideoCapture.API.DShow);
            var image = new Image<Bgr, byte>(640, 480);
            {|#1:capture.Read(image)|};
            byte[] bytes = image.ToJpegData();
            """ + Snippets.SendBytes, "VideoCapture.Read"),
        Case("Emgu ImageGrabbed handler + Retrieve + ToBitmap", "using Emgu.CV; using System.Drawing.Imaging;", """
            var capture = new VideoCapture("http://10.0.0.7/mjpeg");
            capture.ImageGrabbed += async (sender, e) =>
            {
                var frame = new Mat();
                {|#1:capture.Retrieve(frame)|};
                using var stream = new MemoryStream();
                frame.ToBitmap().Save(stream, ImageFormat.Jpeg);
                var bytes = stream.ToArray();
                await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg")))|};
            };
            capture.Start();
            """, "VideoCapture.Retrieve"),
        Case("AForge VideoCaptureDevice NewFrame", "using AForge.Video; using AForge.Video.DirectShow; using System.Drawing.Imaging;", """
            var devices = new FilterInfoCollection(FilterCategory.VideoInputDevice);
            var device = new VideoCaptureDevice(devices[0].MonikerString);
            device.NewFrame += (object sender, NewFrameEventArgs e) =>
            {
                using var stream = new MemoryStream();
                {|#1:e.Frame|}.Save(stream, ImageFormat.Jpeg);
                var data = BinaryData.FromBytes(stream.ToArray());
                {|#0:chat.CompleteChat(new UserChatMessage(ChatMessageContentPart.CreateImagePart(data, "image/jpeg")))|};
            };
            device.Start();
            """, "NewFrameEventArgs.Frame"),
        Case("AForge MJPEGStream anonymous method", "using AForge.Video; using System.Drawing.Imaging;", """
            var camera = new MJPEGStream("http://10.0.0.9/video.mjpg");
            camera.NewFrame += delegate (object sender, NewFrameEventArgs e)
            {
                var stream = new MemoryStream();
                var copy = (System.Drawing.Bitmap){|#1:e.Frame|}.Clone();
                copy.Save(stream, ImageFormat.Jpeg);
                var data = BinaryData.FromStream(stream);
                {|#0:chat.CompleteChat(new UserChatMessage(ChatMessageContentPart.CreateImagePart(data, "image/jpeg")))|};
            };
            """, "NewFrameEventArgs.Frame"),
        Case("Accord JPEGStream NewFrame", "using Accord.Video; using System.Drawing.Imaging;", """
            var camera = new JPEGStream("http://10.0.0.9/snapshot.jpg");
            camera.NewFrame += (sender, e) =>
            {
                using var stream = new MemoryStream();
                {|#1:e.Frame|}.Save(stream, ImageFormat.Jpeg);
                var data = new BinaryData(stream.ToArray());
                {|#0:chat.CompleteChat(new UserChatMessage(ChatMessageContentPart.CreateImagePart(data, "image/jpeg")))|};
            };
            """, "NewFrameEventArgs.Frame"),
        Case("FlashCap OpenAsync callback CopyImage", "using FlashCap;", """
            var descriptor = new CaptureDevices().GetDescriptors()[0];
            await descriptor.OpenAsync(descriptor.Characteristics[0], async scope =>
            {
                byte[] bytes = {|#1:scope.Buffer.CopyImage()|};
                await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg")))|};
            });
            """, "PixelBufferExtension.CopyImage"),
        Case("FlashCap ExtractImage in a plain callback", "using FlashCap;", """
            var descriptor = new CaptureDevices().GetDescriptors()[0];
            var images = new List<byte[]>();
            var device = await descriptor.OpenAsync(descriptor.Characteristics[0], scope => images.Add({|#1:scope.Buffer.ExtractImage()|}));
            var bytes = images.Last();
            """ + Snippets.SendBytes, "PixelBufferExtension.ExtractImage"),
        Case("FlashCap ReferImage segment", "using FlashCap;", """
            var descriptor = new CaptureDevices().GetDescriptors()[0];
            await descriptor.OpenAsync(descriptor.Characteristics[0], scope =>
            {
                ArraySegment<byte> segment = {|#1:scope.Buffer.ReferImage()|};
                var bytes = segment.ToArray();
                {|#0:chat.CompleteChat(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg")))|};
            });
            """, "PixelBufferExtension.ReferImage"),
        Case("FlashCap TakeOneShotAsync", "using FlashCap;", """
            var descriptor = new CaptureDevices().GetDescriptors()[0];
            byte[] bytes = await {|#1:descriptor.TakeOneShotAsync(descriptor.Characteristics[0], ct)|};
            """ + Snippets.SendBytes, "CaptureDeviceDescriptorExtension.TakeOneShotAsync"),
        Case("MAUI MediaPicker.Default.CapturePhotoAsync", "using Microsoft.Maui.Media;", """
            var photo = await {|#1:MediaPicker.Default.CapturePhotoAsync()|};
            using var stream = await photo!.OpenReadAsync();
            var data = await BinaryData.FromStreamAsync(stream);
            """ + Snippets.SendData, "IMediaPicker.CapturePhotoAsync"),
        Case("MAUI MediaPicker.Default.CaptureVideoAsync", "using Microsoft.Maui.Media;", """
            var video = await {|#1:MediaPicker.Default.CaptureVideoAsync()|};
            using var stream = await video!.OpenReadAsync();
            var data = await BinaryData.FromStreamAsync(stream);
            """ + Snippets.SendData, "IMediaPicker.CaptureVideoAsync"),
        Case("MAUI static MediaPicker.CaptureVideoAsync + FullPath", "using Microsoft.Maui.Media;", """
            var video = await {|#1:MediaPicker.CaptureVideoAsync()|};
            byte[] bytes = File.ReadAllBytes(video!.FullPath);
            """ + Snippets.SendBytes, "MediaPicker.CaptureVideoAsync"),
        Case("MAUI static MediaPicker.CapturePhotoAsync + FullPath", "using Microsoft.Maui.Media;", """
            var photo = await {|#1:MediaPicker.CapturePhotoAsync()|};
            byte[] bytes = File.ReadAllBytes(photo!.FullPath);
            """ + Snippets.SendBytes, "MediaPicker.CapturePhotoAsync"),
        Case("CommunityToolkit CameraView.CaptureImage", "using CommunityToolkit.Maui.Views;", """
            var cameraView = new CameraView();
            using Stream stream = await {|#1:cameraView.CaptureImage(ct)|};
            var data = await BinaryData.FromStreamAsync(stream);
            """ + Snippets.SendData, "CameraView.CaptureImage"),
        Case("CommunityToolkit MediaCaptured event", "using CommunityToolkit.Maui.Views; using CommunityToolkit.Maui.Core;", """
            var cameraView = new CameraView();
            cameraView.MediaCaptured += async (sender, e) =>
            {
                var data = BinaryData.FromStream({|#1:e.Media|});
                await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(data, "image/jpeg")))|};
            };
            """, "MediaCapturedEventArgs.Media"),
    };

    [Theory]
    [MemberData(nameof(LiveSources))]
    public Task LiveFrame_ReachesAzureVision_ReportsLeai001AndLeai002(string name, string usings, string body, string sourceApi)
    {
        _ = name;
        return new FlowTest("police, body-cam", "US")
        {
            TestCode = Snippets.InMethod(usings, body),
            ExpectedDiagnostics =
            {
                Diag("LEAI001", sourceApi, Snippets.SinkName(body), "police, body-cam (US)", "").WithLocation(0).WithLocation(1),
                Diag("LEAI002", sourceApi, Snippets.SinkName(body), "police, body-cam (US)", "").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();
    }

    public static IEnumerable<object[]> RecordedSources() => new[]
    {
        Case("OpenCvSharp video file", Snippets.OpenCv, """
            using var capture = new VideoCapture("evidence/incident-0412.mp4");
            var frame = new Mat();
            {|#1:capture.Read(frame)|};
            byte[] bytes = frame.ToBytes(".jpg");
            """ + Snippets.SendBytes, "VideoCapture.Read"),
        Case("OpenCvSharp FromFile", Snippets.OpenCv, """
            using var capture = VideoCapture.FromFile("evidence/incident-0412.mp4");
            Mat frame = {|#1:capture.RetrieveMat()|};
            byte[] bytes = frame.ToBytes(".jpg");
            """ + Snippets.SendBytes, "VideoCapture.RetrieveMat"),
        Case("Emgu Read from a video file", "using Emgu.CV;", """
            using var capture = new VideoCapture("C:/evidence/dashcam-0412.avi");
            using var frame = new Mat();
            {|#1:capture.Read(frame)|};
            byte[] bytes = CvInvoke.Imencode(".jpg", frame);
            """ + Snippets.SendBytes, "VideoCapture.Read"),
        Case("Emgu video file", "using Emgu.CV;", """
            using var capture = new VideoCapture("C:/evidence/dashcam-0412.avi");
            using Mat frame = {|#1:capture.QueryFrame()|};
            byte[] bytes = CvInvoke.Imencode(".jpg", frame);
            """ + Snippets.SendBytes, "VideoCapture.QueryFrame"),
    };

    [Theory]
    [MemberData(nameof(RecordedSources))]
    public Task RecordedFootage_ReachesAzureVision_ReportsLeai001Only(string name, string usings, string body, string sourceApi)
    {
        _ = name;
        return new FlowTest("police, body-cam", "US")
        {
            TestCode = Snippets.InMethod(usings, body),
            ExpectedDiagnostics =
            {
                Diag("LEAI001", sourceApi, Snippets.SinkName(body), "police, body-cam (US)", "").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();
    }

    private static object[] Case(string name, string usings, string body, string sourceApi) => new object[] { name, usings, body, sourceApi };
}
