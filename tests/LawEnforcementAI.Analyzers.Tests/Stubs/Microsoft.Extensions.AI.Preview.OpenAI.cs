// Imitates Microsoft.Extensions.AI.OpenAI 9.1.0-preview.1.25064.3 (assembly Microsoft.Extensions.AI.OpenAI.dll), before
// 9.4.0-preview.1.25207.5 renamed AsChatClient to AsIChatClient, removed AsChatClient(this OpenAIClient, string) and made
// OpenAIChatClient internal. Built on the real OpenAI 2.15.0 and the Microsoft.Extensions.AI.Preview.Abstractions stand-in.
// Source: dotnet/extensions src/Libraries/Microsoft.Extensions.AI.OpenAI at v9.1.0-preview.1.25064.3
// (OpenAIClientExtensions.cs, OpenAIChatClient.cs).
using System;
using OpenAI;
using OpenAI.Chat;

namespace Microsoft.Extensions.AI
{
    public static class OpenAIClientExtensions
    {
        public static IChatClient AsChatClient(this OpenAIClient openAIClient, string modelId) => new OpenAIChatClient(openAIClient, modelId);
        public static IChatClient AsChatClient(this ChatClient chatClient) => new OpenAIChatClient(chatClient);
    }

    public sealed class OpenAIChatClient : IChatClient
    {
        public OpenAIChatClient(OpenAIClient openAIClient, string modelId) { }
        public OpenAIChatClient(ChatClient chatClient) { }

        public System.Threading.Tasks.Task<ChatCompletion> CompleteAsync(System.Collections.Generic.IList<ChatMessage> chatMessages, ChatOptions? options = null, System.Threading.CancellationToken cancellationToken = default) =>
            throw new NotImplementedException();
        public System.Collections.Generic.IAsyncEnumerable<StreamingChatCompletionUpdate> CompleteStreamingAsync(System.Collections.Generic.IList<ChatMessage> chatMessages, ChatOptions? options = null, System.Threading.CancellationToken cancellationToken = default) =>
            throw new NotImplementedException();
        public object? GetService(Type serviceType, object? serviceKey = null) => null;
        public void Dispose() { }
    }
}
