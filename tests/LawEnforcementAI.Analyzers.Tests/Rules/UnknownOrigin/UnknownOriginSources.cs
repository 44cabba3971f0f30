namespace LawEnforcementAI.Analyzers.Tests.Rules.UnknownOrigin;

/// <summary>
/// Sources for the LEAI007 tests: a class with an Azure OpenAI <c>_chat</c> field and the usings an upload service has.
/// Markup <c>{|#0:…|}</c> marks the sending call, <c>{|#1:…|}</c> the origin, <c>{|#2:…|}</c> a hop.
/// </summary>
internal static class UnknownOriginSources
{
    public const string Usings = """
        using System;
        using System.ClientModel;
        using System.IO;
        using System.Net.Http;
        using System.Reflection;
        using System.Threading;
        using System.Threading.Tasks;
        using Azure.AI.OpenAI;
        using OpenAI;
        using OpenAI.Chat;

        """;

    public const string AzureChatField =
        "private readonly ChatClient _chat = new AzureOpenAIClient(new Uri(\"https://contoso.openai.azure.com/\"), new ApiKeyCredential(\"key\")).GetChatClient(\"gpt-4o\");";

    /// <summary>Sends <paramref name="binaryData"/> (a BinaryData expression) as a JPEG part, marked #0.</summary>
    public static string Send(string binaryData, string chat = "_chat") =>
        "await {|#0:" + chat + ".CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateTextPart(\"Read the form.\"), ChatMessageContentPart.CreateImagePart(" + binaryData + ", \"image/jpeg\")))|};";

    /// <summary>A public class <paramref name="name"/> with the Azure chat field and <paramref name="members"/>.</summary>
    public static string Class(string members, string usings = "", string name = "UploadController", string modifiers = "public") =>
        Usings + usings + "\n" + modifiers + " class " + name + "\n{\n    " + AzureChatField + "\n\n" + members + "\n}\n";
}
