namespace LawEnforcementAI.Analyzers.Tests.Rules.Unity;

/// <summary>
/// Unity-shaped test code: a <c>MonoBehaviour</c> of a project compiled against Unity's engine modules (stand-ins), whose
/// coroutine <c>Send</c> runs the body. Unity's <c>AsyncOperation</c> is not awaitable by itself; projects add an
/// awaiter (or UniTask), as <see cref="Awaiter"/> does.
/// </summary>
internal static class UnitySources
{
    /// <summary>A frame sent to Azure AI Vision's image analysis as the raw bytes of <c>bytes</c>; the send is location #0.</summary>
    public const string SendBytesToAzure = """
        using var request = new UnityWebRequest("https://contoso.cognitiveservices.azure.com/computervision/imageanalysis:analyze?api-version=2024-02-01&features=caption", "POST");
        request.uploadHandler = new UploadHandlerRaw(bytes);
        request.SetRequestHeader("Content-Type", "application/octet-stream");
        yield return {|#0:request.SendWebRequest()|};
        """;

    /// <summary>A JSON chat-completions body with <c>bytes</c> as a data URI, in <c>json</c>.</summary>
    public const string JsonBody = """
        var json = "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/jpeg;base64," + Convert.ToBase64String(bytes) + "\"}}]}]}";
        """;

    public const string AzureChatUrl = "\"https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21\"";

    /// <summary>The awaiter Unity projects write so that <c>await request.SendWebRequest()</c> compiles.</summary>
    public const string Awaiter = """
        public static class AsyncOperationAwaiter
        {
            public static System.Runtime.CompilerServices.TaskAwaiter GetAwaiter(this AsyncOperation operation) => Task.CompletedTask.GetAwaiter();
        }
        """;

    public static string Behaviour(string body, string members = "", string usings = "") => $$"""
        using System;
        using System.Collections;
        using System.Collections.Generic;
        using System.IO;
        using System.Text;
        using System.Threading.Tasks;
        using Unity.Collections;
        using UnityEngine;
        using UnityEngine.Networking;
        {{usings}}

        public class FrameSender : MonoBehaviour
        {
            {{members}}

            private IEnumerator Send()
            {
                {{body}}
            }
        }
        """;
}
