// Imitates com.openai.unity (RageAgainstThePixel), assembly OpenAI (its Runtime asmdef), the 8.x line: the client and the
// chat types a camera frame travels through. Its client has the official OpenAI SDK's full name, OpenAI.OpenAIClient,
// in an assembly also named OpenAI; Unity compiles it unsigned.
// Source: RageAgainstThePixel/com.openai.unity OpenAI/Packages/com.openai.unity/Runtime/OpenAIClient.cs (8.x, with the
// Realtime and Responses endpoints: OpenAIClient(OpenAIConfiguration configuration), OpenAIClient(OpenAIAuthentication
// authentication = null, OpenAISettings settings = null), ChatEndpoint), Runtime/Chat/ChatEndpoint.cs (GetCompletionAsync(
// ChatRequest chatRequest, CancellationToken cancellationToken = default) at d9fe348 and later; StreamCompletionAsync(
// ChatRequest chatRequest, Action<ChatResponse> resultHandler, CancellationToken cancellationToken = default) at 082e11e),
// Runtime/Chat/ChatRequest.cs at cb89a2d (the messages constructor), Runtime/Chat/Message.cs at 0fdeef4 (Message(Role role,
// IEnumerable<Content> content, string name = null), Message(Role role, string content, string name = null)),
// Runtime/Chat/Content.cs at 30c0421 (Content(string text), Content(Texture2D texture), the implicit conversions from
// string and Texture2D) and Runtime/Chat/Conversation.cs at 30c0421 (Conversation(List<Message> messages), Messages,
// AppendMessage(Message message)); Runtime/Authentication/OpenAIAuthentication.cs (OpenAIAuthentication(string apiKey)).
// Package version: not pinned. The members are transcribed at the repository commits named above; no package.json of
// those commits is stored (the stored ones, f13bcf2 and 007c6e4, say 5.1.0 and 5.1.1), so which release each commit
// belongs to is not established, and this file may mix releases. Re-transcribing it from one tagged release is open.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OpenAI.Chat;
using UnityEngine;

namespace OpenAI
{
    public enum Role
    {
        System = 1,
        Assistant = 2,
        User = 3,
    }

    public sealed class OpenAIConfiguration : ScriptableObject
    {
    }

    public sealed class OpenAIAuthentication
    {
        public OpenAIAuthentication(string apiKey) => throw null!;
    }

    public sealed class OpenAISettings
    {
    }

    public sealed class OpenAIClient
    {
        public OpenAIClient(OpenAIConfiguration configuration) => throw null!;
        public OpenAIClient(OpenAIAuthentication authentication = null!, OpenAISettings settings = null!) => throw null!;

        public ChatEndpoint ChatEndpoint => throw null!;
    }
}

namespace OpenAI.Chat
{
    public enum ChatResponseFormat
    {
        Auto = 0,
        Text = 1,
        Json = 2,
    }

    public sealed class ChatResponse
    {
    }

    public sealed class ChatEndpoint
    {
        private ChatEndpoint() { }

        public Task<ChatResponse> GetCompletionAsync(ChatRequest chatRequest, CancellationToken cancellationToken = default) => throw null!;
        public Task<ChatResponse> StreamCompletionAsync(ChatRequest chatRequest, Action<ChatResponse> resultHandler, CancellationToken cancellationToken = default) => throw null!;
    }

    public sealed class ChatRequest
    {
        public ChatRequest(
            IEnumerable<Message> messages,
            string model = null!,
            double? frequencyPenalty = null,
            IReadOnlyDictionary<string, double> logitBias = null!,
            int? maxTokens = null,
            int? number = null,
            double? presencePenalty = null,
            ChatResponseFormat responseFormat = ChatResponseFormat.Auto,
            int? seed = null,
            string[] stops = null!,
            double? temperature = null,
            double? topP = null,
            int? topLogProbs = null,
            bool? parallelToolCalls = null,
            string user = null!) => throw null!;
    }

    public sealed class Content
    {
        public Content(string text) => throw null!;
        public Content(Texture2D texture) => throw null!;

        public static implicit operator Content(string input) => throw null!;
        public static implicit operator Content(Texture2D texture) => throw null!;
    }

    public sealed class Message
    {
        public Message(Role role, IEnumerable<Content> content, string name = null!) => throw null!;
        public Message(Role role, string content, string name = null!) => throw null!;
    }

    public sealed class Conversation
    {
        public Conversation(List<Message> messages) => throw null!;

        public IReadOnlyList<Message> Messages => throw null!;

        public void AppendMessage(Message message) => throw null!;
    }
}
