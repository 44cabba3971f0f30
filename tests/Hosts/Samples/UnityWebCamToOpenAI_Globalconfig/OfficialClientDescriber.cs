// The live webcam frame sent through the official OpenAI client (OpenAI 2.15.0, strong-named) to api.openai.com from
// an async void Unity message: not Azure OpenAI, so none of Microsoft's rules; OpenAI's own usage policy (LEAI010).
using System;
using System.ClientModel;
using OpenAI;
using OpenAI.Chat;
using UnityEngine;

public class OfficialClientDescriber : MonoBehaviour
{
    [SerializeField] private string apiKey = "";

    private WebCamTexture webcam;

    private void Awake()
    {
        webcam = new WebCamTexture();
        webcam.Play();
    }

    private async void Start()
    {
        ChatClient chat = new OpenAIClient(new ApiKeyCredential(apiKey)).GetChatClient("gpt-4o");
        var snapshot = new Texture2D(webcam.width, webcam.height);
        snapshot.SetPixels32(webcam.GetPixels32());
        snapshot.Apply();
        byte[] jpeg = snapshot.EncodeToJPG();
        ChatCompletion completion = await chat.CompleteChatAsync(new UserChatMessage( // expect: LEAI010
            ChatMessageContentPart.CreateTextPart("Describe the scene."),
            ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(jpeg), "image/jpeg")));
        Console.WriteLine(completion.Content[0].Text);
    }
}
