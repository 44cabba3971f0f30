// Imitates Azure.AI.OpenAI 1.0.0-beta.17 (assembly Azure.AI.OpenAI.dll, the last OpenAIClient-era release). It is
// compiled under the real assembly name, so a test references either this stand-in or the real Azure.AI.OpenAI 2.1.0,
// never both. The registry serves only 1.0.0-beta.6 of the 1.x line, which predates vision (beta.10) and the
// ChatCompletionsOptions/ChatRequestUserMessage shapes (beta.9/beta.10), so the real beta cannot stand in for it.
// Source: Azure/azure-sdk-for-net sdk/openai/Azure.AI.OpenAI/api/Azure.AI.OpenAI.netstandard2.0.cs (1.0.0-beta.13 to 16:
// OpenAIClient, ChatCompletionsOptions, the request messages and content items, ChatMessageImageDetailLevel), and for
// 1.0.0-beta.17 its change log and pull request #43830 (ChatMessageImageUrl made internal; ChatMessageImageContentItem
// built from a Uri, from BinaryData and a MIME type, or from a Stream and a MIME type). The beta.17 constructors' parameter
// names and the optional detail level are as that custom code was carried into Azure.AI.Inference
// (sdk/ai/Azure.AI.Inference/src/Customized/ChatMessageImageContentItem.cs, "hide the ImageUrl property ... provide custom
// Uri, BinaryData, and Stream constructors"), less the file-path constructor the beta.17 change log does not list.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace Azure.AI.OpenAI
{
    public class OpenAIClientOptions : ClientOptions
    {
        public enum ServiceVersion
        {
            V2022_12_01 = 1,
            V2023_05_15 = 2,
            V2024_02_01 = 3,
            V2024_03_01_Preview = 4,
        }

        public OpenAIClientOptions(ServiceVersion version = ServiceVersion.V2024_03_01_Preview) { }
    }

    public class OpenAIClient
    {
        protected OpenAIClient() { }
        public OpenAIClient(Uri endpoint, AzureKeyCredential keyCredential) { }
        public OpenAIClient(Uri endpoint, AzureKeyCredential keyCredential, OpenAIClientOptions options) { }
        public OpenAIClient(Uri endpoint, TokenCredential tokenCredential) { }
        public OpenAIClient(Uri endpoint, TokenCredential tokenCredential, OpenAIClientOptions options) { }
        public OpenAIClient(string openAIApiKey) { }
        public OpenAIClient(string openAIApiKey, OpenAIClientOptions options) { }

        public virtual Response<ChatCompletions> GetChatCompletions(ChatCompletionsOptions chatCompletionsOptions, CancellationToken cancellationToken = default) => throw null!;

        public virtual Task<Response<ChatCompletions>> GetChatCompletionsAsync(ChatCompletionsOptions chatCompletionsOptions, CancellationToken cancellationToken = default) => throw null!;

        public virtual StreamingResponse<StreamingChatCompletionsUpdate> GetChatCompletionsStreaming(ChatCompletionsOptions chatCompletionsOptions, CancellationToken cancellationToken = default) => throw null!;

        public virtual Task<StreamingResponse<StreamingChatCompletionsUpdate>> GetChatCompletionsStreamingAsync(ChatCompletionsOptions chatCompletionsOptions, CancellationToken cancellationToken = default) => throw null!;
    }

    public class StreamingResponse<T> : IDisposable, IAsyncEnumerable<T>
    {
        public Response GetRawResponse() => throw null!;
        public IAsyncEnumerable<T> EnumerateValues() => throw null!;
        public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) => throw null!;
        public void Dispose() { }
    }

    public class ChatCompletionsOptions
    {
        public ChatCompletionsOptions() { }
        public ChatCompletionsOptions(string deploymentName, IEnumerable<ChatRequestMessage> messages) { }

        public IList<ChatRequestMessage> Messages => throw null!;
        public string DeploymentName { get; set; } = string.Empty;
        public int? MaxTokens { get; set; }
        public float? Temperature { get; set; }
    }

    public abstract class ChatRequestMessage
    {
    }

    public class ChatRequestSystemMessage : ChatRequestMessage
    {
        public ChatRequestSystemMessage(string content) => Content = content;

        public string Content { get; }
    }

    public class ChatRequestAssistantMessage : ChatRequestMessage
    {
        public ChatRequestAssistantMessage(string content) => Content = content;

        public string Content { get; }
    }

    public class ChatRequestUserMessage : ChatRequestMessage
    {
        public ChatRequestUserMessage(params ChatMessageContentItem[] content) { }
        public ChatRequestUserMessage(IEnumerable<ChatMessageContentItem> content) { }
        public ChatRequestUserMessage(string content) { }

        public string Content => throw null!;
        public IList<ChatMessageContentItem> MultimodalContentItems => throw null!;
        public string? Name { get; set; }
    }

    public abstract class ChatMessageContentItem
    {
    }

    public class ChatMessageTextContentItem : ChatMessageContentItem
    {
        public ChatMessageTextContentItem(string text) => Text = text;

        public string Text { get; }
    }

    public class ChatMessageImageContentItem : ChatMessageContentItem
    {
        public ChatMessageImageContentItem(Uri imageUri, ChatMessageImageDetailLevel? detailLevel = null) { }
        public ChatMessageImageContentItem(BinaryData bytes, string mimeType, ChatMessageImageDetailLevel? detailLevel = null) { }
        public ChatMessageImageContentItem(Stream stream, string mimeType, ChatMessageImageDetailLevel? detailLevel = null) { }
    }

    public readonly struct ChatMessageImageDetailLevel : IEquatable<ChatMessageImageDetailLevel>
    {
        private readonly string _value;

        public ChatMessageImageDetailLevel(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

        public static ChatMessageImageDetailLevel Auto { get; } = new("auto");
        public static ChatMessageImageDetailLevel Low { get; } = new("low");
        public static ChatMessageImageDetailLevel High { get; } = new("high");

        public static bool operator ==(ChatMessageImageDetailLevel left, ChatMessageImageDetailLevel right) => left.Equals(right);
        public static bool operator !=(ChatMessageImageDetailLevel left, ChatMessageImageDetailLevel right) => !left.Equals(right);
        public static implicit operator ChatMessageImageDetailLevel(string value) => new(value);

        public bool Equals(ChatMessageImageDetailLevel other) => string.Equals(_value, other._value, StringComparison.InvariantCultureIgnoreCase);
        public override bool Equals(object? obj) => obj is ChatMessageImageDetailLevel other && Equals(other);
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;
        public override string ToString() => _value;
    }

    public class ChatResponseMessage
    {
        public string Content => throw null!;
    }

    public class ChatChoice
    {
        public ChatResponseMessage Message => throw null!;
        public int Index => throw null!;
    }

    public class ChatCompletions
    {
        public string Id => throw null!;
        public DateTimeOffset Created => throw null!;
        public IReadOnlyList<ChatChoice> Choices => throw null!;
    }

    public class StreamingChatCompletionsUpdate
    {
        public string Id => throw null!;
        public string? ContentUpdate => throw null!;
    }
}
