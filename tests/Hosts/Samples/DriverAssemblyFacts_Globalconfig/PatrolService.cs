// A frame from another assembly, known only from the facts that assembly published, sent to Azure OpenAI: the older
// builds read published facts (the roslyn3.8 build cannot publish them). The badge from the same driver is the close
// negative: nothing published says it is a frame.
// The audit record of an attributed compilation: // expect (no location): LEAI000
using System;
using System.ClientModel;
using System.Threading.Tasks;
using Azure.AI.OpenAI;
using Contoso.Driver;
using OpenAI.Chat;

public class PatrolService
{
    public async Task RunAsync()
    {
        ChatClient chat = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential("key")).GetChatClient("gpt-4o");
        var driver = new BodyCamDriver();
        byte[] frame = driver.Grab();
        await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(frame), "image/jpeg"))); // expect: LEAI001
        byte[] badge = driver.Badge();
        await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(badge), "image/png")));
    }
}
