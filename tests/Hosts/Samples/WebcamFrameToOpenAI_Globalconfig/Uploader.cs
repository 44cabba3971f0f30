// The same live webcam frame sent through the official OpenAI client (OpenAI 2.15.0) to api.openai.com, in a project
// attributed through Default.globalconfig: not Azure OpenAI, so none of Microsoft's rules; OpenAI's own usage policy
// applies instead (LEAI010, a live frame from police code); the audit record shows the attribution was read.
// The audit record of an attributed compilation: // expect (no location): LEAI000
using System;
using System.ClientModel;
using System.Threading.Tasks;
using OpenAI;
using OpenAI.Chat;
using OpenCvSharp;

public class Uploader
{
    public async Task RunAsync()
    {
        ChatClient chat = new OpenAIClient(new ApiKeyCredential("key")).GetChatClient("gpt-4o");
        using (var capture = new VideoCapture(0))
        using (var frame = new Mat())
        {
            capture.Read(frame);
            byte[] bytes = frame.ToBytes(".jpg");
            await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateTextPart("Describe the scene."), ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg"))); // expect: LEAI010
        }
    }
}
