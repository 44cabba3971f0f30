using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Unity;

/// <summary>
/// The ways Unity code runs a frame from the camera to the sender: a coroutine started by <c>StartCoroutine</c>, an
/// <c>async void</c> Unity message, a texture kept in a field between messages. A <c>[SerializeField]</c> texture is an
/// asset set in the Inspector, not a camera.
/// </summary>
public class UnityEngineFlowTests
{
    private const string Usings = """
        using System;
        using System.Collections;
        using System.Threading.Tasks;
        using UnityEngine;
        using UnityEngine.Networking;

        """;

    private const string VisionUrl = "\"https://contoso.cognitiveservices.azure.com/computervision/imageanalysis:analyze?api-version=2024-02-01\"";

    [Fact]
    public Task FrameHandedToACoroutine_IsReportedWithTheCoroutineCall() =>
        Run(Usings + """
            public class FrameSender : MonoBehaviour
            {
                private readonly WebCamTexture _webcam = new WebCamTexture();

                private void Update()
                {
                    var snapshot = new Texture2D(640, 480);
                    snapshot.SetPixels32({|#1:_webcam.GetPixels32()|});
                    StartCoroutine({|#2:Upload(snapshot.EncodeToJPG())|});
                }

                private IEnumerator Upload(byte[] bytes)
                {
                    using var request = new UnityWebRequest(
            """ + VisionUrl + """
            , "POST");
                    request.uploadHandler = new UploadHandlerRaw(bytes);
                    yield return {|#0:request.SendWebRequest()|};
                }
            }
            """, route: true);

    [Fact]
    public Task AsyncVoidUnityMessage_CarriesTheFrame() =>
        Run(Usings + """
            public class FrameSender : MonoBehaviour
            {
                private WebCamTexture _webcam = null!;

                private void Awake() => _webcam = new WebCamTexture();

                private async void Update()
                {
                    var snapshot = new Texture2D(640, 480);
                    snapshot.SetPixels32({|#1:_webcam.GetPixels32()|});
                    using var request = UnityWebRequest.Put(
            """ + VisionUrl + """
            , snapshot.EncodeToJPG());
                    await {|#0:request.SendWebRequest()|};
                }
            }

            """ + UnitySources.Awaiter, route: false);

    [Fact]
    public Task TextureKeptInAFieldBetweenMessages_CarriesTheFrame() =>
        Run(Usings + """
            public class FrameSender : MonoBehaviour
            {
                private WebCamTexture _webcam = null!;
                private Texture2D _snapshot = null!;

                private void Start()
                {
                    _webcam = new WebCamTexture();
                    _webcam.Play();
                    _snapshot = new Texture2D(640, 480);
                }

                private void LateUpdate() => {|#2:_snapshot|}.SetPixels32({|#1:_webcam.GetPixels32()|});

                private IEnumerator Send()
                {
                    using var request = UnityWebRequest.Put(
            """ + VisionUrl + """
            , _snapshot.EncodeToJPG());
                    yield return {|#0:request.SendWebRequest()|};
                }
            }
            """, route: true);

    [Fact]
    public Task SerializedTexture_IsAnAssetNotACamera() =>
        new FlowTest("police, body-cam", "US", unity: true)
        {
            TestCode = Usings + """
                public class FrameSender : MonoBehaviour
                {
                    [SerializeField] private Texture2D testCard = null!;

                    private IEnumerator Send()
                    {
                        using var request = UnityWebRequest.Put(
                """ + VisionUrl + """
                , testCard.EncodeToJPG());
                        yield return request.SendWebRequest();
                    }
                }
                """,
        }.RunAsync();

    private static Task Run(string source, bool route)
    {
        var test = new FlowTest("police, body-cam", "US", unity: true) { TestCode = source };
        foreach (var id in new[] { "LEAI001", "LEAI002" })
        {
            var expected = Diag(id).WithLocation(0).WithLocation(1);
            test.ExpectedDiagnostics.Add(route ? expected.WithLocation(2) : expected);
        }

        return test.RunAsync();
    }
}
