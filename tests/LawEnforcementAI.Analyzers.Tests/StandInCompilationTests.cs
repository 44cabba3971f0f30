using System.Linq;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.StandInTests;

namespace LawEnforcementAI.Analyzers.Tests;

/// <summary>
/// Realistic code against the stand-ins: camera-to-model code compiles against the default and the legacy Azure OpenAI
/// references, and overloads that look ambiguous bind as in the real libraries.
/// </summary>
public class StandInCompilationTests
{
    [Fact]
    public void Realistic_camera_to_azure_openai_code_compiles_against_default()
    {
        const string source = """
            using System;
            using System.ClientModel;
            using System.Collections.Generic;
            using System.Drawing.Imaging;
            using System.IO;
            using System.Linq;
            using System.Threading.Tasks;
            using AForge.Video;
            using AForge.Video.DirectShow;
            using Azure.AI.OpenAI;
            using CommunityToolkit.Maui.Views;
            using Emgu.CV;
            using FlashCap;
            using Microsoft.Maui.Media;
            using OpenAI.Chat;
            using OpenCvSharp;
            using OpenCvSharp.Extensions;

            public sealed class Samples
            {
                private readonly ChatClient _chat = new AzureOpenAIClient(
                        new Uri("https://x.openai.azure.com"), new ApiKeyCredential("k"))
                    .GetChatClient("gpt-4o");

                public async Task<string> OpenCvAsync()
                {
                    using var capture = new OpenCvSharp.VideoCapture(0);
                    using var mat = new OpenCvSharp.Mat();
                    capture.Read(mat);
                    Cv2.ImEncode(".jpg", mat, out byte[] encoded);
                    using var bitmap = mat.ToBitmap();

                    var parts = new List<ChatMessageContentPart>
                    {
                        ChatMessageContentPart.CreateTextPart("Describe the scene."),
                        ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(mat.ToBytes(".jpg")), "image/jpeg"),
                        ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(encoded), "image/jpeg", ChatImageDetailLevel.Low),
                    };
                    ChatCompletion completion = await _chat.CompleteChatAsync(new UserChatMessage(parts));
                    return completion.Content[0].Text;
                }

                public byte[] EmguCapture()
                {
                    using var capture = new Emgu.CV.VideoCapture(0, Emgu.CV.VideoCapture.API.DShow);
                    using var frame = capture.QueryFrame();
                    using var bitmap = frame.ToBitmap();
                    return CvInvoke.Imencode(".jpg", frame);
                }

                public async Task FlashCapAsync()
                {
                    var descriptor = new CaptureDevices().EnumerateDescriptors().First();
                    var characteristics = descriptor.Characteristics[0];

                    using var device = await descriptor.OpenAsync(characteristics, scope =>
                    {
                        byte[] image = scope.Buffer.CopyImage();
                        _ = image.Length;
                    });
                    using var asyncDevice = await descriptor.OpenAsync(characteristics, async scope =>
                    {
                        await _chat.CompleteChatAsync(new UserChatMessage(
                            ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(scope.Buffer.ExtractImage()), "image/bmp")));
                    });
                    await device.StartAsync();
                    byte[] shot = await descriptor.TakeOneShotAsync(characteristics);
                    _ = shot;
                }

                public void AForgeCapture()
                {
                    var devices = new FilterInfoCollection(FilterCategory.VideoInputDevice);
                    var device = new VideoCaptureDevice(devices[0].MonikerString);
                    device.NewFrame += (sender, eventArgs) =>
                    {
                        using var stream = new MemoryStream();
                        eventArgs.Frame.Save(stream, ImageFormat.Jpeg);
                        _chat.CompleteChat(new UserChatMessage(
                            ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(stream.ToArray()), "image/jpeg")));
                    };
                    device.Start();
                }

                public async Task MauiAsync(CameraView cameraView)
                {
                    var photo = await MediaPicker.Default.CapturePhotoAsync();
                    if (photo is null)
                    {
                        return;
                    }

                    await using var stream = await photo.OpenReadAsync();
                    await using var captured = await cameraView.CaptureImage(default);
                    cameraView.MediaCaptured += (_, e) => _ = e.Media.Length;
                    await _chat.CompleteChatAsync(new UserChatMessage(
                        ChatMessageContentPart.CreateImagePart(await BinaryData.FromStreamAsync(stream), photo.ContentType)));
                }
            }
            """;

        var compilation = Compile(StandInReferences.Default, source);

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Overloads_that_look_ambiguous_bind_as_in_the_real_libraries()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Threading.Tasks;
            using Emgu.CV.Structure;
            using FlashCap;

            public static class Overloads
            {
                public static void OpenCv(OpenCvSharp.VideoCapture capture, OpenCvSharp.Mat mat)
                {
                    capture.Retrieve(mat);
                    capture.Read(mat);
                    byte[] a = mat.ToBytes();
                    byte[] b = mat.ImEncode();
                    byte[] c = mat.ImEncode(".jpg", new OpenCvSharp.ImageEncodingParam(OpenCvSharp.ImwriteFlags.JpegQuality, 80));
                    bool ok = OpenCvSharp.Cv2.ImEncode(".jpg", mat, out var d);
                    OpenCvSharp.Cv2.ImWrite("frame.jpg", mat);
                    using MemoryStream stream = mat.ToMemoryStream(".jpg");
                    mat.WriteToStream(stream);
                    var small = new OpenCvSharp.Mat();
                    OpenCvSharp.Cv2.Resize(mat, small, new OpenCvSharp.Size(640, 480));
                    OpenCvSharp.Cv2.CvtColor(small, small, OpenCvSharp.ColorConversionCodes.BGR2RGB);
                    _ = (a, b, c, d, ok);
                }

                public static void EmguCv(Emgu.CV.VideoCapture capture)
                {
                    var mat = new Emgu.CV.Mat();
                    capture.Read(mat);
                    capture.Retrieve(mat);
                    capture.ImageGrabbed += (sender, e) => capture.Retrieve(mat);
                    var buffer = new Emgu.CV.Util.VectorOfByte();
                    bool ok = Emgu.CV.CvInvoke.Imencode(".jpg", mat, buffer);
                    byte[] jpeg = mat.ToImage<Bgr, byte>().ToJpegData(90);
                    byte[] raw = mat.GetRawData();
                    _ = (ok, jpeg, raw, buffer.ToArray(), new Emgu.CV.VideoCapture());
                }

                public static async Task FlashCapAsync(CaptureDeviceDescriptor descriptor)
                {
                    var characteristics = descriptor.Characteristics[0];
                    using var a = await descriptor.OpenAsync(characteristics, TranscodeFormats.Auto, scope => scope.ReleaseNow());
                    using var b = await descriptor.OpenAsync(characteristics, scope => HandleAsync(scope));
                    using var c = await descriptor.OpenAsync(characteristics, HandleAsync);
                    using var d = await descriptor.OpenAsync(characteristics, TranscodeFormats.DoNotTranscode, true, 4, async scope => await HandleAsync(scope));
                    await a.StopAsync();
                }

                public static void AccordAndAForge()
                {
                    var devices = new Accord.Video.DirectShow.FilterInfoCollection(Accord.Video.DirectShow.FilterCategory.VideoInputDevice);
                    Accord.Video.IVideoSource source = new Accord.Video.DirectShow.VideoCaptureDevice(devices[0].MonikerString);
                    source.NewFrame += (sender, eventArgs) => eventArgs.Frame.Save("frame.jpg");
                    var ip = new AForge.Video.MJPEGStream("http://camera/video.mjpg");
                    ip.NewFrame += OnFrame;
                    ip.Start();
                }

                private static void OnFrame(object sender, AForge.Video.NewFrameEventArgs eventArgs) => _ = eventArgs.Frame.Width;

                private static Task HandleAsync(PixelBufferScope scope) => Task.FromResult(scope.Buffer.ReferImage());
            }
            """;

        var compilation = Compile(StandInReferences.Default, source);

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var tree = compilation.SyntaxTrees[0];
        var model = compilation.GetSemanticModel(tree);
        var openAsyncDelegates = tree.GetRoot().DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>()
            .Select(i => model.GetSymbolInfo(i).Symbol as IMethodSymbol)
            .Where(m => m?.Name == "OpenAsync")
            .Select(m => m!.Parameters.Single(p => p.Name == "pixelBufferArrived").Type.Name)
            .ToList();
        Assert.Equal(
            ["PixelBufferArrivedDelegate", "PixelBufferArrivedTaskDelegate", "PixelBufferArrivedTaskDelegate", "PixelBufferArrivedTaskDelegate"],
            openAsyncDelegates);
    }

    [Fact]
    public void Realistic_legacy_azure_openai_code_compiles()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using Azure;
            using Azure.AI.OpenAI;
            using OpenCvSharp;

            public static class Legacy
            {
                public static async Task<string> DescribeAsync(OpenCvSharp.VideoCapture capture)
                {
                    using var frame = capture.RetrieveMat();
                    var client = new OpenAIClient(new Uri("https://x.openai.azure.com"), new AzureKeyCredential("k"));
                    var options = new ChatCompletionsOptions("gpt-4-vision", new ChatRequestMessage[]
                    {
                        new ChatRequestSystemMessage("You describe images."),
                        new ChatRequestUserMessage(
                            new ChatMessageTextContentItem("What is in this frame?"),
                            new ChatMessageImageContentItem(BinaryData.FromBytes(frame.ImEncode(".jpg")), "image/jpeg", ChatMessageImageDetailLevel.High)),
                    })
                    {
                        MaxTokens = 300,
                    };
                    Response<ChatCompletions> response = await client.GetChatCompletionsAsync(options);
                    await foreach (var update in client.GetChatCompletionsStreaming(options))
                    {
                        _ = update.ContentUpdate;
                    }

                    return response.Value.Choices[0].Message.Content;
                }
            }
            """;

        var compilation = Compile(StandInReferences.WithLegacyAzureOpenAI, source);

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
