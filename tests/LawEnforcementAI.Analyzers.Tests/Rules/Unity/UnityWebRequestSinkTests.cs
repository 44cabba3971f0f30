using System.Collections.Generic;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Unity;

/// <summary>
/// <c>UnityWebRequest</c> as a raw REST sender: the request carries the body set through its constructor, an upload
/// handler, <c>Post</c> or a form, and its URL from the constructor or <c>url</c> decides the service as for
/// <c>HttpClient</c> (docs/flow.md, "Raw REST"): an Azure AI host is reported, OpenAI's own API and the agency's records
/// system are not, and a URL set in the Inspector (<c>[SerializeField]</c>) is unknown, reported for a model request's body.
/// <c>SendWebRequest()</c> is the send, yielded from a coroutine or awaited.
/// </summary>
public class UnityWebRequestSinkTests
{
    /// <summary>A live webcam frame as JPEG bytes in <c>bytes</c>; the source is location #1.</summary>
    private const string Frame = """
        var webcam = new WebCamTexture();
        var snapshot = new Texture2D(640, 480);
        snapshot.SetPixels32({|#1:webcam.GetPixels32()|});
        byte[] bytes = snapshot.EncodeToJPG();

        """;

    private const string SerializedUrl = "[SerializeField] private string endpoint = \"\";";

    public static IEnumerable<object[]> Reported() => new[]
    {
        Case("constructor URL and method, uploadHandler set, yielded", UnitySources.SendBytesToAzure),
        Case("the four-argument constructor with an UploadHandlerRaw of a JSON body", UnitySources.JsonBody + """
            using var request = new UnityWebRequest(
            """ + UnitySources.AzureChatUrl + """
            , "POST", new DownloadHandlerBuffer(), new UploadHandlerRaw(Encoding.UTF8.GetBytes(json)));
            yield return {|#0:request.SendWebRequest()|};
            """),
        Case("UnityWebRequest.Post with a JSON body", UnitySources.JsonBody + """
            using var request = UnityWebRequest.Post(
            """ + UnitySources.AzureChatUrl + """
            , json, "application/json");
            yield return {|#0:request.SendWebRequest()|};
            """),
        Case("WWWForm.AddBinaryData posted to an image edit", """
            var form = new WWWForm();
            form.AddField("prompt", "Blur every face");
            form.AddBinaryData("image", bytes, "frame.jpg", "image/jpeg");
            using var request = UnityWebRequest.Post("https://contoso.openai.azure.com/openai/deployments/gpt-image-1/images/edits?api-version=2025-04-01-preview", form);
            yield return {|#0:request.SendWebRequest()|};
            """),
        Case("URL set through the url property", """
            using var request = new UnityWebRequest();
            request.url = "https://contoso.cognitiveservices.azure.com/computervision/imageanalysis:analyze?api-version=2024-02-01";
            request.method = UnityWebRequest.kHttpVerbPOST;
            request.uploadHandler = new UploadHandlerRaw(bytes);
            yield return {|#0:request.SendWebRequest()|};
            """),
        Case("URL set through the uri property", """
            using var request = new UnityWebRequest();
            request.uri = new Uri("https://contoso.cognitiveservices.azure.com/computervision/imageanalysis:analyze?api-version=2024-02-01");
            request.uploadHandler = new UploadHandlerRaw(bytes);
            yield return {|#0:request.SendWebRequest()|};
            """),
        Case("PostWwwForm with the frame as a base64 field", """
            using var request = UnityWebRequest.PostWwwForm("https://contoso.cognitiveservices.azure.com/computervision/imageanalysis:analyze?api-version=2024-02-01", "image=" + Convert.ToBase64String(bytes));
            yield return {|#0:request.SendWebRequest()|};
            """),
        Case("a multipart form section", """
            var sections = new List<IMultipartFormSection> { new MultipartFormFileSection("image", bytes, "frame.jpg", "image/jpeg") };
            using var request = UnityWebRequest.Post("https://contoso.openai.azure.com/openai/deployments/gpt-image-1/images/edits?api-version=2025-04-01-preview", sections);
            yield return {|#0:request.SendWebRequest()|};
            """),
        Case("UnityWebRequest.Put of the raw frame", """
            using var request = UnityWebRequest.Put("https://contoso.cognitiveservices.azure.com/computervision/imageanalysis:analyze?api-version=2024-02-01", bytes);
            yield return {|#0:request.SendWebRequest()|};
            """),
        Case("a form's data in an UploadHandlerRaw", """
            var form = new WWWForm();
            form.AddBinaryData("image", bytes);
            using var request = new UnityWebRequest("https://contoso.openai.azure.com/openai/deployments/gpt-image-1/images/edits?api-version=2025-04-01-preview", "POST");
            request.uploadHandler = new UploadHandlerRaw(form.data);
            yield return {|#0:request.SendWebRequest()|};
            """),
        Case("a model request to a URL set in the Inspector", UnitySources.JsonBody + """
            using var request = UnityWebRequest.Post(endpoint, json, "application/json");
            yield return {|#0:request.SendWebRequest()|};
            """, SerializedUrl),
    };

