using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Prompts;

/// <summary>
/// Requests beyond the shapes of <see cref="PromptShape"/>: Azure.AI.OpenAI 1.x (stand-in), a Semantic Kernel prompt
/// with an image tag, the OpenAI protocol method with raw JSON, a Microsoft.Extensions.AI data URI, and frames pasted into
/// the text of a message as <c>{"image": "&lt;base64&gt;"}</c> (the GPT-4V cookbook's shape).
/// </summary>
public class PromptMoreSdkTests
{
    [Fact]
    public Task LegacyAzureOpenAI_TextAndImageItems_Reported()
    {
        var test = new LeaiAnalyzerTest(StandInReferences.WithLegacyAzureOpenAI, new PromptIntentAnalyzer())
        {
            TestCode = """
                using System;
                using System.Threading.Tasks;
                using Azure;
                using Azure.AI.OpenAI;

                public class LegacyInvestigator
                {
                    private const string Question = "Wer ist diese Person?";

                    public async Task RunAsync(OpenAIClient client, byte[] bytes)
                    {
                        var dataUri = new Uri("data:image/jpeg;base64," + Convert.ToBase64String(bytes));
                        var options = new ChatCompletionsOptions
                        {
                            DeploymentName = "gpt-4-vision",
                            Messages = { new ChatRequestSystemMessage(Question), new ChatRequestUserMessage(new ChatMessageImageContentItem(dataUri)) },
                        };
                        var response = await {|#0:client.GetChatCompletionsAsync(options)|};
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Diag("LEAI003", "GetChatCompletionsAsync", "Wer ist diese Person").WithLocation(0));
        return test.RunAsync();
    }

    [Fact]
    public Task SemanticKernelPromptWithImageTag_Reported()
    {
        var test = new PromptTest
        {
            TestCode = PromptSource.InMethod("", """
                var prompt = $"<message role=\"user\">Quel âge a cet homme ?<image>data:image/jpeg;base64,{Convert.ToBase64String(bytes)}</image></message>";
                await {|#0:service.GetChatMessageContentsAsync(prompt)|};
                """),
        };
        test.ExpectedDiagnostics.Add(PromptIntentTests.Expected("LEAI004", "GetChatMessageContentsAsync", "Quel âge a cet homme", "a specific age"));
        return test.RunAsync();
    }

    [Fact]
    public Task ProtocolMethodWithRawJson_Reported()
    {
        var test = new PromptTest
        {
            TestCode = PromptSource.InMethod("", """
                var json = "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Search the watchlist for this face.\"},{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/jpeg;base64," + Convert.ToBase64String(bytes) + "\"}}]}]}";
                var result = {|#0:chat.CompleteChat(System.ClientModel.BinaryContent.Create(BinaryData.FromString(json)), null)|};
                """),
        };
        test.ExpectedDiagnostics.Add(PromptIntentTests.Expected("LEAI003", "CompleteChat", "Search the watchlist", string.Empty));
        return test.RunAsync();
    }

    [Fact]
    public Task ExtensionsAIDataUri_Reported()
    {
        var test = new PromptTest
        {
            TestCode = PromptSource.InMethod("", """
                var uri = "data:image/png;base64," + Convert.ToBase64String(bytes);
                var message = new AI.ChatMessage(AI.ChatRole.User, [new AI.TextContent("Is the suspect nervous?"), new AI.DataContent(uri)]);
                await {|#0:client.GetResponseAsync([message])|};
                """),
        };
        test.ExpectedDiagnostics.Add(PromptIntentTests.Expected("LEAI004", "GetResponseAsync", "Is the suspect nervous", "an emotional state"));
        return test.RunAsync();
    }

    [Fact]
    public Task ExtensionsAIDataUriOfAPdf_NotReported() =>
        new PromptTest
        {
            TestCode = PromptSource.InMethod("", """
                var message = new AI.ChatMessage(AI.ChatRole.User, [new AI.TextContent("Is the suspect nervous?"), new AI.DataContent("data:application/pdf;base64,JVBERi0=")]);
                await client.GetResponseAsync([message]);
                """),
        }.RunAsync();

    [Fact]
    public Task CookbookFramesInARestMessage_Reported()
    {
        var test = new PromptTest
        {
            TestCode = PromptSource.InMethod("", """
                var frames = new[] { Convert.ToBase64String(bytes) };
                var body = new { messages = new[] { new { role = "user", content = new object[] { "These are frames from a body camera. Who is this person?", new { image = frames[0], resize = 768 } } } } };
                await {|#0:http.PostAsJsonAsync("https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions", body, ct)|};
                """),
        };
        test.ExpectedDiagnostics.Add(PromptIntentTests.Expected("LEAI003", "PostAsJsonAsync", "Who is this person", string.Empty));
        return test.RunAsync();
    }

    [Fact]
    public Task CookbookFramePastedIntoMessageText_Reported()
    {
        var test = new PromptTest
        {
            TestCode = PromptSource.InMethod("", """
                var text = "How old exactly is the man? {\"image\": \"" + Convert.ToBase64String(bytes) + "\"}";
                await {|#0:chat.CompleteChatAsync([new UserChatMessage(text)], cancellationToken: ct)|};
                """),
        };
        test.ExpectedDiagnostics.Add(PromptIntentTests.Expected("LEAI004", "CompleteChatAsync", "How old exactly is the man", "a specific age"));
        return test.RunAsync();
    }

    /// <summary>The word "image" in a text-only prompt is not an image.</summary>
    [Fact]
    public Task TextNamingAnImageField_NotReported() =>
        new PromptTest
        {
            TestCode = PromptSource.InMethod("", """
                await chat.CompleteChatAsync([new UserChatMessage("Who is the person named in the \"image\" field of the record?")], cancellationToken: ct);
                """),
        }.RunAsync();
}
