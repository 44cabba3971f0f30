using System.ClientModel;
using Azure.AI.OpenAI;
using OpenAI.Chat;

namespace Contoso.Vision;

/// <summary>The team's gateway to its vision models.</summary>
public sealed class VisionGateway
{
    private readonly ChatClient _azure = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential("key")).GetChatClient("gpt-4o");
    private readonly ChatClient _openAi = new("gpt-4o", "sk-key");

    /// <summary>Describes a still with the Azure OpenAI deployment.</summary>
    public Task DescribeAsync(byte[] frame) =>
        _azure.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(frame), "image/jpeg")));

    /// <summary>Describes a still with OpenAI's own service, not Azure.</summary>
    public Task DescribeWithOpenAiAsync(byte[] frame) =>
        _openAi.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(frame), "image/jpeg")));

    /// <summary>Keeps a still under the request size limit.</summary>
    public static byte[] Shrink(byte[] jpeg) => jpeg.Length > 4_000_000 ? jpeg[..4_000_000] : jpeg;
}
