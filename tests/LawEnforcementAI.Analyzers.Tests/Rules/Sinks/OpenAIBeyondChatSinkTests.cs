using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Sinks;

/// <summary>
/// OpenAI 2.15.0 beyond chat (the real package): the Responses API and image edits, reached through
/// <c>AzureOpenAIClient</c> (Azure) or <c>OpenAIClient</c> (OpenAI's own service unless its endpoint says otherwise),
/// and the protocol overloads that take raw JSON as <c>BinaryContent</c>.
/// </summary>
public class OpenAIBeyondChatSinkTests
{
    private const string Azure = "new AzureOpenAIClient(new Uri(\"https://contoso.openai.azure.com/\"), new ApiKeyCredential(\"key\"))";

    private const string AzureResponses = "ResponsesClient responses = " + Azure + ".GetResponsesClient();";

    private const string AzureImages = "ImageClient images = " + Azure + ".GetImageClient(\"gpt-image-1\");";

    private const string ResponsesUsings = "using OpenAI.Responses;";

    private const string ImagesUsings = "using OpenAI.Images;";

    private const string Items = """
        var part = ResponseContentPart.CreateInputImagePart(BinaryData.FromBytes(bytes, "image/jpeg"), ResponseImageDetailLevel.High);
        var items = new List<ResponseItem> { ResponseItem.CreateUserMessageItem(new[] { ResponseContentPart.CreateInputTextPart("Describe the scene."), part }) };
        """;

    private const string ProtocolJson = """
        var json = "{\"model\":\"gpt-4o\",\"input\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_image\",\"image_url\":\"data:image/jpeg;base64," + Convert.ToBase64String(bytes) + "\"}]}]}";
        using var content = BinaryContent.Create(BinaryData.FromString(json));
        """;

    private static SinkCase Responses(string name, string send, string client = AzureResponses) =>
        new("Responses " + name, ResponsesUsings, client, send);

    private static SinkCase Images(string name, string send, string client = AzureImages) =>
        new("Images " + name, ImagesUsings, client, send);

    public static IEnumerable<object[]> SendingCalls() => SinkCaseRunner.Rows(new[]
    {
        Responses("CreateResponseAsync(model, items)", Items + "var result = await {|#0:responses.CreateResponseAsync(\"gpt-4o\", items, cancellationToken: ct)|};"),
        Responses("CreateResponse(CreateResponseOptions)", Items + "var result = {|#0:responses.CreateResponse(new CreateResponseOptions(\"gpt-4o\", items))|};"),
        Responses("CreateResponseStreamingAsync(CreateResponseOptions)", Items + "var updates = {|#0:responses.CreateResponseStreamingAsync(new CreateResponseOptions(\"gpt-4o\", items))|};"),
        Responses("image part from a data URI", """
            var uri = new Uri($"data:image/jpeg;base64,{Convert.ToBase64String(bytes)}");
            var items = new[] { ResponseItem.CreateUserMessageItem(new[] { ResponseContentPart.CreateInputImagePart(uri) }) };
            var result = await {|#0:responses.CreateResponseAsync("gpt-4o", items)|};
            """),
        Responses("frame sent as an input file part", """
            var file = ResponseContentPart.CreateInputFilePart(BinaryData.FromBytes(bytes), "image/jpeg", "frame.jpg");
            var result = await {|#0:responses.CreateResponseAsync("gpt-4o", new[] { ResponseItem.CreateUserMessageItem(new[] { file }) })|};
            """),
        Responses("protocol CreateResponse(BinaryContent)", ProtocolJson + "var result = {|#0:responses.CreateResponse(content)|};"),
        Responses("protocol CreateResponseAsync(BinaryContent)", ProtocolJson + "var result = await {|#0:responses.CreateResponseAsync(content)|};"),
        Responses("OpenAIResponseClient.CreateResponseAsync (OpenAI 2.2 to 2.7, stand-in), Azure v1 endpoint", Items + "var result = await {|#0:responses.CreateResponseAsync(items)|};",
            "var responses = new OpenAIResponseClient(\"gpt-4o\", new ApiKeyCredential(\"key\"), new OpenAIClientOptions { Endpoint = new Uri(\"https://contoso.openai.azure.com/openai/v1\") });"),
        Responses("OpenAIResponseClient.CreateResponse (OpenAI 2.2 to 2.7, stand-in), Azure v1 endpoint", Items + "var result = {|#0:responses.CreateResponse(items)|};",
            "var responses = new OpenAIResponseClient(\"gpt-4o\", new ApiKeyCredential(\"key\"), new OpenAIClientOptions { Endpoint = new Uri(\"https://contoso.openai.azure.com/openai/v1\") });"),
        Images("GenerateImageEdit", "using var image = new MemoryStream(bytes);\nvar edited = {|#0:images.GenerateImageEdit(image, \"frame.jpg\", \"Blur every face\")|};"),
        Images("GenerateImageEditAsync", "using var image = new MemoryStream(bytes);\nvar edited = await {|#0:images.GenerateImageEditAsync(image, \"frame.jpg\", \"Blur every face\")|};"),
        Images("GenerateImageEdits", "using var image = new MemoryStream(bytes);\nvar edited = {|#0:images.GenerateImageEdits(image, \"frame.jpg\", \"Blur every face\", 2)|};"),
        Images("GenerateImageEditsAsync", "using var image = new MemoryStream(bytes);\nvar edited = await {|#0:images.GenerateImageEditsAsync(image, \"frame.jpg\", \"Blur every face\", 2)|};"),
    });

