// Imitates Microsoft.Extensions.AI.Abstractions 9.1.0-preview.1.25064.3 (assembly Microsoft.Extensions.AI.Abstractions.dll),
// the last preview before the renames of 9.3.0-preview.1.25114.11: IChatClient.CompleteAsync/CompleteStreamingAsync (now
// GetResponseAsync/GetStreamingResponseAsync), ChatCompletion (now ChatResponse) and ImageContent (now DataContent and
// UriContent). Sample code with these names still circulates; the registry serves no 9.1 preview, and a test references
// either this stand-in or the real 10.11.0, never both. Only the members the analyzer's tables and tests use.
// Source: dotnet/extensions src/Libraries/Microsoft.Extensions.AI.Abstractions at v9.1.0-preview.1.25064.3
// (ChatCompletion/IChatClient.cs, ChatCompletion/ChatClientExtensions.cs, Contents/ImageContent.cs).
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Microsoft.Extensions.AI
{
    public readonly struct ChatRole
    {
        public ChatRole(string value) => Value = value;
        public string Value { get; }
        public static ChatRole User => new("user");
        public static ChatRole System => new("system");
    }

    public class AIContent { }

    public class TextContent : AIContent
    {
        public TextContent(string? text) => Text = text;
        public string? Text { get; set; }
    }

    public class DataContent : AIContent
    {
        public DataContent(Uri uri, string? mediaType = null) { }
        public DataContent(string uri, string? mediaType = null) { }
        public DataContent(ReadOnlyMemory<byte> data, string? mediaType = null) { }
        public string? MediaType { get; }
    }

    public class ImageContent : DataContent
    {
        public ImageContent(Uri uri, string? mediaType = null) : base(uri, mediaType) { }
        public ImageContent(string uri, string? mediaType = null) : base(uri, mediaType) { }
        public ImageContent(ReadOnlyMemory<byte> data, string? mediaType = null) : base(data, mediaType) { }
    }

    public class ChatMessage
    {
        public ChatMessage() { }
        public ChatMessage(ChatRole role, string? content) { }
        public ChatMessage(ChatRole role, IList<AIContent> contents) => Contents = contents;
        public IList<AIContent> Contents { get; set; } = new List<AIContent>();
    }

    public class ChatOptions { }

    public class ChatCompletion { }

    public class StreamingChatCompletionUpdate { }

    public interface IChatClient : IDisposable
    {
        Task<ChatCompletion> CompleteAsync(IList<ChatMessage> chatMessages, ChatOptions? options = null, CancellationToken cancellationToken = default);
        IAsyncEnumerable<StreamingChatCompletionUpdate> CompleteStreamingAsync(IList<ChatMessage> chatMessages, ChatOptions? options = null, CancellationToken cancellationToken = default);
        object? GetService(Type serviceType, object? serviceKey = null);
    }

    public static class ChatClientExtensions
    {
        public static Task<ChatCompletion> CompleteAsync(this IChatClient client, string chatMessage, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotImplementedException();
        public static Task<ChatCompletion> CompleteAsync(this IChatClient client, ChatMessage chatMessage, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotImplementedException();
        public static IAsyncEnumerable<StreamingChatCompletionUpdate> CompleteStreamingAsync(this IChatClient client, string chatMessage, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotImplementedException();
        public static IAsyncEnumerable<StreamingChatCompletionUpdate> CompleteStreamingAsync(this IChatClient client, ChatMessage chatMessage, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotImplementedException();
    }
}
