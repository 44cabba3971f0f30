using System.Collections.Generic;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Sinks;

/// <summary>
/// Raw HTTP to a URL the code does not fix (configuration, an environment variable, a relative URL on a configured base
/// address): a vision request when the body is a model request carrying the image, however it is built (anonymous
/// objects, dictionaries, <c>JsonObject</c>, string building, the GPT-4V cookbook's frames pasted into a message), or
/// when the route is a model API's; an upload (a multipart form, the raw image, a JSON record with an image field) to a
/// records system or evidence store when it is not.
/// </summary>
public class RestModelRequestTests
{
    private const string Http = "using var http = new HttpClient();";

    private const string Configuration = """
        private readonly IConfiguration _configuration = null!;

        private static object ChatBody(string b64) => new { messages = new[] { new { role = "user", content = new object[] { "Describe.", new { image = b64 } } } } };

        private static object Record(string b64) => new { caseId = 42, image = b64 };
        """;

    private const string Json = "using System.Linq; using System.Text.Json; using System.Text.Json.Nodes;";

    private static SinkCase Case(string name, string send, string client = Http) =>
        new("REST " + name, Json, client, send, Configuration);

    public static IEnumerable<object[]> ModelRequests() => SinkCaseRunner.Rows(new[]
    {
        Case("anonymous chat request, frames pasted into the message (GPT-4V cookbook), URL from configuration", """
            var b64 = Convert.ToBase64String(bytes);
            var payload = new { messages = new[] { new { role = "user", content = new object[] { "These are frames from a body camera.", new { image = b64, resize = 768 } } } }, max_tokens = 200 };
            var response = await {|#0:http.PostAsJsonAsync(_configuration["Vision:Url"], payload, ct)|};
            """),
        Case("anonymous responses request with an input_image part, URL from an environment variable", """
            var payload = new { model = "gpt-4o", input = new[] { new { role = "user", content = new object[] { new { type = "input_text", text = "Describe." }, new { type = "input_image", image_url = Convert.ToBase64String(bytes) } } } } };
            using var body = new StringContent(JsonSerializer.Serialize(payload), Encoding.UTF8, "application/json");
            var response = await {|#0:http.PostAsync(Environment.GetEnvironmentVariable("VISION_URL"), body, ct)|};
            """),
        Case("dictionaries, URL from configuration", """
            var image = new Dictionary<string, object> { ["image"] = Convert.ToBase64String(bytes) };
            var message = new Dictionary<string, object> { { "role", "user" }, { "content", new object[] { "Describe these frames.", image } } };
            var payload = new Dictionary<string, object> { ["messages"] = new[] { message } };
            using var body = JsonContent.Create(payload);
            var response = await {|#0:http.PostAsync(_configuration["Vision:Url"], body, ct)|};
            """),
        Case("JsonObject built by indexer, URL from configuration", """
            var payload = new JsonObject { ["model"] = "gpt-4o" };
            payload["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = Convert.ToBase64String(bytes) });
            using var body = new StringContent(payload.ToJsonString(), Encoding.UTF8, "application/json");
            var response = await {|#0:http.PostAsync(_configuration["Vision:Url"], body, ct)|};
            """),
        Case("string building with a StringBuilder, URL from an environment variable", """
            var json = new StringBuilder();
            json.Append("{\"messages\":[{\"role\":\"user\",\"content\":\"");
            json.Append(Convert.ToBase64String(bytes));
            json.Append("\"}]}");
            using var body = new StringContent(json.ToString(), Encoding.UTF8, "application/json");
            var response = await {|#0:http.PostAsync(Environment.GetEnvironmentVariable("VISION_URL"), body, ct)|};
            """),
        Case("raw image to an image-analysis route on a configured base address", """
            http.BaseAddress = new Uri(_configuration["Vision:Endpoint"]!);
            using var body = new ByteArrayContent(bytes);
            var response = await {|#0:http.PostAsync("computervision/imageanalysis:analyze?api-version=2024-02-01&features=caption", body, ct)|};
            """),
        Case("SendAsync, request message to a configured URL with a chat body", """
            var payload = new { messages = new[] { new { role = "user", content = "data:image/jpeg;base64," + Convert.ToBase64String(bytes) } } };
            using var request = new HttpRequestMessage(HttpMethod.Post, _configuration["Vision:Url"]) { Content = JsonContent.Create(payload) };
            var response = await {|#0:http.SendAsync(request, ct)|};
            """),
        Case("multipart image edit to the images/edits route of a configured endpoint", """
            using var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(bytes), "image", "frame.jpg");
            var response = await {|#0:http.PostAsync(_configuration["Vision:Endpoint"] + "/images/edits", form, ct)|};
            """),
    });

