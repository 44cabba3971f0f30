using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.UnknownOrigin.UnknownOriginSources;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.UnknownOrigin;

/// <summary>
/// An upload forwarded over raw HTTP to a URL from configuration: in a model request's body it may reach a vision model
/// (LEAI007); as a multipart form or the raw image it is filed with a records system or evidence store (nothing).
/// </summary>
public class UnknownOriginRawHttpTests
{
    private const string Usings = "using Microsoft.AspNetCore.Http;\nusing Microsoft.Extensions.Configuration;\nusing System.Net.Http.Json;\n";

    private const string Members = "    private readonly IConfiguration _configuration = null!;\n    private readonly HttpClient _http = new();\n\n";

    [Fact]
    public Task UploadInAChatRequestBody_ToAConfiguredUrl_ReportsLeai007() =>
        new FlowTest("police", "US", uploadsAndBlobs: true)
        {
            TestCode = Class(
                Members + "    public async Task UploadAsync(IFormFile file)\n    {\n        using var buffer = new MemoryStream();\n        await {|#1:file.CopyToAsync(buffer)|};\n"
                + "        var payload = new { messages = new[] { new { role = \"user\", content = new object[] { \"Describe the photo.\", new { type = \"image_url\", image_url = new { url = \"data:image/jpeg;base64,\" + Convert.ToBase64String(buffer.ToArray()) } } } } } };\n"
                + "        await {|#0:_http.PostAsJsonAsync(_configuration[\"Vision:Url\"], payload)|};\n    }",
                Usings),
            ExpectedDiagnostics = { Diag("LEAI007").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Theory]
    [InlineData("using var form = new MultipartFormDataContent();\n        form.Add(new StreamContent(file.OpenReadStream()), \"photo\", file.FileName);\n        await _http.PostAsync(_configuration[\"Records:Url\"], form);")]
    [InlineData("using var body = new StreamContent(file.OpenReadStream());\n        await _http.PutAsync(_configuration[\"Evidence:Url\"], body);")]
    public Task UploadFiledAsAFormOrRawImage_ToAConfiguredUrl_IsSilent(string forward) =>
        new FlowTest("police", "US", uploadsAndBlobs: true)
        {
            TestCode = Class(Members + "    public async Task UploadAsync(IFormFile file)\n    {\n        " + forward + "\n    }", Usings),
        }.RunAsync();
}
