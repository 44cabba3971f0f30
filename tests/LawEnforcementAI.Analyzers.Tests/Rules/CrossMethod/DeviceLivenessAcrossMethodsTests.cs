using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod.PipelineCase;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>
/// Liveness across methods: a device opened in one method and read in another is live or recorded as that opening
/// says (LEAI002 only for a camera).
/// </summary>
public class DeviceLivenessAcrossMethodsTests
{
    private static string DeviceInField(string open) => Usings + $$"""
        public class BodyCam
        {
            private VideoCapture? _capture;
            public void Open() { _capture = new VideoCapture({{open}}); }
            public byte[] Next() { var frame = new Mat(); {|#1:_capture!.Read(frame)|}; return frame.ToBytes(".jpg"); }
        }

        public class Uploader
        {
            public async Task RunAsync(BodyCam camera)
            {
                var chat = {{AzureChat}};
                var bytes = {|#2:camera.Next()|};
                await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg")))|};
            }
        }
        """;

    [Fact]
    public Task DeviceOpenedElsewhereOnAFile_IsRecorded_NoLeai002() =>
        new FlowTest("police, body-cam", "US")
        {
            TestCode = DeviceInField("\"evidence/clip.mp4\""),
            ExpectedDiagnostics =
            {
                Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2),
            },
        }.RunAsync();

    [Fact]
    public Task DeviceOpenedElsewhereOnACamera_IsLive_Leai002() =>
        new FlowTest("police, body-cam", "US")
        {
            TestCode = DeviceInField("0"),
            ExpectedDiagnostics =
            {
                Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2),
                Diag("LEAI002").WithLocation(0).WithLocation(1).WithLocation(2),
            },
        }.RunAsync();
}
