using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Sinks;

/// <summary>
/// The common shape in real code: the client (or the HttpClient and its URL) lives in fields the constructor sets, often
/// from injected configuration, and one method captures and sends. The type's own analysis sees the constructor, so
/// these are live LEAI001 findings, not build-only ones.
/// </summary>
public class ClientInFieldTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Azure;
        using Azure.AI.Inference;
        using Microsoft.Extensions.Configuration;
        using OpenCvSharp;

        """;

    private const string Capture = """
                using var capture = new VideoCapture(0);
                using var frame = new Mat();
                {|#1:capture.Read(frame)|};
                byte[] bytes = frame.ToBytes(".jpg");
        """;

    [Fact]
    public Task HttpClientAndUrlFromConfigurationInConstructor_ReportedLive() =>
        new FlowTest("police", "US")
        {
            TestCode = Usings + """
                public class SceneDescriber
                {
                    private readonly HttpClient _http;
                    private readonly string _endpoint;

                    public SceneDescriber(HttpClient http, IConfiguration configuration)
                    {
                        _http = http;
                        _endpoint = configuration["AzureOpenAI:ChatUrl"]!;
                    }

                    public async Task DescribeAsync()
                    {
                """ + Capture + """
                        using var body = new StringContent("{\"image_url\":\"data:image/jpeg;base64," + Convert.ToBase64String(bytes) + "\"}");
                        var response = await {|#0:_http.PostAsync(_endpoint, body)|};
                    }
                }
                """,
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task HttpClientWithRecordsBaseAddressInConstructor_NotReported() =>
        new FlowTest("police", "US")
        {
            TestCode = (Usings + """
                public class EvidenceUploader
                {
                    private readonly HttpClient _http = new();

                    public EvidenceUploader()
                    {
                        _http.BaseAddress = new Uri("https://records.agency.example/");
                    }

                    public async Task UploadAsync()
                    {
                """ + Capture + """
                        var response = await _http.PostAsync("evidence/upload", new ByteArrayContent(bytes));
                    }
                }
                """).WithoutMarkup(),
        }.RunAsync();

    private const string SenderTakingUrl = """
        public class FrameSender
        {
            private readonly HttpClient _http = new();

            public async Task SendAsync(string url)
            {
        """ + Capture + """
                var response = await {|#0:_http.PostAsync(url, new ByteArrayContent(bytes))|};
            }
        }

        """;

    /// <summary>
    /// Only the callers tell the URL: a build-only route (LEAI101), reported because a caller builds it from configuration
    /// and the route of Azure AI Vision's image analysis.
    /// </summary>
    [Fact]
    public Task UrlFromACallerReadingConfiguration_ReportedByBuildsOnly() =>
        new FlowTest("police", "US")
        {
            TestCode = Usings + SenderTakingUrl + """
                public class Shift
                {
                    public Task EndAsync(IConfiguration configuration) => new FrameSender().SendAsync(configuration["Vision:Endpoint"] + "/computervision/imageanalysis:analyze?api-version=2024-02-01");
                }
                """,
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    /// <summary>The raw image posted to a URL a caller reads from configuration, with no model route: an upload.</summary>
    [Fact]
    public Task UploadUrlFromACallerReadingConfiguration_NotReported() =>
        new FlowTest("police", "US")
        {
            TestCode = (Usings + SenderTakingUrl + """
                public class Shift
                {
                    public Task EndAsync(IConfiguration configuration) => new FrameSender().SendAsync(configuration["Records:Url"]!);
                }
                """).WithoutMarkup(),
        }.RunAsync();

    [Fact]
    public Task UrlFromACallerNamingTheRecordsSystem_NotReported() =>
        new FlowTest("police", "US")
        {
            TestCode = (Usings + SenderTakingUrl + """
                public class Shift
                {
                    public Task EndAsync() => new FrameSender().SendAsync("https://records.agency.example/upload");
                }
                """).WithoutMarkup(),
        }.RunAsync();

    [Fact]
    public Task InferenceClientFromConfigurationInConstructor_ReportedLive() =>
        new FlowTest("police", "US")
        {
            TestCode = Usings + """
                public class SceneDescriber
                {
                    private readonly ChatCompletionsClient _client;

                    public SceneDescriber(IConfiguration configuration)
                    {
                        _client = new ChatCompletionsClient(new Uri(configuration["Foundry:Endpoint"]!), new AzureKeyCredential(configuration["Foundry:Key"]!));
                    }

                    public async Task DescribeAsync()
                    {
                """ + Capture + """
                        var options = new ChatCompletionsOptions(new ChatRequestMessage[] { new ChatRequestUserMessage(new ChatMessageImageContentItem(BinaryData.FromBytes(bytes), "image/jpeg")) });
                        var response = await {|#0:_client.CompleteAsync(options)|};
                    }
                }
                """,
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task InferenceClientForLocalModelInConstructor_NotReported() =>
        new FlowTest("police", "US")
        {
            TestCode = (Usings + """
                public class SceneDescriber
                {
                    private readonly ChatCompletionsClient _client = new(new Uri("http://localhost:5272/v1"), new AzureKeyCredential("none"));

                    public async Task DescribeAsync()
                    {
                """ + Capture + """
                        var options = new ChatCompletionsOptions(new ChatRequestMessage[] { new ChatRequestUserMessage(new ChatMessageImageContentItem(BinaryData.FromBytes(bytes), "image/jpeg")) });
                        var response = await _client.CompleteAsync(options);
                    }
                }
                """).WithoutMarkup(),
        }.RunAsync();
}
