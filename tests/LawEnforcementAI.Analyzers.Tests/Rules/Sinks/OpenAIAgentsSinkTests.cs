using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Sinks;

/// <summary>
/// OpenAI 2.15.0 Assistants and Realtime (the real package): a frame in a thread message (by data URI or as an uploaded
/// file referenced by id) and a frame added to a realtime session, through <c>AzureOpenAIClient</c> or a client whose
/// options point at Azure; the same with OpenAI's own service gets OpenAI's clause (LEAI010) instead.
/// </summary>
public class OpenAIAgentsSinkTests
{
    private const string Azure = "new AzureOpenAIClient(new Uri(\"https://contoso.openai.azure.com/\"), new ApiKeyCredential(\"key\"))";

    private const string AssistantsUsings = "using OpenAI.Assistants; using OpenAI.Files;";

    private const string RealtimeUsings = "using OpenAI.Realtime;";

    private const string AzureAssistants = "AssistantClient assistants = " + Azure + ".GetAssistantClient();";

    private const string ImageByUri = "var image = MessageContent.FromImageUri(new Uri(\"data:image/jpeg;base64,\" + Convert.ToBase64String(bytes)));\n";

    private const string RealtimeItem = """
        var item = RealtimeItem.CreateUserMessageItem(new RealtimeMessageContentPart[] { new RealtimeInputImageMessageContentPart(new Uri("data:image/jpeg;base64," + Convert.ToBase64String(bytes))) });
        """;

    private static SinkCase Assistant(string name, string send, string client = AzureAssistants) =>
        new("Assistants " + name, AssistantsUsings, client, send);

    private static SinkCase Realtime(string name, string send, string client) =>
        new("Realtime " + name, RealtimeUsings, client, send);

    public static IEnumerable<object[]> SendingCalls() => SinkCaseRunner.Rows(new[]
    {
        Assistant("CreateMessageAsync with an image URI", ImageByUri + "var message = await {|#0:assistants.CreateMessageAsync(\"thread_1\", MessageRole.User, new[] { MessageContent.FromText(\"Describe.\"), image })|};"),
        Assistant("CreateMessage with an uploaded frame's file id", """
            var files = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential("key")).GetOpenAIFileClient();
            var upload = files.UploadFile(BinaryData.FromBytes(bytes), "frame.jpg", FileUploadPurpose.Vision);
            var message = {|#0:assistants.CreateMessage("thread_1", MessageRole.User, new[] { MessageContent.FromImageFileId(upload.Value.Id) })|};
            """),
        Assistant("CreateThreadAsync with an uploaded stream", """
            var files = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential("key")).GetOpenAIFileClient();
            using var stream = new MemoryStream(bytes);
            var upload = await files.UploadFileAsync(stream, "frame.jpg", FileUploadPurpose.Vision);
            var options = new ThreadCreationOptions { InitialMessages = { new ThreadInitializationMessage(MessageRole.User, new[] { MessageContent.FromImageFileId(upload.Value.Id) }) } };
            var thread = await {|#0:assistants.CreateThreadAsync(options)|};
            """),
        Assistant("CreateThread", ImageByUri + "var thread = {|#0:assistants.CreateThread(new ThreadCreationOptions { InitialMessages = { new ThreadInitializationMessage(MessageRole.User, new[] { image }) } })|};"),
        Assistant("CreateThreadAndRun", ImageByUri + "var run = {|#0:assistants.CreateThreadAndRun(\"asst_1\", new ThreadCreationOptions { InitialMessages = { new ThreadInitializationMessage(MessageRole.User, new[] { image }) } })|};"),
        Assistant("CreateThreadAndRunAsync", ImageByUri + "var run = await {|#0:assistants.CreateThreadAndRunAsync(\"asst_1\", new ThreadCreationOptions { InitialMessages = { new ThreadInitializationMessage(MessageRole.User, new[] { image }) } })|};"),
        Assistant("CreateMessageAsync, AssistantClient with an Azure endpoint", ImageByUri + "var message = await {|#0:assistants.CreateMessageAsync(\"thread_1\", MessageRole.User, new[] { image })|};",
            "var assistants = new AssistantClient(new ApiKeyCredential(\"key\"), new AssistantClientOptions { Endpoint = new Uri(\"https://contoso.openai.azure.com/openai/v1\") });"),
        Realtime("AddItemAsync, conversation session", RealtimeItem + "using var session = await realtime.StartConversationSessionAsync(\"gpt-realtime\");\nawait {|#0:session.AddItemAsync(item)|};",
            "RealtimeClient realtime = " + Azure + ".GetRealtimeClient();"),
        Realtime("AddItemAsync, session from a client with an Azure endpoint", RealtimeItem + "using var session = await realtime.StartSessionAsync(\"gpt-realtime\", \"conversation\");\nawait {|#0:session.AddItemAsync(item, ct)|};",
            "var realtime = new RealtimeClient(new ApiKeyCredential(\"key\"), new RealtimeClientOptions { Endpoint = new Uri(\"https://contoso.openai.azure.com/openai/v1\") });"),
    });

    public static IEnumerable<object[]> NonAzureClients() => SinkCaseRunner.Rows(new[]
    {
        Assistant("CreateMessageAsync, AssistantClient with OpenAI's own service", ImageByUri + "var message = await {|#0:assistants.CreateMessageAsync(\"thread_1\", MessageRole.User, new[] { image })|};",
            "var assistants = new AssistantClient(\"sk-key\");"),
        Realtime("AddItemAsync, RealtimeClient with OpenAI's own service", RealtimeItem + "using var session = await realtime.StartConversationSessionAsync(\"gpt-realtime\");\nawait {|#0:session.AddItemAsync(item)|};",
            "var realtime = new RealtimeClient(\"sk-key\");"),
    });

    [Theory]
    [MemberData(nameof(SendingCalls))]
    public Task LiveFrame_Reported(SinkCase sinkCase) => SinkCaseRunner.LiveFrame_ReportsLeai001(sinkCase);

    [Theory]
    [MemberData(nameof(SendingCalls))]
    public Task StaticImage_NotReported(SinkCase sinkCase) => SinkCaseRunner.StaticImage_NotReported(sinkCase);

    [Theory]
    [MemberData(nameof(NonAzureClients))]
    public Task NonAzureClient_GetsOpenAIsClauseOnly(SinkCase sinkCase) => SinkCaseRunner.LiveFrame_ReportsLeai001(sinkCase, "LEAI010");

    [Fact]
    public Task TextOnlyMessage_NotReported() =>
        SinkCaseRunner.LiveFrame_NotReported(Assistant("text only", "var message = await assistants.CreateMessageAsync(\"thread_1\", MessageRole.User, new[] { MessageContent.FromText(\"Summarise the shift log.\") });"));
}