    [Theory]
    [MemberData(nameof(Reported))]
    public Task FrameSentByUnityWebRequest_ToAzureOrUnknownService_ReportsLeai001AndLeai002(string name, string send, string members)
    {
        _ = name;
        return Run(Source(send, members), reported: true);
    }

    /// <summary>The behaviour that captures the frame and sends it with <paramref name="send"/>.</summary>
    internal static string Source(string send, string members) => UnitySources.Behaviour(Frame + send, members);

    [Fact]
    public Task AwaitedSendWebRequest_IsTheSend() =>
        Run(
            """
            using System;
            using System.Text;
            using System.Threading.Tasks;
            using UnityEngine;
            using UnityEngine.Networking;

            public class FrameSender : MonoBehaviour
            {
                private async Task SendAsync()
                {
            """ + Frame + UnitySources.JsonBody + """
                    using var request = UnityWebRequest.Post(
            """ + UnitySources.AzureChatUrl + """
            , json, "application/json");
                    await {|#0:request.SendWebRequest()|};
                }
            }

            """ + UnitySources.Awaiter,
            reported: true);

    public static IEnumerable<object[]> NotReported() => new[]
    {
        Case("the frame uploaded to the agency's records system", """
            using var request = new UnityWebRequest("https://records.agency.example/api/evidence", "POST");
            request.uploadHandler = new UploadHandlerRaw(bytes);
            yield return request.SendWebRequest();
            """),
        Case("the raw frame uploaded to a URL set in the Inspector", """
            using var request = UnityWebRequest.Put(endpoint, bytes);
            yield return request.SendWebRequest();
            """, SerializedUrl),
        Case("text only to Azure OpenAI", """
            var json = "{\"messages\":[{\"role\":\"user\",\"content\":\"Summarise the shift log\"}]}";
            using var request = UnityWebRequest.Post(
            """ + UnitySources.AzureChatUrl + """
            , json, "application/json");
            yield return request.SendWebRequest();
            """),
    };

    [Theory]
    [MemberData(nameof(NotReported))]
    public Task FrameNotSentToAnAzureVisionCall_IsNotReported(string name, string send, string members)
    {
        _ = name;
        return Run(UnitySources.Behaviour(Frame.Replace("{|#1:", string.Empty).Replace("|}", string.Empty) + send, members), reported: false);
    }

    /// <summary>A model request to OpenAI's own API is none of Microsoft's rules': OpenAI's clause (LEAI010) reports it.</summary>
    [Fact]
    public Task FrameSentToOpenAIsOwnApi_GetsOpenAIsClauseOnly()
    {
        var test = new FlowTest("police, body-cam", "US", unity: true)
        {
            TestCode = UnitySources.Behaviour(Frame + UnitySources.JsonBody + """
                using var request = UnityWebRequest.Post("https://api.openai.com/v1/chat/completions", json, "application/json");
                yield return {|#0:request.SendWebRequest()|};
                """, string.Empty),
        };
        test.ExpectedDiagnostics.Add(ProviderTest.Leai010(ServiceProvider.OpenAI, "WebCamTexture.GetPixels32", "UnityWebRequest.SendWebRequest", "police, body-cam (US)").WithLocation(0).WithLocation(1));
        return test.RunAsync();
    }

    private static Task Run(string source, bool reported)
    {
        var test = new FlowTest("police, body-cam", "US", unity: true) { TestCode = source };
        if (reported)
        {
            test.ExpectedDiagnostics.Add(Diag("LEAI001", "WebCamTexture.GetPixels32", "UnityWebRequest.SendWebRequest", "police, body-cam (US)", "").WithLocation(0).WithLocation(1));
            test.ExpectedDiagnostics.Add(Diag("LEAI002", "WebCamTexture.GetPixels32", "UnityWebRequest.SendWebRequest", "police, body-cam (US)", "").WithLocation(0).WithLocation(1));
        }

        return test.RunAsync();
    }

    private static object[] Case(string name, string send, string members = "") => new object[] { name, send, members };
}
