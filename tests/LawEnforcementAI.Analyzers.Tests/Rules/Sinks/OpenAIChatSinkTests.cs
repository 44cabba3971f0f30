using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>
/// Every way of sending an image request in the catalogue (part A), each with a live webcam frame (#1) in a US police
/// project, and the clients whose service decides whether it is Azure OpenAI.
/// </summary>
public class OpenAIChatSinkTests
{
    internal const string Frame = """
        using var capture = new VideoCapture(0);
        var frame = new Mat();
        {|#1:capture.Read(frame)|};
        byte[] bytes = frame.ToBytes(".jpg");
        var part = ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg");
        """;

    public static IEnumerable<object[]> SendingCalls() => new[]
    {
        Case("CompleteChat(params ChatMessage[])", "{|#0:chat.CompleteChat(new UserChatMessage(part))|};", "ChatClient.CompleteChat"),
        Case("CompleteChatAsync(IEnumerable) from a List.Add", """
            var messages = new List<ChatMessage>();
            messages.Add(new SystemChatMessage("You describe incident scenes."));
            messages.Add(ChatMessage.CreateUserMessage(part));
            await {|#0:chat.CompleteChatAsync(messages, new ChatCompletionOptions(), ct)|};
            """, "ChatClient.CompleteChatAsync"),
        Case("CompleteChatStreaming with a collection initializer", """
            var messages = new List<ChatMessage> { new SystemChatMessage("Describe."), new UserChatMessage(part) };
            foreach (var update in {|#0:chat.CompleteChatStreaming(messages)|}) { }
            """, "ChatClient.CompleteChatStreaming"),
        Case("CompleteChatStreamingAsync with an array", """
            ChatMessage[] messages = { new SystemChatMessage("Describe."), new UserChatMessage(part) };
            await foreach (var update in {|#0:chat.CompleteChatStreamingAsync(messages)|}) { }
            """, "ChatClient.CompleteChatStreamingAsync"),
        Case("part added to message.Content", """
            var message = new UserChatMessage("What is in this picture?");
            message.Content.Add(part);
            await {|#0:chat.CompleteChatAsync(message)|};
            """, "ChatClient.CompleteChatAsync"),
        Case("parts in a list, ChatMessageContent", """
            var parts = new List<ChatMessageContentPart> { ChatMessageContentPart.CreateTextPart("Describe.") };
            parts.Add(part);
            await {|#0:chat.CompleteChatAsync(new UserChatMessage(new ChatMessageContent(parts)))|};
            """, "ChatClient.CompleteChatAsync"),
        Case("base64 data URI built by interpolation", """
            string base64 = Convert.ToBase64String(bytes);
            var uri = new Uri($"data:image/jpeg;base64,{base64}");
            await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(uri, ChatImageDetailLevel.Low)))|};
            """, "ChatClient.CompleteChatAsync"),
        Case("base64 data URI built by concatenation and StringBuilder", """
            var builder = new System.Text.StringBuilder("data:image/jpeg;base64,");
            builder.Append(Convert.ToBase64String(bytes));
            var uri = new Uri(builder.ToString());
            await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(uri)))|};
            """, "ChatClient.CompleteChatAsync"),
        Case("protocol method with raw JSON", """
            var json = "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/jpeg;base64," + Convert.ToBase64String(bytes) + "\"}}]}]}";
            var result = {|#0:chat.CompleteChat(BinaryContent.Create(BinaryData.FromString(json)), null)|};
            """, "ChatClient.CompleteChat"),
        Case("MemoryStream round trip", """
            using var stream = new MemoryStream(bytes);
            var data = await BinaryData.FromStreamAsync(stream);
            await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(data, "image/jpeg")))|};
            """, "ChatClient.CompleteChatAsync"),
        Case("ternary and lambda returning the part", """
            Func<ChatMessageContentPart> makePart = () => part;
            var chosen = bytes.Length > 0 ? makePart() : ChatMessageContentPart.CreateTextPart("no image");
            await {|#0:chat.CompleteChatAsync(new UserChatMessage(chosen))|};
            """, "ChatClient.CompleteChatAsync"),
        Case("local function building the message", """
            UserChatMessage Build(ChatMessageContentPart image) => new UserChatMessage(ChatMessageContentPart.CreateTextPart("Describe."), image);
            await {|#0:chat.CompleteChatAsync(Build(part))|};
            """, "ChatClient.CompleteChatAsync"),
        Case("Task.Run encoding off the UI thread", """
            var encoded = await Task.Run(() => BinaryData.FromBytes(frame.ToBytes(".png")));
            await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(encoded, "image/png")))|};
            """, "ChatClient.CompleteChatAsync"),
    };

