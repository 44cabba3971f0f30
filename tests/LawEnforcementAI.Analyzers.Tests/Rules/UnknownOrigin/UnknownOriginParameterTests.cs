using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.UnknownOrigin.UnknownOriginSources;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.UnknownOrigin;

/// <summary>
/// LEAI007 for an entry point's image parameter: a public method of a public type (or a member another assembly calls
/// through its interface) that nothing in the project calls. Its parameter reaches the request in the method, through a
/// private helper or through a field; a private helper's own parameter is followed to its callers instead.
/// </summary>
public class UnknownOriginParameterTests
{
    private const string UsUs = "police (US)";

    private static string Clauses(bool unitedStates = true, bool mobileContext = false) =>
        (unitedStates ? "clause A applies (no facial recognition by or for a US police department), and " : string.Empty)
        + (mobileContext
            ? "clause B applies to live frames (no real-time facial recognition on law-enforcement mobile cameras)"
            : "clause B applies to live frames of a phone or other mobile camera (no real-time facial recognition on law-enforcement mobile cameras)");

    [Theory]
    [InlineData("byte[]", "BinaryData.FromBytes(image)")]
    [InlineData("Stream", "BinaryData.FromStream(image)")]
    [InlineData("BinaryData", "image")]
    [InlineData("ReadOnlyMemory<byte>", "BinaryData.FromBytes(image)")]
    public Task PublicMethodParameter_ReportsLeai007(string type, string data) =>
        new FlowTest("police", "US")
        {
            TestCode = Class("    public async Task AnalyzeAsync(" + type + " {|#1:image|})\n    {\n        " + Send(data) + "\n    }"),
            ExpectedDiagnostics =
            {
                Diag("LEAI007", "parameter 'image' of public method 'UploadController.AnalyzeAsync'", "ChatClient.CompleteChatAsync", UsUs, "", Clauses())
                    .WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    [Fact]
    public Task PublicMethodStringPath_ReportsLeai007AtTheRead() =>
        new FlowTest("police", "US")
        {
            TestCode = Class("    public async Task AnalyzeAsync(string path)\n    {\n        var bytes = {|#1:File.ReadAllBytes(path)|};\n        " + Send("BinaryData.FromBytes(bytes)") + "\n    }"),
            ExpectedDiagnostics =
            {
                Diag("LEAI007", "file read by 'File.ReadAllBytes' from the path in parameter 'path' of public method 'UploadController.AnalyzeAsync'", "ChatClient.CompleteChatAsync", UsUs, "", Clauses())
                    .WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    [Fact]
    public Task PublicMethodParameter_ThroughAPrivateHelper_ReportsLeai007WithTheHop() =>
        new FlowTest("police", "US")
        {
            TestCode = Class(
                "    public async Task AnalyzeAsync(Stream {|#1:image|})\n    {\n        await {|#2:DescribeAsync(BinaryData.FromStream(image))|};\n    }\n\n"
                + "    private async Task DescribeAsync(BinaryData data)\n    {\n        " + Send("data") + "\n    }"),
            ExpectedDiagnostics =
            {
                Diag("LEAI007", "parameter 'image' of public method 'UploadController.AnalyzeAsync'", "ChatClient.CompleteChatAsync", UsUs, ", passed to 'UploadController.DescribeAsync',", Clauses())
                    .WithLocation(0).WithLocation(1).WithLocation(2),
            },
        }.RunAsync();

    [Fact]
    public Task PublicMethodParameter_ThroughAField_ReportsLeai007() =>
        new FlowTest("police", "US")
        {
            TestCode = Class(
                "    private byte[]? _pending;\n\n    public void Accept(byte[] {|#1:image|})\n    {\n        {|#2:_pending|} = image;\n    }\n\n"
                + "    private async Task FlushAsync()\n    {\n        " + Send("BinaryData.FromBytes(_pending!)") + "\n    }"),
            ExpectedDiagnostics = { Diag("LEAI007").WithLocation(0).WithLocation(1).WithLocation(2) },
        }.RunAsync();

    [Fact]
    public Task InternalClassImplementingALibraryInterface_ReportsLeai007() =>
        new FlowTest("police", "US")
        {
            TestCode = Class(
                "    public void OnCompleted() { }\n    public void OnError(Exception error) { }\n    public async void OnNext(byte[] {|#1:value|})\n    {\n        " + Send("BinaryData.FromBytes(value)") + "\n    }",
                name: "FrameObserver : IObserver<byte[]>",
                modifiers: "internal sealed"),
            ExpectedDiagnostics =
            {
                Diag("LEAI007", "parameter 'value' of method 'FrameObserver.OnNext', which implements or overrides a member of another assembly", "ChatClient.CompleteChatAsync", UsUs, "", Clauses())
                    .WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    [Theory]
    [InlineData("body-cam", "GB", "body-cam (GB)", false, true)]
    [InlineData("dash-cam", null, "dash-cam (jurisdiction unset)", false, true)]
    [InlineData("law-enforcement", "DE", "law-enforcement (DE)", false, false)]
    [InlineData("police, body-cam", "US", "police, body-cam (US)", true, true)]
    public Task EveryLawEnforcementContext_AnyJurisdiction_ReportsLeai007WithItsClauses(string context, string? jurisdiction, string described, bool clauseA, bool mobile) =>
        new FlowTest(context, jurisdiction)
        {
            TestCode = Class("    public async Task AnalyzeAsync(byte[] {|#1:image|})\n    {\n        " + Send("BinaryData.FromBytes(image)") + "\n    }"),
            ExpectedDiagnostics =
            {
                Diag("LEAI007", "parameter 'image' of public method 'UploadController.AnalyzeAsync'", "ChatClient.CompleteChatAsync", described, "", Clauses(clauseA, mobile))
                    .WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    [Fact]
    public Task PrivateHelperCalledByAnUploadEndpoint_ReportsLeai007AtTheSendingCall() =>
        new FlowTest("police", "US", uploadsAndBlobs: true)
        {
            TestCode = Class(
                "    public async Task UploadAsync(IFormFile file)\n    {\n        using var stream = {|#1:file.OpenReadStream()|};\n        await {|#2:DescribeAsync(stream)|};\n    }\n\n"
                + "    private async Task DescribeAsync(Stream image)\n    {\n        " + Send("BinaryData.FromStream(image)") + "\n    }",
                "using Microsoft.AspNetCore.Http;\n"),
            ExpectedDiagnostics =
            {
                Diag("LEAI007", "upload 'IFormFile.OpenReadStream'", "ChatClient.CompleteChatAsync", UsUs, ", passed to 'UploadController.DescribeAsync',", Clauses())
                    .WithLocation(0).WithLocation(1).WithLocation(2),
            },
        }.RunAsync();

    // Close negatives.

    [Fact]
    public Task SamePublicMethod_InAnUnattributedProject_IsSilent() =>
        new FlowTest(null, null)
        {
            TestCode = Class("    public async Task AnalyzeAsync(byte[] image)\n    {\n        " + Send("BinaryData.FromBytes(image)") + "\n    }").WithoutMarkup(),
        }.RunAsync();

    [Fact]
    public Task PrivateMethodParameter_IsSilent() =>
        new FlowTest("police", "US")
        {
            TestCode = Class("    private async Task AnalyzeAsync(byte[] image)\n    {\n        " + Send("BinaryData.FromBytes(image)") + "\n    }").WithoutMarkup(),
        }.RunAsync();

    [Fact]
    public Task PrivateHelperCalledOnlyWithAStaticAsset_IsSilent() =>
        new FlowTest("police", "US")
        {
            TestCode = Class(
                "    public async Task DescribeLogoAsync()\n    {\n        await SendAsync(File.ReadAllBytes(\"assets/logo.png\"));\n    }\n\n"
                + "    private async Task SendAsync(byte[] image)\n    {\n        " + Send("BinaryData.FromBytes(image)") + "\n    }").WithoutMarkup(),
        }.RunAsync();

    [Fact]
    public Task PublicMethodTheProjectCalls_IsDecidedByItsCallers() =>
        new FlowTest("police", "US")
        {
            TestCode = Class(
                "    public async Task SendAsync(byte[] image)\n    {\n        " + Send("BinaryData.FromBytes(image)") + "\n    }")
                .WithoutMarkup()
                + "\npublic class Branding\n{\n    public Task RunAsync(UploadController sender) => sender.SendAsync(File.ReadAllBytes(\"assets/logo.png\"));\n}\n",
        }.RunAsync();

    [Fact]
    public Task TextOnlyRequest_FromAPublicMethod_IsSilent() =>
        new FlowTest("police", "US")
        {
            TestCode = Class("    public async Task AskAsync(string question, byte[] attachment)\n    {\n        File.WriteAllBytes(\"attachment.bin\", attachment);\n        await _chat.CompleteChatAsync(new UserChatMessage(question));\n    }"),
        }.RunAsync();

    [Fact]
    public Task ClientOnApiOpenAIDotCom_IsSilent() =>
        new FlowTest("police", "US")
        {
            TestCode = Class("    public async Task AnalyzeAsync(byte[] image)\n    {\n        var openAI = new OpenAIClient(new ApiKeyCredential(\"sk-key\")).GetChatClient(\"gpt-4o\");\n        " + Send("BinaryData.FromBytes(image)", "openAI") + "\n    }").WithoutMarkup(),
        }.RunAsync();

    [Fact]
    public Task StringParameter_SentAsText_IsSilent() =>
        new FlowTest("police", "US")
        {
            TestCode = Class("    public async Task DescribeLogoAsync(string prompt)\n    {\n        await _chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateTextPart(prompt), ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(File.ReadAllBytes(\"assets/logo.png\")), \"image/png\")));\n    }"),
        }.RunAsync();
}
