using System.ClientModel;
using Azure.AI.OpenAI;
using OpenAI.Chat;

namespace BodyCamUploader;

/// <summary>
/// Writes alt text for the department's logo on the public incident portal.
/// </summary>
/// <remarks>
/// Expected build warnings: none. The image is a static file from disk, not camera imagery, so sending it to
/// Azure OpenAI from police code is not what LEAI001/LEAI002 are about.
/// </remarks>
public sealed class StationLogoCaption
{
    public async Task<string> WriteAltTextAsync(Uri endpoint, string apiKey, string deployment, CancellationToken ct)
    {
        ChatClient chat = new AzureOpenAIClient(endpoint, new ApiKeyCredential(apiKey)).GetChatClient(deployment);

        byte[] logo = await File.ReadAllBytesAsync("assets/station-logo.png", ct);
        ChatCompletion altText = await chat.CompleteChatAsync(
            [
                new UserChatMessage(
                    ChatMessageContentPart.CreateTextPart("Write one sentence of alt text for this logo."),
                    ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(logo), "image/png")),
            ],
            cancellationToken: ct);
        return altText.Content[0].Text;
    }
}
