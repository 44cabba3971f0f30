using System.Collections.Generic;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>Shapes a frame takes inside one member body, with the lambdas and local functions declared in it.</summary>
public class InMethodFlowTests
{
    public static IEnumerable<object[]> Flows() => new[]
    {
        Case("handler stores the latest frame in a field, a timer lambda sends it", """
            var device = new VideoCapture(0);
            var frame = new Mat();
            Action grab = () => { {|#1:device.Read(frame)|}; _latest = frame.ToBytes(".jpg"); };
            var timer = new Timer(async _ =>
            {
                var bytes = _latest;
                await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes!), "image/jpeg")))|};
            }, null, 0, 1000);
            """, "private byte[]? _latest;"),
        Case("frames collected in a loop, sent in a foreach", """
            using var capture = new VideoCapture(0);
            var frames = new List<byte[]>();
            for (var i = 0; i < 3; i++)
            {
                var frame = new Mat();
                {|#1:capture.Read(frame)|};
                frames.Add(frame.ToBytes(".jpg"));
            }

            foreach (var bytes in frames)
            {
                {|#0:chat.CompleteChat(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg")))|};
            }
            """, ""),
        Case("parts array filled by index", """
            using var capture = new VideoCapture(0);
            var frame = new Mat();
            {|#1:capture.Read(frame)|};
            var parts = new ChatMessageContentPart[2];
            parts[0] = ChatMessageContentPart.CreateTextPart("Describe.");
            parts[1] = ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(frame.ToBytes(".jpg")), "image/jpeg");
            await {|#0:chat.CompleteChatAsync(new UserChatMessage(parts))|};
            """, ""),
        Case("switch expression and conditional access", """
            using var capture = new VideoCapture(0);
            Mat? frame = new Mat();
            {|#1:capture.Read(frame)|};
            var quality = 2;
            var bytes = quality switch { 1 => frame?.ToBytes(".png"), _ => frame?.ToBytes(".jpg") } ?? Array.Empty<byte>();
            """ + Snippets.SendBytes, ""),
        Case("sink in a Task.Run lambda, source outside", """
            using var capture = new VideoCapture(0);
            var frame = new Mat();
            {|#1:capture.Read(frame)|};
            var data = BinaryData.FromBytes(frame.ToBytes(".jpg"));
            await Task.Run(async () => await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(data, "image/jpeg")))|});
            """, ""),
        Case("boxing and casting back", """
            using var capture = new VideoCapture(0);
            var frame = new Mat();
            {|#1:capture.Read(frame)|};
            object boxed = frame.ToBytes(".jpg");
            var bytes = (byte[])boxed;
            """ + Snippets.SendBytes, ""),
        Case("local function encodes, awaited helper task", """
            using var capture = new VideoCapture(0);
            async Task<BinaryData> EncodeAsync(Mat image)
            {
                await Task.Yield();
                return BinaryData.FromBytes(image.ToBytes(".jpg"));
            }

            var frame = new Mat();
            {|#1:capture.Read(frame)|};
            var data = await EncodeAsync(frame);
            """ + Snippets.SendData, ""),
        Case("Cv2.Resize into a second Mat before encoding", """
            using var capture = new VideoCapture(0);
            var frame = new Mat();
            var small = new Mat();
            {|#1:capture.Read(frame)|};
            Cv2.Resize(frame, small, new Size(640, 360));
            var bytes = small.ToBytes(".jpg");
            """ + Snippets.SendBytes, ""),
    };

    [Theory]
    [MemberData(nameof(Flows))]
    public Task FrameFollowedWithinTheMember(string name, string body, string members)
    {
        _ = name;
        return new FlowTest("police", "US")
        {
            TestCode = Snippets.InMethod(Snippets.OpenCv, body, members),
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();
    }

    [Fact]
    public Task TwoSources_OneWarningPerSendingCall_WithBothLocations() =>
        new FlowTest("police", "US")
        {
            TestCode = Snippets.InMethod(Snippets.OpenCv, """
            using var front = new VideoCapture(0);
            using var rear = new VideoCapture(1);
            var a = new Mat();
            var b = new Mat();
            {|#1:front.Read(a)|};
            {|#2:rear.Read(b)|};
            await {|#0:chat.CompleteChatAsync(new UserChatMessage(
                ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(a.ToBytes(".jpg")), "image/jpeg"),
                ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(b.ToBytes(".jpg")), "image/jpeg")))|};
            """),
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2) },
        }.RunAsync();

    private static object[] Case(string name, string body, string members) => new object[] { name, body, members };
}
