using System.Collections.Generic;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Sinks;

/// <summary>
/// Raw REST with <c>HttpClient</c>: a body carrying a frame, posted to an Azure OpenAI or Foundry URL (constant,
/// interpolated, or from configuration so that the service is unknown), is a vision request; the same body posted to a
/// constant URL of another host is not Microsoft's (the agency's records system: nothing; OpenAI's own API: OpenAI's
/// clause, LEAI010). The bodies are those the engine
/// follows today (a data URI built by concatenation, raw bytes, a stream, multipart); JSON serializers and anonymous types
/// are followed too (CarrierNegativeTests and docs/flow.md, "What frames travel through").
/// </summary>
public class RestSinkTests
{
    private const string Http = "using var http = new HttpClient();";

    private const string AzureChatUrl = "\"https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21\"";

    private const string ImageAnalysisUrl = "\"https://contoso.cognitiveservices.azure.com/computervision/imageanalysis:analyze?api-version=2024-02-01&features=caption\"";

    /// <summary>A chat-completions body with the frame as a data URI, as the REST samples build it.</summary>
    private const string JsonBody = """
        var json = "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/jpeg;base64," + Convert.ToBase64String(bytes) + "\"}}]}]}";
        using var body = new StringContent(json, Encoding.UTF8, "application/json");
        """;

    private const string Configuration = "private readonly IConfiguration _configuration = null!;";

    private static SinkCase Case(string name, string send, string client = Http, string members = "") =>
        new("REST " + name, string.Empty, client, send, members);

    public static IEnumerable<object[]> SendingCalls() => SinkCaseRunner.Rows(new[]
    {
        Case("PostAsync, StringContent with a data URI, constant Azure OpenAI URL", JsonBody + "var response = await {|#0:http.PostAsync(" + AzureChatUrl + ", body, ct)|};"),
        Case("PostAsync, ByteArrayContent, Azure AI Vision URL", "using var body = new ByteArrayContent(bytes);\nvar response = await {|#0:http.PostAsync(" + ImageAnalysisUrl + ", body)|};"),
        Case("PostAsync, StreamContent, Azure AI Vision URL", "using var body = new StreamContent(new MemoryStream(bytes));\nvar response = await {|#0:http.PostAsync(" + ImageAnalysisUrl + ", body)|};"),
        Case("PutAsync, ReadOnlyMemoryContent", "using var body = new ReadOnlyMemoryContent(bytes);\nvar response = await {|#0:http.PutAsync(" + ImageAnalysisUrl + ", body)|};"),
        Case("PatchAsync, ByteArrayContent", "using var body = new ByteArrayContent(bytes);\nvar response = await {|#0:http.PatchAsync(" + ImageAnalysisUrl + ", body)|};"),
        Case("PostAsync, MultipartFormDataContent image edit, interpolated Azure URL", """
            var resource = "contoso";
            using var form = new MultipartFormDataContent();
            form.Add(new StringContent("Blur every face"), "prompt");
            form.Add(new ByteArrayContent(bytes), "image", "frame.jpg");
            var response = await {|#0:http.PostAsync($"https://{resource}.openai.azure.com/openai/deployments/gpt-image-1/images/edits?api-version=2025-04-01-preview", form)|};
            """),
        Case("PostAsync, MultipartContent", "using var parts = new MultipartContent(\"related\");\nparts.Add(new ByteArrayContent(bytes));\nvar response = await {|#0:http.PostAsync(" + AzureChatUrl + ", parts)|};"),
        Case("SendAsync, HttpRequestMessage with Content, Foundry URL", JsonBody + """
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://contoso.services.ai.azure.com/models/chat/completions?api-version=2024-05-01-preview") { Content = body };
            var response = await {|#0:http.SendAsync(request, ct)|};
            """),
        Case("SendAsync, RequestUri set in the initializer", JsonBody + """
            using var request = new HttpRequestMessage { Method = HttpMethod.Post, RequestUri = new Uri("https://contoso.openai.azure.com/openai/v1/chat/completions"), Content = body };
            var response = await {|#0:http.SendAsync(request)|};
            """),
        Case("Send, Content set after construction", JsonBody + """
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("https://contoso.openai.azure.com/openai/v1/responses"));
            request.Content = body;
            var response = {|#0:http.Send(request)|};
            """),
        Case("PostAsJsonAsync, URL from an environment variable (unknown service)", """
            var endpoint = Environment.GetEnvironmentVariable("AZURE_OPENAI_ENDPOINT");
            var images = new[] { "data:image/jpeg;base64," + Convert.ToBase64String(bytes) };
            var response = await {|#0:http.PostAsJsonAsync(endpoint, images)|};
            """),
        Case("PutAsJsonAsync, URL from configuration (unknown service)", """
            var images = new[] { "data:image/jpeg;base64," + Convert.ToBase64String(bytes) };
            var response = await {|#0:http.PutAsJsonAsync(_configuration["Vision:Url"], images)|};
            """, members: Configuration),
        Case("PostAsync, JsonContent.Create, URL from a configuration section", """
            var url = _configuration.GetSection("Vision:Url").Value;
            using var body = JsonContent.Create(new[] { "data:image/jpeg;base64," + Convert.ToBase64String(bytes) });
            var response = await {|#0:http.PostAsync(url, body)|};
            """, members: Configuration),
        Case("PostAsync, relative URL on an Azure BaseAddress", JsonBody + """
            http.BaseAddress = new Uri("https://contoso.openai.azure.com/");
            var response = await {|#0:http.PostAsync("openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21", body)|};
            """),
    });

