using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Sinks;

/// <summary>
/// Azure.AI.Inference 1.0.0-beta.5 (the real package): <c>ChatMessageImageContentItem</c> in a
/// <c>ChatRequestUserMessage</c> in <c>ChatCompletionsOptions</c> sent by <c>ChatCompletionsClient.Complete*</c>.
/// The client's endpoint decides the service.
/// </summary>
public class AzureInferenceSinkTests
{
    private const string Usings = "using Azure.AI.Inference;";

    private const string FoundryClient =
        "var client = new ChatCompletionsClient(new Uri(\"https://contoso.services.ai.azure.com/models\"), new AzureKeyCredential(\"key\"));";

    private const string Options = """
        var item = new ChatMessageImageContentItem(BinaryData.FromBytes(bytes), "image/jpeg");
        var options = new ChatCompletionsOptions(new ChatRequestMessage[]
        {
            new ChatRequestSystemMessage("You describe incident scenes."),
            new ChatRequestUserMessage(new ChatMessageTextContentItem("What is in this picture?"), item),
        }) { Model = "gpt-4o" };
        """;

    private static SinkCase Case(string name, string send, string client = FoundryClient, string members = "") =>
        new("Azure.AI.Inference " + name, Usings, client, send, members);

    public static IEnumerable<object[]> SendingCalls() => SinkCaseRunner.Rows(new[]
    {
        Case("Complete", Options + "var response = {|#0:client.Complete(options)|};"),
        Case("CompleteAsync", Options + "var response = await {|#0:client.CompleteAsync(options, ct)|};"),
        Case("CompleteStreaming", Options + "var updates = {|#0:client.CompleteStreaming(options)|};"),
        Case("CompleteStreamingAsync", Options + "var updates = await {|#0:client.CompleteStreamingAsync(options)|};"),
        Case("image item from a stream", """
            using var stream = new MemoryStream(bytes);
            var options = new ChatCompletionsOptions { Model = "gpt-4o" };
            options.Messages.Add(new ChatRequestUserMessage(new ChatMessageImageContentItem(stream, "image/jpeg")));
            var response = await {|#0:client.CompleteAsync(options)|};
            """),
        Case("image item from a data URI", """
            var uri = new Uri("data:image/jpeg;base64," + Convert.ToBase64String(bytes));
            var options = new ChatCompletionsOptions { Messages = { new ChatRequestUserMessage(new ChatMessageImageContentItem(uri)) } };
            var response = await {|#0:client.CompleteAsync(options)|};
            """),
    });

    public static IEnumerable<object[]> AzureOrUnknownEndpoints() => SinkCaseRunner.Rows(new[]
    {
        Endpoint("Azure OpenAI host", "\"https://contoso.openai.azure.com/openai/deployments/gpt-4o\""),
        Endpoint("serverless inference host", "\"https://phi-4-vision.eastus2.inference.ai.azure.com\""),
        Endpoint("Foundry models host", "\"https://llama-vision.eastus2.models.ai.azure.com\""),
        Endpoint("endpoint from an environment variable (unknown service)", "Environment.GetEnvironmentVariable(\"AZURE_INFERENCE_ENDPOINT\")!"),
        Endpoint("endpoint from configuration (unknown service)", "_configuration[\"Inference:Endpoint\"]!", "private readonly IConfiguration _configuration = null!;"),
    });

    public static IEnumerable<object[]> NonAzureEndpoints() => SinkCaseRunner.Rows(new[]
    {
        Endpoint("local model server", "\"http://localhost:5272/v1\""),
        Endpoint("GitHub Models", "\"https://models.github.ai/inference\""),
    });

    private static SinkCase Endpoint(string name, string url, string members = "") =>
        Case("CompleteAsync, " + name, Options + "var response = await {|#0:client.CompleteAsync(options)|};",
            "var client = new ChatCompletionsClient(new Uri(" + url + "), new AzureKeyCredential(\"key\"));", members);

    [Theory]
    [MemberData(nameof(SendingCalls))]
    [MemberData(nameof(AzureOrUnknownEndpoints))]
    public Task LiveFrame_Reported(SinkCase sinkCase) => SinkCaseRunner.LiveFrame_ReportsLeai001(sinkCase);

    [Theory]
    [MemberData(nameof(SendingCalls))]
    public Task StaticImage_NotReported(SinkCase sinkCase) => SinkCaseRunner.StaticImage_NotReported(sinkCase);

    [Theory]
    [MemberData(nameof(NonAzureEndpoints))]
    public Task NonAzureEndpoint_NotReported(SinkCase sinkCase) => SinkCaseRunner.LiveFrame_NotReported(sinkCase);

    [Fact]
    public Task TextOnly_NotReported() =>
        SinkCaseRunner.LiveFrame_NotReported(Case("text only", """
            var options = new ChatCompletionsOptions(new ChatRequestMessage[] { new ChatRequestUserMessage("Summarise the shift log.") });
            var response = await client.CompleteAsync(options);
            """));
}
