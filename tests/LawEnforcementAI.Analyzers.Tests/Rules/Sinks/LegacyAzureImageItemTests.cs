using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>
/// Azure.AI.OpenAI 1.0.0-beta.17 built image content items from BinaryData or a Stream with a MIME type, under the
/// parameter names bytes, stream and mimeType. Code that names its arguments, as analyzers and style rules push users
/// to, must still carry the frame into the request.
/// </summary>
public class LegacyAzureImageItemTests
{
    private const string Usings = """
        using System;
        using System.IO;
        using Azure.AI.OpenAI;
        using OpenCvSharp;
        """;

    [Fact]
    public Task NamedBytesAndMimeType_LiveFrame_Reported() =>
        new FlowTest("police", "US", legacyAzureOpenAI: true)
        {
            TestCode = Usings + """
            public class Describer
            {
                public void Run(Azure.AzureKeyCredential key)
                {
                    var client = new OpenAIClient(new Uri("https://contoso.openai.azure.com/"), key);
                    using var capture = new VideoCapture(0);
                    var frame = new Mat();
                    {|#1:capture.Read(frame)|};
                    var item = new ChatMessageImageContentItem(mimeType: "image/jpeg", bytes: BinaryData.FromBytes(frame.ToBytes(".jpg")));
                    var options = new ChatCompletionsOptions("gpt-4o", new ChatRequestMessage[] { new ChatRequestUserMessage(item) });
                    {|#0:client.GetChatCompletions(options)|};
                }
            }
            """,
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task NamedStreamAndMimeType_LiveFrame_Reported() =>
        new FlowTest("police", "US", legacyAzureOpenAI: true)
        {
            TestCode = Usings + """
            public class Describer
            {
                public void Run(Azure.AzureKeyCredential key)
                {
                    var client = new OpenAIClient(new Uri("https://contoso.openai.azure.com/"), key);
                    using var capture = new VideoCapture(0);
                    var frame = new Mat();
                    {|#1:capture.Read(frame)|};
                    var item = new ChatMessageImageContentItem(stream: new MemoryStream(frame.ToBytes(".jpg")), mimeType: "image/jpeg");
                    var options = new ChatCompletionsOptions("gpt-4o", new ChatRequestMessage[] { new ChatRequestUserMessage(item) });
                    {|#0:client.GetChatCompletions(options)|};
                }
            }
            """,
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task NamedStreamAndMimeType_StaticImage_NotReported() =>
        new FlowTest("police", "US", legacyAzureOpenAI: true)
        {
            TestCode = Usings + """
            public class Describer
            {
                public void Run(Azure.AzureKeyCredential key)
                {
                    var client = new OpenAIClient(new Uri("https://contoso.openai.azure.com/"), key);
                    var item = new ChatMessageImageContentItem(stream: new MemoryStream(new byte[] { 1, 2, 3 }), mimeType: "image/png");
                    var options = new ChatCompletionsOptions("gpt-4o", new ChatRequestMessage[] { new ChatRequestUserMessage(item) });
                    client.GetChatCompletions(options);
                }
            }
            """,
        }.RunAsync();
}
