namespace LawEnforcementAI.Analyzers.Tests.Rules.Prompts;

/// <summary>A user's class with a client of each SDK, the image bytes and a method body that sends a request.</summary>
public static class PromptSource
{
    public static string InMethod(string members, string body) => $$"""
        #pragma warning disable OPENAI001 // Responses is an evaluation API in OpenAI 2.15
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;
        using Azure.AI.Inference;
        using Microsoft.Extensions.AI;
        using Microsoft.SemanticKernel.ChatCompletion;
        using OpenAI.Chat;
        using OpenAI.Responses;
        using AI = Microsoft.Extensions.AI;
        using SK = Microsoft.SemanticKernel;

        public class Investigator
        {
            {{members}}

            public async Task RunAsync(ChatClient chat, AI.IChatClient client, IChatCompletionService service, ChatCompletionsClient inference, ResponsesClient responses, HttpClient http, byte[] bytes, CancellationToken ct)
            {
                {{body}}
            }
        }
        """;
}
