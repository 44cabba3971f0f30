using System.ClientModel;
using Azure.AI.OpenAI;
using FlashCap;
using OpenAI.Chat;

namespace BodyCamUploader;

/// <summary>
/// Streams the officer's body-worn camera (a UVC device) and asks an Azure OpenAI vision deployment to describe
/// every 30th frame as an incident note.
/// </summary>
/// <remarks>
/// Expected build warnings on <c>chat.CompleteChatAsync</c>:
/// LEAI001 (camera imagery sent to Azure OpenAI by US police) and
/// LEAI002 (live body-cam frames sent to Azure OpenAI in real time).
/// </remarks>
public sealed class LiveIncidentDescriber
{
    public async Task RunAsync(Uri endpoint, string apiKey, string deployment, CancellationToken ct)
    {
        ChatClient chat = new AzureOpenAIClient(endpoint, new ApiKeyCredential(apiKey)).GetChatClient(deployment);

        // The body-cam enumerates as the first capture device on the in-car dock.
        CaptureDeviceDescriptor descriptor = new CaptureDevices().EnumerateDescriptors().First();
        VideoCharacteristics characteristics = descriptor.Characteristics[0];

        using CaptureDevice device = await descriptor.OpenAsync(characteristics, async scope =>
        {
            if (scope.Buffer.FrameIndex % 30 != 0)
            {
                return;
            }

            // A live frame, copied out of the driver's buffer as JPEG.
            byte[] jpeg = scope.Buffer.CopyImage();
            ChatCompletion note = await chat.CompleteChatAsync(
                new List<ChatMessage>
                {
                    new SystemChatMessage("You write short, factual incident notes for police reports."),
                    new UserChatMessage(
                        ChatMessageContentPart.CreateTextPart("Describe what is happening in this frame."),
                        ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(jpeg), "image/jpeg")),
                },
                cancellationToken: ct);
            Console.WriteLine($"[{scope.Buffer.Timestamp}] {note.Content[0].Text}");
        }, ct);

        await device.StartAsync(ct);
        try
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
        catch (OperationCanceledException)
        {
            await device.StopAsync(CancellationToken.None);
        }
    }
}
