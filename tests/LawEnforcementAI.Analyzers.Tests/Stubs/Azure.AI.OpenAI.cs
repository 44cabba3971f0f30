// Not used by the tests any more (they reference the real Azure.AI.OpenAI 2.1.0): kept because
// bench/LawEnforcementAI.Analyzers.Benchmarks embeds Stubs/*.cs. The test projects exclude it.
// Imitates Azure.AI.OpenAI 2.x (2.1.0 stable .. 2.9.0-beta.1, assembly Azure.AI.OpenAI.dll). The client derives from
// the real OpenAI.OpenAIClient, so everything past GetChatClient is the real OpenAI 2.15.0 API.
using System;
using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.Core;
using OpenAI;
using OpenAI.Chat;
using OpenAI.Images;

namespace Azure.AI.OpenAI
{
    public class AzureOpenAIClientOptions : ClientPipelineOptions
    {
        public enum ServiceVersion
        {
            V2024_06_01 = 0,
            V2024_10_21 = 1,
            V2025_04_01_Preview = 2,
        }

        public AzureOpenAIClientOptions(ServiceVersion version = ServiceVersion.V2025_04_01_Preview) { }

        public string? UserAgentApplicationId { get; set; }
    }

    public class AzureOpenAIClient : OpenAIClient
    {
        protected AzureOpenAIClient() { }

        public AzureOpenAIClient(Uri endpoint, TokenCredential credential, AzureOpenAIClientOptions? options = null) { }

        public AzureOpenAIClient(Uri endpoint, ApiKeyCredential credential, AzureOpenAIClientOptions? options = null) { }

        public override ChatClient GetChatClient(string deploymentName) => throw null!;

        public override ImageClient GetImageClient(string deploymentName) => throw null!;
    }
}
