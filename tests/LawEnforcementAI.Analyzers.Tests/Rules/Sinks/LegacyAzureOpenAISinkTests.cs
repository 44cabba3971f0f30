using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>
/// The legacy Azure.AI.OpenAI 1.0.0-beta API (stand-in; <c>OpenAIClient.GetChatCompletions*</c> with <c>ChatCompletionsOptions</c>):
/// a live frame in a <c>ChatMessageImageContentItem</c> is reported on an Azure endpoint, and an API-key-only client is
/// OpenAI's own service. The current API's sending calls are in <see cref="OpenAIChatSinkTests"/>.
/// </summary>
public class LegacyAzureOpenAISinkTests
{
    private const string LegacyUsings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Threading.Tasks;
        using Azure;
        using Azure.AI.OpenAI;
        using OpenCvSharp;
        """;

    [Fact]
    public Task LegacyBeta_ImageContentItemFromDataUri_Reported() =>
        new FlowTest("police", "US", legacyAzureOpenAI: true)
        {
            TestCode = LegacyUsings + """
            public class LegacyUploader
            {
                public async Task RunAsync()
                {
                    var client = new OpenAIClient(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential("key"));
                    using var capture = new VideoCapture(0);
                    var frame = new Mat();
                    {|#1:capture.Read(frame)|};
                    var dataUri = new Uri("data:image/jpeg;base64," + Convert.ToBase64String(frame.ToBytes(".jpg")));
                    var options = new ChatCompletionsOptions
                    {
                        DeploymentName = "gpt-4-vision",
                        Messages = { new ChatRequestSystemMessage("Describe."), new ChatRequestUserMessage(new ChatMessageImageContentItem(dataUri)) },
                    };
                    var response = await {|#0:client.GetChatCompletionsAsync(options)|};
                }
            }
            """,
            ExpectedDiagnostics =
            {
                Diag("LEAI001", "VideoCapture.Read", "OpenAIClient.GetChatCompletionsAsync", "police (US)", "").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    [Fact]
    public Task LegacyBeta_BinaryDataItem_MessagesAddedLater_StreamingReported() =>
        new FlowTest("police", "US", legacyAzureOpenAI: true)
        {
            TestCode = LegacyUsings + """
            public class LegacyUploader
            {
                public void Run(TokenCredentialHolder holder)
                {
                    var client = new OpenAIClient(new Uri("https://contoso.openai.azure.com/"), holder.Credential);
                    using var capture = new VideoCapture("rtsp://10.1.1.1/live");
                    var frame = new Mat();
                    {|#1:capture.Read(frame)|};
                    var item = new ChatMessageImageContentItem(BinaryData.FromBytes(frame.ToBytes(".jpg")), "image/jpeg");
                    var options = new ChatCompletionsOptions("gpt-4o", new List<ChatRequestMessage>());
                    options.Messages.Add(new ChatRequestUserMessage(item));
                    using var stream = {|#0:client.GetChatCompletionsStreaming(options)|};
                }
            }

            public class TokenCredentialHolder { public Azure.Core.TokenCredential Credential { get; } = null!; }
            """,
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task LegacyBeta_ApiKeyOnlyClient_IsOpenAIsService_GetsOpenAIsClauseOnly() =>
        new FlowTest("police", "US", legacyAzureOpenAI: true)
        {
            TestCode = LegacyUsings + """
            public class LegacyUploader
            {
                public void Run()
                {
                    var client = new OpenAIClient("sk-key");
                    using var capture = new VideoCapture(0);
                    var frame = new Mat();
                    {|#1:capture.Read(frame)|};
                    var item = new ChatMessageImageContentItem(new MemoryStream(frame.ToBytes(".jpg")), "image/jpeg");
                    var options = new ChatCompletionsOptions("gpt-4o", new ChatRequestMessage[] { new ChatRequestUserMessage(item) });
                    {|#0:client.GetChatCompletions(options)|};
                }
            }
            """,
            ExpectedDiagnostics = { ProviderTest.Leai010(ServiceProvider.OpenAI, sink: "OpenAIClient.GetChatCompletions").WithLocation(0).WithLocation(1) },
        }.RunAsync();
}
