using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Prompts;

/// <summary>
/// Requests next to a finding that are not one, and text sources the reader follows beyond the table's: a part that is
/// not an image, a prompt from a parameter, a message list built by a helper, a local assigned twice.
/// </summary>
public class PromptCloseNegativeTests
{
    [Fact]
    public Task DataContentOfAnotherMediaType_IsNoImage() =>
        new PromptTest
        {
            TestCode = PromptSource.InMethod("", """
                var message = new AI.ChatMessage(AI.ChatRole.User, [new AI.TextContent("Who is this person?"), new AI.DataContent(bytes, "application/pdf")]);
                await client.GetResponseAsync(message);
                """),
        }.RunAsync();

    [Fact]
    public Task PromptFromAParameter_IsNotRead() =>
        new PromptTest
        {
            TestCode = PromptSource.InMethod("""
                public async Task AskAsync(ChatClient chat, string question, byte[] image) =>
                    await chat.CompleteChatAsync([new UserChatMessage(ChatMessageContentPart.CreateTextPart(question), ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(image), "image/png"))]);
                """, "await AskAsync(chat, \"Describe the scene.\", bytes);"),
        }.RunAsync();

    [Fact]
    public Task ImageAndPromptInDifferentRequests_NotReported() =>
        new PromptTest
        {
            TestCode = PromptSource.InMethod("", """
                await chat.CompleteChatAsync([new UserChatMessage("Who is this person?")]);
                await chat.CompleteChatAsync([new UserChatMessage(ChatMessageContentPart.CreateTextPart("Describe the scene."), ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg"))]);
                """),
        }.RunAsync();

    [Fact]
    public Task MessagesBuiltByAHelper_AreRead()
    {
        var test = new PromptTest
        {
            TestCode = PromptSource.InMethod("""
                private static List<OpenAI.Chat.ChatMessage> Build(byte[] image) =>
                    [new SystemChatMessage("Match this face against the watchlist."), new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(image), "image/jpeg"))];
                """, "await {|#0:chat.CompleteChatAsync(Build(bytes))|};"),
        };
        test.ExpectedDiagnostics.Add(PromptIntentTests.Expected("LEAI003", "CompleteChatAsync", "Match this face", string.Empty));
        return test.RunAsync();
    }

    [Fact]
    public Task LocalAssignedTwice_EachValueIsRead()
    {
        var test = new PromptTest
        {
            TestCode = PromptSource.InMethod("", """
                var prompt = "Describe the scene.";
                if (bytes.Length > 1000) prompt = "¿Quién es esta persona?";
                await {|#0:chat.CompleteChatAsync([new UserChatMessage(ChatMessageContentPart.CreateTextPart(prompt), ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg"))])|};
                """),
        };
        test.ExpectedDiagnostics.Add(PromptIntentTests.Expected("LEAI003", "CompleteChatAsync", "Quién es esta persona", string.Empty));
        return test.RunAsync();
    }

    [Fact]
    public Task JsonObjectBody_IsRead()
    {
        var test = new PromptTest
        {
            TestCode = PromptSource.InMethod("", """
                var image = new System.Text.Json.Nodes.JsonObject { ["type"] = "image_url", ["image_url"] = new System.Text.Json.Nodes.JsonObject { ["url"] = "data:image/jpeg;base64," + Convert.ToBase64String(bytes) } };
                var text = new System.Text.Json.Nodes.JsonObject { ["type"] = "text", ["text"] = "Wie alt ist die Person?" };
                var body = new System.Text.Json.Nodes.JsonObject { ["messages"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["role"] = "user", ["content"] = new System.Text.Json.Nodes.JsonArray(text, image) }) };
                await {|#0:http.PostAsync("https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"))|};
                """),
        };
        test.ExpectedDiagnostics.Add(PromptIntentTests.Expected("LEAI004", "PostAsync", "Wie alt ist die Person", "a specific age"));
        return test.RunAsync();
    }
}