    public static IEnumerable<object[]> Uploads() => SinkCaseRunner.Rows(new[]
    {
        Case("multipart form to a records system URL from configuration", """
            using var form = new MultipartFormDataContent();
            form.Add(new StringContent("42"), "case");
            form.Add(new ByteArrayContent(bytes), "frame", "frame.jpg");
            var response = await http.PostAsync(_configuration["Records:Url"], form, ct);
            """),
        Case("raw image to a relative URL on a configured base address", """
            http.BaseAddress = new Uri(_configuration["Evidence:Endpoint"]!);
            using var body = new ByteArrayContent(bytes);
            var response = await http.PostAsync("evidence/frames", body, ct);
            """),
        Case("raw image stream PUT to a URL from an environment variable", """
            using var body = new StreamContent(new MemoryStream(bytes));
            var response = await http.PutAsync(Environment.GetEnvironmentVariable("EVIDENCE_URL"), body, ct);
            """),
        Case("JSON record with an image field, no model request, URL from configuration", """
            var record = new { caseId = 42, takenAt = DateTime.UtcNow, image = Convert.ToBase64String(bytes) };
            var response = await http.PostAsJsonAsync(_configuration["Records:Url"], record, ct);
            """),
        Case("SendAsync, request message with a multipart form to a configured URL", """
            using var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(bytes), "frame", "frame.jpg");
            using var request = new HttpRequestMessage(HttpMethod.Post, _configuration["Records:Url"]) { Content = form };
            var response = await http.SendAsync(request, ct);
            """),
        Case("a record built by a helper of the class, URL from configuration", """
            var response = await http.PostAsJsonAsync(_configuration["Records:Url"], Record(Convert.ToBase64String(bytes)), ct);
            """),
        Case("raw image to a relative URL with no base address in sight", """
            using var body = new ByteArrayContent(bytes);
            var response = await http.PostAsync("api/evidence", body, ct);
            """),
    });

    [Theory]
    [MemberData(nameof(ModelRequests))]
    public Task ModelRequest_LiveFrame_Reported(SinkCase sinkCase) => SinkCaseRunner.LiveFrame_ReportsLeai001(sinkCase);

    [Theory]
    [MemberData(nameof(ModelRequests))]
    public Task ModelRequest_StaticImage_NotReported(SinkCase sinkCase) => SinkCaseRunner.StaticImage_NotReported(sinkCase);

    /// <summary>The marks travel with the value: a chat body returned by a helper of the class, hop #2.</summary>
    [Fact]
    public Task ModelRequestBuiltByAHelper_LiveFrame_Reported() =>
        new FlowTest("police", "US")
        {
            TestCode = Case("the chat body built by a helper", """
                var response = await {|#0:http.PostAsJsonAsync(_configuration["Vision:Url"], {|#2:ChatBody(Convert.ToBase64String(bytes))|}, ct)|};
                """).Source(),
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2) },
        }.RunAsync();

    [Theory]
    [MemberData(nameof(Uploads))]
    public Task Upload_LiveFrame_NotReported(SinkCase sinkCase) => SinkCaseRunner.LiveFrame_NotReported(sinkCase);
}
