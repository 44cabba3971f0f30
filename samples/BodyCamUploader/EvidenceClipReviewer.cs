using System.ClientModel;
using Azure.AI.OpenAI;
using OpenCvSharp;
using OpenAI.Chat;

namespace BodyCamUploader;

/// <summary>
/// Summarises a recorded body-cam clip for the evidence log: samples a few frames from the video file and sends them
/// to Azure OpenAI as base64 data URIs.
/// </summary>
/// <remarks>
/// Expected build warning on <c>chat.CompleteChatAsync</c>: LEAI001 only. The footage is recorded (a constant video
/// file path), so the real-time rule LEAI002 does not apply; clause A covers live and recorded footage alike.
/// </remarks>
public sealed class EvidenceClipReviewer
{
    public async Task<string> SummariseAsync(Uri endpoint, string apiKey, string deployment, CancellationToken ct)
    {
        ChatClient chat = new AzureOpenAIClient(endpoint, new ApiKeyCredential(apiKey)).GetChatClient(deployment);

        var parts = new List<ChatMessageContentPart>
        {
            ChatMessageContentPart.CreateTextPart("Summarise this body-cam clip for the evidence log in three sentences."),
        };

        using var capture = new VideoCapture("evidence/incident-0412.mp4");
        using var frame = new Mat();
        for (int i = 0; i < 4 && capture.Read(frame); i++)
        {
            string dataUri = "data:image/jpeg;base64," + Convert.ToBase64String(frame.ToBytes(".jpg"));
            parts.Add(ChatMessageContentPart.CreateImagePart(new Uri(dataUri), ChatImageDetailLevel.Low));

            // Skip ahead about two seconds of 30 fps footage before the next sample.
            for (int skip = 0; skip < 60 && capture.Grab(); skip++)
            {
            }
        }

        ChatCompletion summary = await chat.CompleteChatAsync([new UserChatMessage(parts)], cancellationToken: ct);
        return summary.Content[0].Text;
    }
}
