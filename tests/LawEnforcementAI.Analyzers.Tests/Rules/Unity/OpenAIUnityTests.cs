using System.Collections.Generic;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Unity;

/// <summary>
/// com.openai.unity: a camera texture put into a chat request (<c>Content</c> from a <c>Texture2D</c>, <c>Message</c>,
/// <c>Conversation.AppendMessage</c>) and sent by <c>ChatEndpoint</c>. Its client shares the official SDK's full name
/// <c>OpenAI.OpenAIClient</c>; its configuration may name an Azure deployment, so it is reported, while the official SDK's
/// client on OpenAI's own service gets none of Microsoft's rules, only OpenAI's clause (LEAI010).
/// </summary>
public class OpenAIUnityTests
{
    private const string Frame = """
        var webcam = new WebCamTexture();
        var snapshot = new Texture2D(640, 480);
        snapshot.SetPixels32({|#1:webcam.GetPixels32()|});
        snapshot.Apply();

        """;

    public static IEnumerable<object[]> Reported() => new[]
    {
        Case("the implicit conversion of a Texture2D in a message, GetCompletionAsync, client from a configuration asset", "var client = new OpenAIClient(configuration);", """
            var messages = new List<Message> { new Message(Role.User, new List<Content> { "Describe the scene.", snapshot }) };
            var response = await {|#0:client.ChatEndpoint.GetCompletionAsync(new ChatRequest(messages, "gpt-4o"))|};
            """, "ChatEndpoint.GetCompletionAsync"),
        Case("Content(Texture2D), Conversation.AppendMessage, StreamCompletionAsync, client from an API key", "var client = new OpenAIClient(new OpenAIAuthentication(\"sk-key\"));", """
            var conversation = new Conversation(new List<Message> { new Message(Role.System, "You assist an officer.") });
            conversation.AppendMessage(new Message(Role.User, new[] { new Content(snapshot) }));
            var request = new ChatRequest(conversation.Messages);
            var response = await {|#0:client.ChatEndpoint.StreamCompletionAsync(request, partial => Debug(partial))|};
            """, "ChatEndpoint.StreamCompletionAsync"),
        Case("the client built with its defaults", "var client = new OpenAIClient();", """
            var response = await {|#0:client.ChatEndpoint.GetCompletionAsync(new ChatRequest(new[] { new Message(Role.User, new Content[] { snapshot }) }))|};
            """, "ChatEndpoint.GetCompletionAsync"),
    };

    [Theory]
    [MemberData(nameof(Reported))]
    public Task CameraTextureSentWithComOpenAIUnity_IsReported(string name, string client, string send, string sinkName)
    {
        _ = name;
        return new FlowTest("police, body-cam", "US", openAIUnity: true)
        {
            TestCode = Source(client, send),
            ExpectedDiagnostics =
            {
                Diag("LEAI001", "WebCamTexture.GetPixels32", sinkName, "police, body-cam (US)", "").WithLocation(0).WithLocation(1),
                Diag("LEAI002", "WebCamTexture.GetPixels32", sinkName, "police, body-cam (US)", "").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();
    }

    [Fact]
    public Task TextOnlyChat_IsNotReported() =>
        new FlowTest("police, body-cam", "US", openAIUnity: true)
        {
            TestCode = Behaviour("var client = new OpenAIClient(configuration);", """
                var messages = new List<Message> { new Message(Role.User, "Summarise the shift log.") };
                var response = await client.ChatEndpoint.GetCompletionAsync(new ChatRequest(messages));
                """),
        }.RunAsync();

    [Fact]
    public Task TextureFromAConstantAsset_IsNotReported() =>
        new FlowTest("police, body-cam", "US", openAIUnity: true)
        {
            TestCode = Behaviour("var client = new OpenAIClient(configuration);", """
                var snapshot = new Texture2D(2, 2);
                snapshot.LoadImage(File.ReadAllBytes("Assets/StreamingAssets/test-card.png"));
                var messages = new List<Message> { new Message(Role.User, new List<Content> { snapshot }) };
                var response = await client.ChatEndpoint.GetCompletionAsync(new ChatRequest(messages));
                """),
        }.RunAsync();

    /// <summary>
    /// The official SDK's <c>OpenAI.OpenAIClient</c> (strong-named) on OpenAI's own service gets none of Microsoft's rules,
    /// only OpenAI's clause (LEAI010).
    /// </summary>
    [Fact]
    public Task OfficialOpenAIClientOnOpenAIsService_GetsOpenAIsClauseOnly() =>
        new FlowTest("police, body-cam", "US")
        {
            TestCode = Snippets.InMethod(Snippets.OpenCv, Snippets.OpenCvLiveFrame + Snippets.SendBytes,
                client: "var chat = new OpenAIClient(new ApiKeyCredential(\"sk-key\")).GetChatClient(\"gpt-4o\");"),
            ExpectedDiagnostics = { ProviderTest.Leai010(ServiceProvider.OpenAI, context: "police, body-cam (US)").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    /// <summary>The behaviour that captures a webcam frame and sends it with <paramref name="send"/>.</summary>
    internal static string Source(string client, string send) => Behaviour(client, Frame + send);

    private static string Behaviour(string client, string body) => $$"""
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Threading.Tasks;
        using OpenAI;
        using OpenAI.Chat;
        using UnityEngine;

        public class VisionAssistant : MonoBehaviour
        {
            [SerializeField] private OpenAIConfiguration configuration = null!;

            private async Task AskAsync()
            {
                {{client}}
                {{body}}
            }

            private static void Debug(ChatResponse partial)
            {
            }
        }
        """;

    private static object[] Case(string name, string client, string send, string sinkName) => new object[] { name, client, send, sinkName };
}