    [Theory]
    [MemberData(nameof(SendingCalls))]
    public Task FrameReachesSendingCall_Reported(string name, string send, string sinkName)
    {
        _ = name;
        return new FlowTest("police", "US")
        {
            TestCode = Snippets.InMethod(Snippets.OpenCv, Frame + send),
            ExpectedDiagnostics =
            {
                Diag("LEAI001", "VideoCapture.Read", sinkName, "police (US)", "").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();
    }

    public static IEnumerable<object[]> AzureOrUnknownClients() => new[]
    {
        Client("AzureOpenAIClient.GetChatClient", Snippets.AzureChat, ""),
        Client("AzureOpenAIClient with Entra ID and options", """
            var credential = Azure.Core.DelegatedTokenCredential.Create((context, token) => default);
            ChatClient chat = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), credential, new AzureOpenAIClientOptions()).GetChatClient("gpt-4o");
            """, ""),
        Client("OpenAIClient with an Azure v1 endpoint", """
            var options = new OpenAIClientOptions { Endpoint = new Uri("https://contoso.openai.azure.com/openai/v1") };
            ChatClient chat = new OpenAIClient(new ApiKeyCredential("key"), options).GetChatClient("gpt-4o");
            """, ""),
        Client("ChatClient with a Foundry endpoint set after construction", """
            var options = new OpenAIClientOptions();
            options.Endpoint = new Uri("https://contoso.services.ai.azure.com/openai/v1/");
            ChatClient chat = new ChatClient("gpt-4o", new ApiKeyCredential("key"), options);
            """, ""),
        Client("endpoint built from a resource name", """
            var resource = "contoso";
            var options = new OpenAIClientOptions { Endpoint = new Uri($"https://{resource}.cognitiveservices.azure.com/openai/v1") };
            ChatClient chat = new OpenAIClient(new ApiKeyCredential("key"), options).GetChatClient("gpt-4o");
            """, ""),
        Client("endpoint from configuration (unknown service)", """
            var options = new OpenAIClientOptions { Endpoint = new Uri(Environment.GetEnvironmentVariable("AI_ENDPOINT")!) };
            ChatClient chat = new OpenAIClient(new ApiKeyCredential("key"), options).GetChatClient("gpt-4o");
            """, ""),
        Client("client from a field (unknown service)", "ChatClient chat = _chat;", "private readonly ChatClient _chat = null!;"),
        Client("client from a factory delegate (unknown service)", "ChatClient chat = _factory();", "private readonly Func<ChatClient> _factory = null!;"),
    };

    [Theory]
    [MemberData(nameof(AzureOrUnknownClients))]
    public Task AzureOrUnknownClient_Reported(string _, string client, string members)
    {
        var source = Snippets.InMethod(Snippets.OpenCv, Frame + "await {|#0:chat.CompleteChatAsync(new UserChatMessage(part))|};", members, client);
        return new FlowTest("police", "US")
        {
            TestCode = source,

            // A provider-less field could still be given a non-Azure client elsewhere: the whole program decides these two.
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();
    }

    public static IEnumerable<object[]> OpenAIsOwnServiceClients() => new[]
    {
        Client("ChatClient with an OpenAI API key", "var chat = new ChatClient(\"gpt-4o\", \"sk-key\");", ""),
        Client("OpenAIClient without options", "var chat = new OpenAIClient(new ApiKeyCredential(\"sk-key\")).GetChatClient(\"gpt-4o\");", ""),
        Client("OpenAIClient with options but default endpoint", """
            var options = new OpenAIClientOptions { OrganizationId = "org-1" };
            var chat = new OpenAIClient(new ApiKeyCredential("sk-key"), options).GetChatClient("gpt-4o");
            """, ""),
    };

    /// <summary>A client provably on OpenAI's own service is none of Microsoft's rules': OpenAI's clause (LEAI010) reports it.</summary>
    [Theory]
    [MemberData(nameof(OpenAIsOwnServiceClients))]
    public Task ClientProvablyOpenAIs_GetsOpenAIsClauseOnly(string name, string client, string members)
    {
        _ = name;
        var body = Frame + "await {|#0:chat.CompleteChatAsync(new UserChatMessage(part))|};";
        return new FlowTest("police", "US")
        {
            TestCode = Snippets.InMethod(Snippets.OpenCv, body, members, client),
            ExpectedDiagnostics = { ProviderTest.Leai010(ServiceProvider.OpenAI).WithLocation(0).WithLocation(1) },
        }.RunAsync();
    }

    private static readonly object[] LocalModelServerClient = Client("OpenAIClient pointed at a local model server", """
        var options = new OpenAIClientOptions { Endpoint = new Uri("http://localhost:11434/v1") };
        var chat = new ChatClient("llava", new ApiKeyCredential("none"), options);
        """, "");

    /// <summary>Every client provably not Azure's, for the catalogue rows.</summary>
    public static IEnumerable<object[]> NonAzureClients() => OpenAIsOwnServiceClients().Append(LocalModelServerClient);

    [Fact]
    public Task ClientOnALocalModelServer_NotReported()
    {
        var body = Frame.WithoutMarkup() + "await chat.CompleteChatAsync(new UserChatMessage(part));";
        return new FlowTest("police", "US") { TestCode = Snippets.InMethod(Snippets.OpenCv, body, (string)LocalModelServerClient[2], (string)LocalModelServerClient[1]) }.RunAsync();
    }

    private static object[] Case(string name, string send, string sinkName) => new object[] { name, send, sinkName };

    private static object[] Client(string name, string client, string members) => new object[] { name, client, members };
}
