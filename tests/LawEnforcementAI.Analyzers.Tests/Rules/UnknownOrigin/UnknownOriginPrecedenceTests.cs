using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.UnknownOrigin.UnknownOriginSources;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.UnknownOrigin;

/// <summary>
/// Camera frames before images of unknown origin: a request that carries a camera frame is decided by the camera rules
/// (LEAI001/LEAI002, also across the program) and never also gets LEAI007, whatever the jurisdiction. An
/// entry point the project itself calls is decided by its callers.
/// </summary>
public class UnknownOriginPrecedenceTests
{
    private const string OpenCv = "using OpenCvSharp;\nusing Microsoft.AspNetCore.Http;\n";

    private const string CameraAndUpload =
        "    public async Task DescribeAsync(IFormFile overlay)\n    {\n"
        + "        using var capture = new VideoCapture(0);\n        using var frame = new Mat();\n        {|#1:capture.Read(frame)|};\n"
        + "        using var upload = overlay.OpenReadStream();\n"
        + "        await {|#0:_chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(frame.ToBytes(\".jpg\")), \"image/jpeg\"), ChatMessageContentPart.CreateImagePart(BinaryData.FromStream(upload), \"image/png\")))|};\n"
        + "    }";

    [Fact]
    public Task CameraFrameAndUpload_InOneRequest_GetLeai001Only() =>
        new FlowTest("police", "US", uploadsAndBlobs: true)
        {
            TestCode = Class(CameraAndUpload, OpenCv),
            ExpectedDiagnostics = { Diag("LEAI001", "VideoCapture.Read", "ChatClient.CompleteChatAsync", "police (US)", "").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task CameraFrameAndUpload_InABodyCamProject_GetLeai002Only() =>
        new FlowTest("body-cam", "GB", uploadsAndBlobs: true)
        {
            TestCode = Class(CameraAndUpload, OpenCv),
            ExpectedDiagnostics = { Diag("LEAI002").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task CameraFrameAndUpload_WhereNoCameraRuleApplies_GetNothing() =>
        new FlowTest("police", "GB", uploadsAndBlobs: true)
        {
            TestCode = Class(CameraAndUpload, OpenCv).WithoutMarkup(),
        }.RunAsync();

    [Theory]
    [InlineData("public")]
    [InlineData("private")]
    public Task EntryPointCalledInItsTypeWithACameraFrame_GetsLeai001(string access) =>
        new FlowTest("police", "US")
        {
            TestCode = Class(
                "    " + access + " async Task SendAsync(byte[] image)\n    {\n        " + Send("BinaryData.FromBytes(image)") + "\n    }\n\n"
                + "    public async Task CaptureAsync()\n    {\n        using var capture = new VideoCapture(0);\n        using var frame = new Mat();\n        {|#1:capture.Read(frame)|};\n        await {|#2:SendAsync(frame.ToBytes(\".jpg\"))|};\n    }",
                "using OpenCvSharp;\n"),
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2) },
        }.RunAsync();

    [Fact]
    public Task EntryPointCalledFromAnotherTypeWithACameraFrame_GetsLeai001Only() =>
        new FlowTest("police", "US")
        {
            TestCode = Class("    public async Task SendAsync(byte[] image)\n    {\n        " + Send("BinaryData.FromBytes(image)") + "\n    }", "using OpenCvSharp;\n")
                + "\npublic class Patrol\n{\n    public async Task CaptureAsync(UploadController sender)\n    {\n        using var capture = new VideoCapture(0);\n        using var frame = new Mat();\n        {|#1:capture.Read(frame)|};\n        await {|#2:sender.SendAsync(frame.ToBytes(\".jpg\"))|};\n    }\n}\n",
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2) },
        }.RunAsync();

    /// <summary>An upload read by a controller and sent by a service of another class: decided with the controller, live.</summary>
    [Fact]
    public Task UploadSentByAServiceInAnotherType_GetsLeai007() =>
        new FlowTest("police", "US", uploadsAndBlobs: true)
        {
            TestCode = Class("    public async Task SendAsync(byte[] image)\n    {\n        " + Send("BinaryData.FromBytes(image)") + "\n    }", "using Microsoft.AspNetCore.Http;\n", name: "VisionService")
                + "\npublic class UploadController\n{\n    public async Task PostAsync(IFormFile photo, VisionService vision)\n    {\n        using var buffer = new System.IO.MemoryStream();\n        await {|#1:photo.CopyToAsync(buffer)|};\n        await {|#2:vision.SendAsync(buffer.ToArray())|};\n    }\n}\n",
            ExpectedDiagnostics = { Diag("LEAI007").WithLocation(0).WithLocation(1).WithLocation(2) },
        }.RunAsync();
}