    public static IEnumerable<object[]> NotModelEndpoints() => SinkCaseRunner.Rows(new[]
    {
        Case("PostAsync to the agency's records system", "using var body = new ByteArrayContent(bytes);\nvar response = await http.PostAsync(\"https://records.agency.example/upload\", body);"),
        Case("SendAsync to the agency's records system", "using var request = new HttpRequestMessage(HttpMethod.Put, \"https://records.agency.example/evidence/42\") { Content = new StreamContent(new MemoryStream(bytes)) };\nvar response = await http.SendAsync(request);"),
        Case("SendAsync to the records system, a form field and a header from configuration", """
            using var form = new MultipartFormDataContent();
            form.Add(new StringContent(Environment.GetEnvironmentVariable("CASE_ID")!), "case");
            form.Add(new ByteArrayContent(bytes), "frame", "frame.jpg");
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://records.agency.example/upload") { Content = form };
            request.Headers.Add("x-agency-key", _configuration["Records:Key"]);
            var response = await http.SendAsync(request);
            """, members: Configuration),
        Case("PostAsync to a local model server", JsonBody + "var response = await http.PostAsync(\"http://localhost:11434/v1/chat/completions\", body);"),
        Case("relative URL on the records system's BaseAddress", "http.BaseAddress = new Uri(\"https://records.agency.example/\");\nusing var body = new ByteArrayContent(bytes);\nvar response = await http.PostAsync(\"upload\", body);"),
    });

    [Theory]
    [MemberData(nameof(SendingCalls))]
    public Task LiveFrame_Reported(SinkCase sinkCase) => SinkCaseRunner.LiveFrame_ReportsLeai001(sinkCase);

    [Theory]
    [MemberData(nameof(SendingCalls))]
    public Task StaticImage_NotReported(SinkCase sinkCase) => SinkCaseRunner.StaticImage_NotReported(sinkCase);

    [Theory]
    [MemberData(nameof(NotModelEndpoints))]
    public Task NotAnAzureModelEndpoint_NotReported(SinkCase sinkCase) => SinkCaseRunner.LiveFrame_NotReported(sinkCase);

    /// <summary>A model request posted to OpenAI's own API is none of Microsoft's rules': OpenAI's clause (LEAI010) reports it.</summary>
    [Fact]
    public Task PostAsyncToOpenAIsOwnApi_GetsOpenAIsClauseOnly() =>
        SinkCaseRunner.LiveFrame_ReportsLeai001(
            Case("PostAsync to OpenAI's own API", JsonBody + "var response = await {|#0:http.PostAsync(\"https://api.openai.com/v1/chat/completions\", body)|};"),
            "LEAI010");

    /// <summary>No vision SDK referenced at all: the gate opens because the source names an HTTP sending call.</summary>
    [Fact]
    public Task CameraProjectWithoutAnySdk_RestCallReported()
    {
        var test = new LeaiAnalyzerTest(RealPackages.CamerasOnly, new CameraFrameFlowAnalyzer(), new WholeProgramFlowAnalyzer())
        {
            TestCode = """
                using System;
                using System.Net.Http;
                using System.Threading.Tasks;
                using OpenCvSharp;

                public class Sender
                {
                    public async Task RunAsync()
                    {
                        using var http = new HttpClient();
                        using var capture = new VideoCapture(0);
                        using var frame = new Mat();
                        {|#1:capture.Read(frame)|};
                        using var body = new ByteArrayContent(frame.ToBytes(".jpg"));
                        var response = await {|#0:http.PostAsync("https://contoso.cognitiveservices.azure.com/computervision/imageanalysis:analyze?api-version=2024-02-01", body)|};
                    }
                }
                """,
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        };
        test.SetMSBuildProperties("police", "US");
        return test.RunAsync();
    }

    [Fact]
    public Task TextOnlyBody_NotReported() =>
        SinkCaseRunner.LiveFrame_NotReported(Case("text only", "using var body = new StringContent(\"{\\\"messages\\\":[{\\\"role\\\":\\\"user\\\",\\\"content\\\":\\\"Summarise the shift log.\\\"}]}\");\nvar response = await http.PostAsync(" + AzureChatUrl + ", body);"));
}
