using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests;

public class StubTests
{
    public static TheoryData<string> StubNames => new(StubReferences.StubNames);

    [Theory]
    [MemberData(nameof(StubNames))]
    public void Stub_compiles_under_its_real_assembly_name(string stubName)
    {
        var reference = Assert.IsAssignableFrom<PortableExecutableReference>(StubReferences.Get(stubName));
        var assembly = Assert.IsType<AssemblyMetadata>(reference.GetMetadata()).GetModules()[0].Name;

        var expected = stubName == StubReferences.LegacyAzureOpenAI ? "Azure.AI.OpenAI" : stubName;
        Assert.Equal(expected + ".dll", assembly);
    }

    [Fact]
    public void Unknown_stub_name_is_rejected()
    {
        Assert.Throws<System.ArgumentException>(() => StubReferences.Get("No.Such.Stub"));
    }

    [Theory]
    [InlineData("OpenCvSharp.VideoCapture", "OpenCvSharp")]
    [InlineData("OpenCvSharp.Mat", "OpenCvSharp")]
    [InlineData("OpenCvSharp.Cv2", "OpenCvSharp")]
    [InlineData("OpenCvSharp.Extensions.BitmapConverter", "OpenCvSharp.Extensions")]
    [InlineData("Emgu.CV.VideoCapture", "Emgu.CV")]
    [InlineData("Emgu.CV.VideoCapture+API", "Emgu.CV")]
    [InlineData("Emgu.CV.CvInvoke", "Emgu.CV")]
    [InlineData("Emgu.CV.Image`2", "Emgu.CV")]
    [InlineData("Emgu.CV.Util.VectorOfByte", "Emgu.CV")]
    [InlineData("Emgu.CV.BitmapExtension", "Emgu.CV.Bitmap")]
    [InlineData("AForge.Video.NewFrameEventArgs", "AForge.Video")]
    [InlineData("AForge.Video.DirectShow.VideoCaptureDevice", "AForge.Video.DirectShow")]
    [InlineData("Accord.Video.NewFrameEventArgs", "Accord.Video")]
    [InlineData("Accord.Video.DirectShow.FilterInfoCollection", "Accord.Video.DirectShow")]
    [InlineData("FlashCap.PixelBufferExtension", "FlashCap.Core")]
    [InlineData("FlashCap.CaptureDeviceDescriptorExtension", "FlashCap.Core")]
    [InlineData("Microsoft.Maui.Media.MediaPicker", "Microsoft.Maui.Essentials")]
    [InlineData("Microsoft.Maui.Storage.FileResult", "Microsoft.Maui.Essentials")]
    [InlineData("CommunityToolkit.Maui.Views.CameraView", "CommunityToolkit.Maui.Camera")]
    [InlineData("CommunityToolkit.Maui.Core.MediaCapturedEventArgs", "CommunityToolkit.Maui.Camera")]
    [InlineData("Azure.AI.OpenAI.AzureOpenAIClient", "Azure.AI.OpenAI")]
    [InlineData("OpenAI.Chat.ChatClient", "OpenAI")]
    [InlineData("OpenAI.Chat.ChatMessageContentPart", "OpenAI")]
    [InlineData("System.ClientModel.ApiKeyCredential", "System.ClientModel")]
    [InlineData("System.BinaryData", "System.Memory.Data")]
    [InlineData("Azure.Core.TokenCredential", "Azure.Core")]
    [InlineData("System.Drawing.Bitmap", "System.Drawing.Common")]
    public void Default_references_resolve_key_types(string metadataName, string assemblyName)
    {
        var type = Compile(StubReferences.Default).GetTypeByMetadataName(metadataName);

        Assert.NotNull(type);
        Assert.Equal(assemblyName, type.ContainingAssembly.Name);
    }

    [Theory]
    [InlineData("Azure.AI.OpenAI.OpenAIClient")]
    [InlineData("Azure.AI.OpenAI.ChatMessageImageContentItem")]
    [InlineData("Azure.AI.OpenAI.ChatRequestUserMessage")]
    [InlineData("Azure.AI.OpenAI.StreamingResponse`1")]
    public void Legacy_references_resolve_beta_17_types(string metadataName)
    {
        var compilation = Compile(StubReferences.WithLegacyAzureOpenAI);

        var type = compilation.GetTypeByMetadataName(metadataName);
        Assert.NotNull(type);
        Assert.Equal("Azure.AI.OpenAI", type.ContainingAssembly.Name);
        Assert.Null(compilation.GetTypeByMetadataName("Azure.AI.OpenAI.AzureOpenAIClient"));
    }

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

        var compilation = Compile(StubReferences.Default, source);

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
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

        var compilation = Compile(StubReferences.WithLegacyAzureOpenAI, source);

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static CSharpCompilation Compile(ImmutableArray<MetadataReference> references, string? source = null) =>
        CSharpCompilation.Create(
            "StubConsumer",
            source is null ? [] : [CSharpSyntaxTree.ParseText(source, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest))],
            PlatformReferences.All.AddRange(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
}
