using System.Collections.Generic;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Providers;

/// <summary>
/// The endpoint names the provider: OpenAI's SDK pointed at Google's or Amazon Bedrock's OpenAI-compatible route, or at
/// Anthropic's API, reaches that provider (LEAI010 with its clause), though the route has an <c>/openai/</c> path like
/// Azure's; the same SDK at an Azure host keeps Microsoft's rule, and at a local model or an agency's host gets nothing.
/// </summary>
public class ProviderEndpointTests : ProviderTest
{
    private const string Send = """
        var part = ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg");
        await {|#0:chat.CompleteChatAsync(new UserChatMessage(part))|};
        """;

    private static string Source(string endpoint) => Snippets.InMethod(
        Snippets.OpenCv,
        Snippets.OpenCvLiveFrame + Send,
        client: "var options = new OpenAIClientOptions { Endpoint = new Uri(\"" + endpoint + "\") };\n"
                + "var chat = new ChatClient(\"vision-model\", new ApiKeyCredential(\"key\"), options);");

    public static IEnumerable<object[]> NamedProviders() => new[]
    {
        new object[] { "https://generativelanguage.googleapis.com/v1beta/openai/", "Google" },
        new object[] { "https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/us-central1/endpoints/openapi", "Google" },
        new object[] { "https://bedrock-runtime.us-west-2.amazonaws.com/openai/v1", "Aws" },
        new object[] { "https://api.anthropic.com/v1/", "Anthropic" },
        new object[] { "https://api.openai.com/v1", "OpenAI" },
    };

    [Theory]
    [MemberData(nameof(NamedProviders))]
    public Task ProviderEndpoint_GetsThatProvidersClause(string endpoint, string provider) =>
        Verify(Source(endpoint), Leai010AtSink(System.Enum.Parse<ServiceProvider>(provider)));

    [Fact]
    public Task AzureEndpoint_GetsMicrosoftsRule() =>
        Verify(Source("https://contoso.openai.azure.com/openai/v1/"), Diag("LEAI001").WithLocation(0).WithLocation(1));

    private const string RestBody = """
        using var http = new HttpClient();
        var json = "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/jpeg;base64," + Convert.ToBase64String(bytes) + "\"}}]}]}";
        using var body = new StringContent(json, Encoding.UTF8, "application/json");
        """;

    private static string Rest(string url) => Snippets.InMethod(
        Snippets.OpenCv + "\nusing System.Net.Http;\nusing System.Text;",
        Snippets.OpenCvLiveFrame + RestBody + "var response = await {|#0:http.PostAsync(\"" + url + "\", body)|};",
        client: string.Empty);

    /// <summary>Raw REST: a model request posted to OpenAI's own API is OpenAI's request; to a local model, nothing.</summary>
    [Fact]
    public Task RestModelRequestToOpenAI_GetsOpenAIsClause() =>
        Verify(Rest("https://api.openai.com/v1/chat/completions"), Leai010AtSink(ServiceProvider.OpenAI, "HttpClient.PostAsync"));

    [Fact]
    public Task RestModelRequestToLocalModel_NotReported() => VerifyNothing(Rest("http://localhost:11434/v1/chat/completions"));

    [Theory]
    [InlineData("http://localhost:11434/v1")]
    [InlineData("https://records.agency.example/v1")]
    [InlineData("https://bedrock.us-west-2.amazonaws.com/")]
    public Task AnotherService_NotReported(string endpoint) => VerifyNothing(Source(endpoint));
}
