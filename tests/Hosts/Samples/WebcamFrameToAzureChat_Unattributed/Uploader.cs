// A live webcam frame (OpenCvSharp4 4.13.0.20260627) sent to an Azure OpenAI chat deployment (Azure.AI.OpenAI 2.1.0,
// OpenAI 2.15.0), in a project that is not
// attributed at all (no globalconfig, no MSBuild property, no attribute): nothing is reported.
using System;
using System.ClientModel;
using System.Threading.Tasks;
using Azure.AI.OpenAI;
using OpenAI.Chat;
using OpenCvSharp;

public class Uploader
{
    public async Task RunAsync()
    {
        ChatClient chat = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential("key")).GetChatClient("gpt-4o");
        using (var capture = new VideoCapture(0))
        using (var frame = new Mat())
        {
            capture.Read(frame);
            byte[] bytes = frame.ToBytes(".jpg");
            await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateTextPart("Describe the scene."), ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg")));
        }
    }
}