    public static IEnumerable<object[]> AzureOrUnknownClients() => SinkCaseRunner.Rows(new[]
    {
        Responses("CreateResponseAsync, OpenAIClient with an Azure v1 endpoint", Items + "var result = await {|#0:responses.CreateResponseAsync(\"gpt-4o\", items)|};",
            "var options = new OpenAIClientOptions { Endpoint = new Uri(\"https://contoso.openai.azure.com/openai/v1\") };\nResponsesClient responses = new OpenAIClient(new ApiKeyCredential(\"key\"), options).GetResponsesClient();"),
        Responses("CreateResponseAsync, ResponsesClient with a Foundry endpoint", Items + "var result = await {|#0:responses.CreateResponseAsync(\"gpt-4o\", items)|};",
            "var responses = new ResponsesClient(new ApiKeyCredential(\"key\"), new ResponsesClientOptions { Endpoint = new Uri(\"https://contoso.services.ai.azure.com/openai/v1\") });"),
        Images("GenerateImageEditAsync, ImageClient with an endpoint from configuration", "using var image = new MemoryStream(bytes);\nvar edited = await {|#0:images.GenerateImageEditAsync(image, \"frame.jpg\", \"Blur every face\")|};",
            "var images = new ImageClient(\"gpt-image-1\", new ApiKeyCredential(\"key\"), new OpenAIClientOptions { Endpoint = new Uri(Environment.GetEnvironmentVariable(\"IMAGE_ENDPOINT\")!) });"),
    });

    public static IEnumerable<object[]> NonAzureClients() => SinkCaseRunner.Rows(new[]
    {
        Responses("CreateResponseAsync, OpenAIClient with OpenAI's own service", Items + "var result = await {|#0:responses.CreateResponseAsync(\"gpt-4o\", items)|};",
            "ResponsesClient responses = new OpenAIClient(new ApiKeyCredential(\"sk-key\")).GetResponsesClient();"),
        Responses("CreateResponseAsync, ResponsesClient with an API key", Items + "var result = await {|#0:responses.CreateResponseAsync(\"gpt-4o\", items)|};",
            "var responses = new ResponsesClient(\"sk-key\");"),
        Responses("OpenAIResponseClient.CreateResponseAsync (OpenAI 2.2 to 2.7, stand-in) with an API key", Items + "var result = await {|#0:responses.CreateResponseAsync(items)|};",
            "var responses = new OpenAIResponseClient(\"gpt-4o\", \"sk-key\");"),
        Images("GenerateImageEditAsync, OpenAI's own service with an organization from configuration", "using var image = new MemoryStream(bytes);\nvar edited = await {|#0:images.GenerateImageEditAsync(image, \"frame.jpg\", \"Blur every face\")|};",
            "var images = new ImageClient(\"gpt-image-1\", new ApiKeyCredential(\"sk-key\"), new OpenAIClientOptions { OrganizationId = Environment.GetEnvironmentVariable(\"OPENAI_ORG_ID\") });"),
        Responses("CreateResponseAsync, OpenAI's own service with a project set from configuration", Items + "var result = await {|#0:responses.CreateResponseAsync(\"gpt-4o\", items)|};",
            "var options = new OpenAIClientOptions();\noptions.ProjectId = Environment.GetEnvironmentVariable(\"OPENAI_PROJECT_ID\");\nResponsesClient responses = new OpenAIClient(new ApiKeyCredential(\"sk-key\"), options).GetResponsesClient();"),
        Images("GenerateImageEditAsync, ImageClient with an API key", "using var image = new MemoryStream(bytes);\nvar edited = await {|#0:images.GenerateImageEditAsync(image, \"frame.jpg\", \"Blur every face\")|};",
            "var images = new ImageClient(\"gpt-image-1\", \"sk-key\");"),
    });

    [Theory]
    [MemberData(nameof(SendingCalls))]
    [MemberData(nameof(AzureOrUnknownClients))]
    public Task LiveFrame_Reported(SinkCase sinkCase) => SinkCaseRunner.LiveFrame_ReportsLeai001(sinkCase);

    [Theory]
    [MemberData(nameof(SendingCalls))]
    public Task StaticImage_NotReported(SinkCase sinkCase) => SinkCaseRunner.StaticImage_NotReported(sinkCase);

    [Theory]
    [MemberData(nameof(NonAzureClients))]
    public Task NonAzureClient_GetsOpenAIsClauseOnly(SinkCase sinkCase) => SinkCaseRunner.LiveFrame_ReportsLeai001(sinkCase, "LEAI010");

    [Fact]
    public Task TextOnlyResponse_NotReported() =>
        SinkCaseRunner.LiveFrame_NotReported(Responses("text only", "var result = await responses.CreateResponseAsync(\"gpt-4o\", \"Summarise the shift log.\");"));
}
