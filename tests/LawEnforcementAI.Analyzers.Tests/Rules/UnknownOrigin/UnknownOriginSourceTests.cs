using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.UnknownOrigin.UnknownOriginSources;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.UnknownOrigin;

/// <summary>
/// One row per entry of <see cref="UnknownOriginTable"/> (and the configured file path): the image it yields, sent from a
/// method with no image parameter, gets LEAI007 at the sending call with the source as the additional location. The
/// close negatives are static assets: an embedded resource, a constant path to a picture, a constant URL.
/// </summary>
public class UnknownOriginSourceTests
{
    private const string AspNet = "using Microsoft.AspNetCore.Http;\n";
    private const string Blobs = "using Azure.Storage.Blobs;\n";

    /// <summary>Entry (as <c>DisplayName</c>), the message's name of the origin, and a body whose origin is #1 and request #0.</summary>
    public static TheoryData<string, string, string, string> Rows() => new()
    {
        { "IFormFile.OpenReadStream", "upload 'IFormFile.OpenReadStream'", AspNet, "public async Task UploadAsync(IFormFile file)\n    {\n        using var stream = {|#1:file.OpenReadStream()|};\n        " + Send("BinaryData.FromStream(stream)") + "\n    }" },
        { "IFormFile.CopyTo", "upload 'IFormFile.CopyTo'", AspNet, "public async Task UploadAsync(IFormFile file)\n    {\n        using var buffer = new MemoryStream();\n        {|#1:file.CopyTo(buffer)|};\n        " + Send("BinaryData.FromBytes(buffer.ToArray())") + "\n    }" },
        { "IFormFile.CopyToAsync", "upload 'IFormFile.CopyToAsync'", AspNet, "public async Task UploadAsync(IFormFile file, CancellationToken ct)\n    {\n        using var buffer = new MemoryStream();\n        await {|#1:file.CopyToAsync(buffer, ct)|};\n        " + Send("BinaryData.FromBytes(buffer.ToArray())") + "\n    }" },
        { "HttpRequest.Body", "HTTP request body 'HttpRequest.Body'", AspNet, "public async Task UploadAsync(HttpRequest request)\n    {\n        var data = await BinaryData.FromStreamAsync({|#1:request.Body|});\n        " + Send("data") + "\n    }" },
        { "BlobBaseClient.DownloadContent", "blob 'BlobBaseClient.DownloadContent'", Blobs, "public async Task DescribeAsync(BlobClient blob)\n    {\n        var result = {|#1:blob.DownloadContent()|};\n        " + Send("result.Value.Content") + "\n    }" },
        { "BlobBaseClient.DownloadContentAsync", "blob 'BlobBaseClient.DownloadContentAsync'", Blobs, "public async Task DescribeAsync(BlobContainerClient container, string name)\n    {\n        var result = await {|#1:container.GetBlobClient(name).DownloadContentAsync()|};\n        " + Send("result.Value.Content") + "\n    }" },
        { "BlobBaseClient.DownloadStreaming", "blob 'BlobBaseClient.DownloadStreaming'", Blobs, "public async Task DescribeAsync(BlobClient blob)\n    {\n        using var result = {|#1:blob.DownloadStreaming()|}.Value;\n        " + Send("BinaryData.FromStream(result.Content)") + "\n    }" },
        { "BlobBaseClient.DownloadStreamingAsync", "blob 'BlobBaseClient.DownloadStreamingAsync'", Blobs, "public async Task DescribeAsync(BlobClient blob)\n    {\n        var response = await {|#1:blob.DownloadStreamingAsync()|};\n        " + Send("await BinaryData.FromStreamAsync(response.Value.Content)") + "\n    }" },
        { "BlobBaseClient.OpenRead", "blob 'BlobBaseClient.OpenRead'", Blobs, "public async Task DescribeAsync(BlobClient blob)\n    {\n        using var stream = {|#1:blob.OpenRead()|};\n        " + Send("BinaryData.FromStream(stream)") + "\n    }" },
        { "BlobBaseClient.OpenReadAsync", "blob 'BlobBaseClient.OpenReadAsync'", Blobs, "public async Task DescribeAsync(BlobClient blob)\n    {\n        using var stream = await {|#1:blob.OpenReadAsync()|};\n        " + Send("BinaryData.FromStream(stream)") + "\n    }" },
        { "BlobBaseClient.DownloadTo", "blob 'BlobBaseClient.DownloadTo'", Blobs, "public async Task DescribeAsync(BlobClient blob)\n    {\n        using var buffer = new MemoryStream();\n        {|#1:blob.DownloadTo(buffer)|};\n        " + Send("BinaryData.FromBytes(buffer.ToArray())") + "\n    }" },
        { "BlobBaseClient.DownloadToAsync", "blob 'BlobBaseClient.DownloadToAsync'", Blobs, "public async Task DescribeAsync(BlobClient blob)\n    {\n        using var buffer = new MemoryStream();\n        await {|#1:blob.DownloadToAsync(buffer)|};\n        " + Send("BinaryData.FromBytes(buffer.ToArray())") + "\n    }" },
        { "HttpClient.GetByteArrayAsync", "download 'HttpClient.GetByteArrayAsync'", "", "public async Task DescribeAsync(HttpClient http, Uri photo)\n    {\n        var bytes = await {|#1:http.GetByteArrayAsync(photo)|};\n        " + Send("BinaryData.FromBytes(bytes)") + "\n    }" },
        { "HttpClient.GetStreamAsync", "download 'HttpClient.GetStreamAsync'", "", "public async Task DescribeAsync(HttpClient http, string photoUrl)\n    {\n        using var stream = await {|#1:http.GetStreamAsync(photoUrl)|};\n        " + Send("BinaryData.FromStream(stream)") + "\n    }" },
        { "File.ReadAllBytes (configured path)", "file read by 'File.ReadAllBytes' from a path in configuration", "", "public async Task DescribeAsync()\n    {\n        var bytes = {|#1:File.ReadAllBytes(Environment.GetEnvironmentVariable(\"EVIDENCE_PHOTO\")!)|};\n        " + Send("BinaryData.FromBytes(bytes)") + "\n    }" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Source_ReachingAnAzureRequest_ReportsLeai007NamingIt(string entry, string origin, string usings, string members)
    {
        Assert.NotNull(entry);
        var test = new FlowTest("police", "US", uploadsAndBlobs: true) { TestCode = Class("    " + members, usings) };
        test.ExpectedDiagnostics.Add(Diag("LEAI007").WithLocation(0).WithLocation(1).WithMessage(
            "Image of unknown origin (" + origin + ") reaches Azure vision call 'ChatClient.CompleteChatAsync' in a project attributed as police (US); "
            + "the analysis cannot tell whether it is camera imagery: if it is, clause A applies (no facial recognition by or for a US police department), "
            + "and clause B applies to live frames of a phone or other mobile camera (no real-time facial recognition on law-enforcement mobile cameras)"));
        return test.RunAsync();
    }

    // Static assets: provably not camera imagery, nothing to review.

    [Theory]
    [InlineData("using var stream = typeof(UploadController).Assembly.GetManifestResourceStream(\"Contoso.Assets.logo.png\")!;\n        " + "SEND(BinaryData.FromStream(stream))")]
    [InlineData("var bytes = File.ReadAllBytes(\"assets/logo.png\");\n        SEND(BinaryData.FromBytes(bytes))")]
    [InlineData("using var stream = File.OpenRead(\"assets/badge.jpg\");\n        SEND(BinaryData.FromStream(stream))")]
    [InlineData("var bytes = await new HttpClient().GetByteArrayAsync(\"https://cdn.contoso.com/logo.png\");\n        SEND(BinaryData.FromBytes(bytes))")]
    [InlineData("using var stream = await new HttpClient().GetStreamAsync(new Uri(\"https://cdn.contoso.com/logo.png\"));\n        SEND(BinaryData.FromStream(stream))")]
    [InlineData("var bytes = File.ReadAllBytes(Path.Combine(Environment.GetEnvironmentVariable(\"ASSETS\")!, \"logo.png\"));\n        SEND(BinaryData.FromBytes(bytes))")]
    [InlineData("var bytes = File.ReadAllBytes($\"{Environment.GetEnvironmentVariable(\"ASSETS\")}/logo.png\");\n        SEND(BinaryData.FromBytes(bytes))")]
    public Task StaticAsset_IsSilent(string body)
    {
        var send = body.Substring(body.IndexOf("SEND(") + 5);
        send = send.Substring(0, send.Length - 1);
        var code = body.Substring(0, body.IndexOf("SEND(")) + Send(send);
        return new FlowTest("police", "US", uploadsAndBlobs: true)
        {
            TestCode = Class("    public async Task DescribeLogoAsync()\n    {\n        " + code + "\n    }").WithoutMarkup(),
        }.RunAsync();
    }

    [Fact]
    public Task Upload_InAnUnattributedProject_IsSilent() =>
        new FlowTest(null, null, uploadsAndBlobs: true)
        {
            TestCode = Class("    public async Task UploadAsync(IFormFile file)\n    {\n        using var stream = file.OpenReadStream();\n        " + Send("BinaryData.FromStream(stream)") + "\n    }", AspNet).WithoutMarkup(),
        }.RunAsync();

    [Fact]
    public Task Upload_SavedButNotSent_IsSilent() =>
        new FlowTest("police", "US", uploadsAndBlobs: true)
        {
            TestCode = Class("    public async Task UploadAsync(IFormFile file)\n    {\n        using var target = File.Create(\"evidence.jpg\");\n        await file.CopyToAsync(target);\n        await _chat.CompleteChatAsync(new UserChatMessage(\"Summarise the upload policy.\"));\n    }", AspNet),
        }.RunAsync();

    /// <summary>An open that only reads brings the configured file in; the table row says so, not the engine.</summary>
    [Fact]
    public Task OpenForReading_OfAConfiguredPath_ReportsLeai007()
    {
        var test = new FlowTest("police", "US", uploadsAndBlobs: true)
        {
            TestCode = Class("    public async Task DescribeAsync()\n    {\n        using var stream = {|#1:File.OpenRead(Environment.GetEnvironmentVariable(\"EVIDENCE_PHOTO\")!)|};\n        " + Send("BinaryData.FromStream(stream)") + "\n    }"),
        };
        test.ExpectedDiagnostics.Add(Diag("LEAI007").WithLocation(0).WithLocation(1));
        return test.RunAsync();
    }

    /// <summary>A file opened for writing at a configured path is not an image brought in, even when its stream is sent.</summary>
    [Fact]
    public Task OpenForWriting_OfAConfiguredPath_IsSilent() =>
        new FlowTest("police", "US", uploadsAndBlobs: true)
        {
            TestCode = Class("    public async Task DescribeAsync()\n    {\n        using var stream = File.OpenWrite(Environment.GetEnvironmentVariable(\"EVIDENCE_PHOTO\")!);\n        " + Send("BinaryData.FromStream(stream)") + "\n    }").WithoutMarkup(),
        }.RunAsync();
}
