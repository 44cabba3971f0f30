namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>
/// Realistic test sources. A body runs inside <c>Uploader.RunAsync(string path, CancellationToken ct)</c> with an
/// Azure OpenAI <c>chat</c> client in scope; markup <c>{|#0:…|}</c> marks the sending call, <c>{|#1:…|}</c> the source.
/// </summary>
internal static class Snippets
{
    /// <summary>An expression for a chat client of an Azure OpenAI resource.</summary>
    public const string AzureChatClient =
        "new AzureOpenAIClient(new Uri(\"https://contoso.openai.azure.com/\"), new ApiKeyCredential(\"key\")).GetChatClient(\"gpt-4o\")";

    public const string AzureChat = "ChatClient chat = " + AzureChatClient + ";";

    /// <summary>Sends a local <c>byte[] bytes</c> as a JPEG image part.</summary>
    public const string SendBytes =
        "await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateTextPart(\"Describe the scene.\"), ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), \"image/jpeg\")))|};";

    /// <summary>Sends a local <c>BinaryData data</c> as a JPEG image part.</summary>
    public const string SendData =
        "await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(data, \"image/jpeg\")))|};";

    public static string InMethod(string usings, string body, string members = "", string client = AzureChat, string className = "Uploader") => $$"""
        using System;
        using System.ClientModel;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Azure.AI.OpenAI;
        using OpenAI;
        using OpenAI.Chat;
        {{usings}}

        public class {{className}}
        {
            {{members}}

            public async Task RunAsync(string path, CancellationToken ct)
            {
                {{client}}
                {{body}}
            }
        }
        """;

    public const string OpenCv = "using OpenCvSharp;";

    /// <summary>The same code with the location markup removed, for cases that expect nothing.</summary>
    public static string WithoutMarkup(this string source) =>
        System.Text.RegularExpressions.Regex.Replace(source, @"\{\|#\d+:|\|\}", string.Empty);

    /// <summary>The sending call marked <c>{|#0:…|}</c> in a body, as the message names it (<c>ChatClient.CompleteChatAsync</c>).</summary>
    public static string SinkName(string body) =>
        "ChatClient." + System.Text.RegularExpressions.Regex.Match(body, @"\{\|#0:\w+\.(\w+)\(").Groups[1].Value;

    /// <summary>A live OpenCvSharp webcam frame encoded to <c>bytes</c>; the Read call is location #1.</summary>
    public const string OpenCvLiveFrame = """
        using var capture = new VideoCapture(0);
        using var frame = new Mat();
        {|#1:capture.Read(frame)|};
        byte[] bytes = frame.ToBytes(".jpg");
        """;
}
