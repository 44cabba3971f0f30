using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.UnknownOrigin.UnknownOriginSources;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.UnknownOrigin;

/// <summary>
/// LEAI007 beyond the OpenAI chat client: other entry points (a constructor, a protected override), a configured path,
/// another SDK, and a project with a vision SDK but no camera library, which the compilation-start gate lets in.
/// </summary>
public class UnknownOriginRouteTests
{
    private const string Service = """
        using System;
        using System.ClientModel;
        using System.Threading.Tasks;
        using Azure.AI.OpenAI;
        using OpenAI.Chat;

        public class FormReader
        {
            private readonly ChatClient _chat = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential("key")).GetChatClient("gpt-4o");

            public Task ReadAsync(byte[] scan) =>
                _chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(scan), "image/png")));
        }
        """;

    [Fact]
    public Task PublicConstructorParameter_StoredAndSent_ReportsLeai007() =>
        new FlowTest("police", "US")
        {
            TestCode = Class(
                "    private readonly byte[] _scan;\n\n    public UploadController(byte[] {|#1:scan|})\n    {\n        {|#2:_scan|} = scan;\n    }\n\n"
                + "    private async Task SendAsync()\n    {\n        " + Send("BinaryData.FromBytes(_scan)") + "\n    }"),
            ExpectedDiagnostics =
            {
                Diag("LEAI007").WithLocation(0).WithLocation(1).WithLocation(2)
                    .WithMessage(null),
            },
        }.RunAsync();

    [Fact]
    public Task ProtectedMethodParameter_ReportsLeai007() =>
        new FlowTest("law-enforcement", "US")
        {
            TestCode = Class("    protected async Task AnalyzeAsync(BinaryData {|#1:image|})\n    {\n        " + Send("image") + "\n    }"),
            ExpectedDiagnostics = { Diag("LEAI007").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task FileReadFromConfiguration_ReportsLeai007() =>
        new FlowTest("police", "US")
        {
            TestCode = Class(
                "    private readonly Microsoft.Extensions.Configuration.IConfiguration _configuration;\n\n"
                + "    public UploadController(Microsoft.Extensions.Configuration.IConfiguration configuration) => _configuration = configuration;\n\n"
                + "    public async Task DescribeAsync()\n    {\n        var bytes = {|#1:File.ReadAllBytes(_configuration[\"Evidence:Photo\"]!)|};\n        " + Send("BinaryData.FromBytes(bytes)") + "\n    }"),
            ExpectedDiagnostics =
            {
                Diag("LEAI007", "file read by 'File.ReadAllBytes' from a path in configuration", "ChatClient.CompleteChatAsync", "police (US)", "",
                    "clause A applies (no facial recognition by or for a US police department), and clause B applies to live frames of a phone or other mobile camera (no real-time facial recognition on law-enforcement mobile cameras)")
                    .WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    [Fact]
    public Task ExtensionsAIDataContent_FromAPublicParameter_ReportsLeai007() =>
        new FlowTest("police", "US")
        {
            TestCode = Usings + """
                using System.Collections.Generic;
                using Microsoft.Extensions.AI;

                public class UploadController
                {
                    public async Task AnalyzeAsync(byte[] {|#1:image|})
                    {
                        IChatClient chat = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential("key")).GetChatClient("gpt-4o").AsIChatClient();
                        var message = new Microsoft.Extensions.AI.ChatMessage(ChatRole.User, new List<AIContent> { new TextContent("Read the form."), new DataContent(image, "image/png") });
                        await {|#0:chat.GetResponseAsync(message)|};
                    }
                }
                """,
            ExpectedDiagnostics = { Diag("LEAI007").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public async Task VisionSdkWithoutACameraLibrary_ReportsLeai007()
    {
        var diagnostics = await new DirectAnalysis(RealPackages.VisionSdksOnly, new CameraFrameFlowAnalyzer(), new WholeProgramFlowAnalyzer())
            .WithMSBuildProperties("police", "US")
            .WithSource(Service, "/src/FormReader.cs")
            .RunAsync();

        var finding = Assert.Single(diagnostics, d => d.Id == "LEAI007");
        Assert.Contains("parameter 'scan' of public method 'FormReader.ReadAsync'", finding.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.Id is "LEAI001" or "LEAI002");
    }

    [Fact]
    public async Task VisionSdkWithoutACameraLibrary_Unattributed_BowsOut()
    {
        var diagnostics = await new DirectAnalysis(RealPackages.VisionSdksOnly, new CameraFrameFlowAnalyzer(), new WholeProgramFlowAnalyzer())
            .WithMSBuildProperties(null, null)
            .WithSource(Service, "/src/FormReader.cs")
            .RunAsync();

        Assert.Empty(diagnostics);
    }
}
