// Live body-cam frames (FlashCap 1.11.0, a stand-in) sent from the capture callback to an Azure OpenAI chat
// deployment: clause A (LEAI001) and, being live mobile-camera frames, clause B (LEAI002). The shape of
// samples/BodyCamUploader/LiveIncidentDescriber.cs, written for a Roslyn 3.8 compiler.
// The audit record of an attributed compilation: // expect (no location): LEAI000
using System;
using System.ClientModel;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure.AI.OpenAI;
using FlashCap;
using OpenAI.Chat;

public sealed class LiveIncidentDescriber
{
    public async Task RunAsync(Uri endpoint, string apiKey, CancellationToken ct)
    {
        ChatClient chat = new AzureOpenAIClient(endpoint, new ApiKeyCredential(apiKey)).GetChatClient("gpt-4o");
        CaptureDeviceDescriptor descriptor = new CaptureDevices().EnumerateDescriptors().First();
        CaptureDevice device = await descriptor.OpenAsync(descriptor.Characteristics[0], async scope =>
        {
            byte[] jpeg = scope.Buffer.CopyImage();
            await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(jpeg), "image/jpeg"))); // expect: LEAI001 LEAI002
        }, ct);
        await device.StartAsync(ct);
    }
}
