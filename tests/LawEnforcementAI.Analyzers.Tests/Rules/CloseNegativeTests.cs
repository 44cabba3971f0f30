using System.Collections.Generic;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>
/// Code that looks like a camera-to-vision flow but is not one. Each would warn if the analyzer followed values it
/// should not (a camera in the method is not enough; the frame itself has to reach the request).
/// </summary>
public class CloseNegativeTests
{
    public static IEnumerable<object[]> Cases() => new[]
    {
        Case("static image from disk while a camera is open", Snippets.OpenCv, """
            using var capture = new VideoCapture(0);
            var frame = new Mat();
            capture.Read(frame);
            byte[] bytes = File.ReadAllBytes("assets/station-logo.png");
            """ + Snippets.SendBytes),
        Case("frame only saved to disk, a different image sent", Snippets.OpenCv, """
            using var capture = new VideoCapture(0);
            var frame = new Mat();
            capture.Read(frame);
            Cv2.ImWrite("captures/latest.jpg", frame);
            byte[] bytes = File.ReadAllBytes("assets/map.png");
            """ + Snippets.SendBytes),
        Case("frame metadata in a text-only prompt", Snippets.OpenCv, """
            using var capture = new VideoCapture(0);
            var frame = new Mat();
            capture.Read(frame);
            var prompt = $"A frame of {frame.Width}x{frame.Height} pixels was captured; summarise the shift log.";
            await chat.CompleteChatAsync(new UserChatMessage(prompt));
            """),
        Case("frame metadata in a text part next to a static image", Snippets.OpenCv, """
            using var capture = new VideoCapture(0);
            var frame = new Mat();
            capture.Read(frame);
            var logo = BinaryData.FromBytes(File.ReadAllBytes("assets/logo.png"));
            await chat.CompleteChatAsync(new UserChatMessage(
                ChatMessageContentPart.CreateTextPart($"Camera resolution {frame.Width}x{frame.Height}"),
                ChatMessageContentPart.CreateImagePart(logo, "image/png")));
            """),
        Case("camera used for motion detection while a map is sent", Snippets.OpenCv, """
            using var capture = new VideoCapture(0);
            var previous = new Mat();
            var current = new Mat();
            capture.Read(previous);
            capture.Read(current);
            bool motion = current.Width != previous.Width || current.Empty();
            if (motion)
            {
                var data = BinaryData.FromBytes(File.ReadAllBytes("assets/floorplan.png"));
                await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(data, "image/png")));
            }
            """),
        Case("image URL from configuration, not a camera", Snippets.OpenCv, """
            using var capture = new VideoCapture(0);
            var frame = new Mat();
            capture.Read(frame);
            var uri = new Uri("https://contoso.blob.core.windows.net/public/poster.jpg");
            await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(uri)));
            """),
        Case("a FlashCap frame written to a file only", "using FlashCap;", """
            var descriptor = new CaptureDevices().GetDescriptors()[0];
            await descriptor.OpenAsync(descriptor.Characteristics[0], scope =>
            {
                File.WriteAllBytes("captures/latest.jpg", scope.Buffer.CopyImage());
            });
            await chat.CompleteChatAsync(new UserChatMessage("Summarise today's incidents."));
            """),
        Case("a MAUI photo's file name in a text prompt", "using Microsoft.Maui.Media;", """
            var photo = await MediaPicker.Default.CapturePhotoAsync();
            int length = photo!.FileName.Length;
            await chat.CompleteChatAsync(new UserChatMessage($"Name has {length} characters."));
            """),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task NoDiagnostic(string name, string usings, string body)
    {
        _ = name;
        // No ExpectedDiagnostics: the library fails the test on any LEAI diagnostic (and on any compiler error).
        return new FlowTest("police, body-cam", "US") { TestCode = Snippets.InMethod(usings, body) }.RunAsync();
    }

    /// <summary>A camera frame sent to OpenAI's own service (not Azure) is none of Microsoft's rules': OpenAI's clause (LEAI010) reports it.</summary>
    [Fact]
    public Task FrameToOpenAIsOwnService_GetsOpenAIsClauseOnly() =>
        new FlowTest("police, body-cam", "US")
        {
            TestCode = Snippets.InMethod(Snippets.OpenCv, Snippets.OpenCvLiveFrame + """
                var openAiChat = new ChatClient("gpt-4o", "sk-key");
                await {|#0:openAiChat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg")))|};
                """),
            ExpectedDiagnostics = { ProviderTest.Leai010(ServiceProvider.OpenAI, context: "police, body-cam (US)").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    private static object[] Case(string name, string usings, string body) => new object[] { name, usings, body };
}
