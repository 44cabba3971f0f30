using System.Collections.Generic;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Unity;

/// <summary>
/// Unity's live cameras (<c>WebCamTexture</c>, Meta's <c>PassthroughCameraAccess</c>) carried through textures, pixel
/// buffers, sprites and encoders to a <c>UnityWebRequest</c> to Azure AI Vision, in a project attributed as US police with
/// body cameras: LEAI001 and LEAI002 on the send, with the camera call (location #1) as the source.
/// </summary>
public class UnityCameraTests
{
    private const string WebCam = """
        var webcam = new WebCamTexture();
        webcam.Play();
        var snapshot = new Texture2D(webcam.width, webcam.height);
        """;

    private const string Passthrough = "[SerializeField] private Meta.XR.PassthroughCameraAccess cameraAccess = null!;";

    public static IEnumerable<object[]> LiveSources() => new[]
    {
        Case("WebCamTexture.GetPixels32 into Texture2D.SetPixels32, Apply, EncodeToJPG", WebCam + """
            snapshot.SetPixels32({|#1:webcam.GetPixels32()|});
            snapshot.Apply();
            byte[] bytes = snapshot.EncodeToJPG();
            """, "WebCamTexture.GetPixels32"),
        Case("WebCamTexture.GetPixels into SetPixels, EncodeToPNG", WebCam + """
            snapshot.SetPixels({|#1:webcam.GetPixels()|});
            snapshot.Apply(false, false);
            byte[] bytes = snapshot.EncodeToPNG();
            """, "WebCamTexture.GetPixels"),
        Case("WebCamTexture.GetPixel pixel by pixel into SetPixel, EncodeToTGA", WebCam + """
            for (var x = 0; x < 64; x++)
            {
                for (var y = 0; y < 64; y++)
                {
                    snapshot.SetPixel(x, y, {|#1:webcam.GetPixel(x, y)|});
                }
            }

            byte[] bytes = snapshot.EncodeToTGA();
            """, "WebCamTexture.GetPixel"),
        Case("WebCamTexture.GetPixels32(buffer) fills the buffer", WebCam + """
            var buffer = new Color32[webcam.width * webcam.height];
            {|#1:webcam.GetPixels32(buffer)|};
            snapshot.SetPixels32(buffer);
            byte[] bytes = snapshot.EncodeToJPG(75);
            """, "WebCamTexture.GetPixels32"),
        Case("WebCamTexture.GetPixels32 into SetPixelData", WebCam + """
            snapshot.SetPixelData({|#1:webcam.GetPixels32()|}, 0);
            byte[] bytes = snapshot.EncodeToJPG();
            """, "WebCamTexture.GetPixels32"),
        Case("a WebCamTexture handed on as a Texture to Graphics.CopyTexture", """
            var webcam = {|#1:new WebCamTexture("Back Camera", 1280, 720)|};
            webcam.Play();
            Texture source = webcam;
            var snapshot = new Texture2D(1280, 720, TextureFormat.RGBA32, false);
            Graphics.CopyTexture(source, snapshot);
            byte[] bytes = snapshot.EncodeToJPG();
            """, "WebCamTexture..ctor"),
        Case("a WebCamTexture through Graphics.Blit into a RenderTexture, then copied", """
            var webcam = {|#1:new WebCamTexture()|};
            var target = new RenderTexture(1280, 720, 0);
            Graphics.Blit(webcam, target);
            var snapshot = new Texture2D(1280, 720);
            Graphics.CopyTexture(target, snapshot);
            byte[] bytes = snapshot.EncodeToPNG();
            """, "WebCamTexture..ctor"),
        Case("Graphics.Blit into a render texture made active, then Texture2D.ReadPixels", """
            var webcam = {|#1:new WebCamTexture()|};
            var target = RenderTexture.GetTemporary(1280, 720);
            Graphics.Blit(webcam, target);
            var previous = RenderTexture.active;
            RenderTexture.active = target;
            var snapshot = new Texture2D(1280, 720);
            snapshot.ReadPixels(new Rect(0, 0, 1280, 720), 0, 0);
            snapshot.Apply();
            RenderTexture.active = previous;
            RenderTexture.ReleaseTemporary(target);
            byte[] bytes = snapshot.EncodeToJPG();
            """, "WebCamTexture..ctor"),
        Case("texture bytes reloaded: LoadImage, LoadRawTextureData, GetRawTextureData", WebCam + """
            snapshot.SetPixels32({|#1:webcam.GetPixels32()|});
            var reloaded = new Texture2D(2, 2);
            reloaded.LoadImage(snapshot.EncodeToJPG());
            var raw = new Texture2D(2, 2);
            raw.LoadRawTextureData(reloaded.GetRawTextureData());
            byte[] bytes = raw.EncodeToPNG();
            """, "WebCamTexture.GetPixels32"),
        Case("Texture2D.GetPixels32, GetPixels and GetPixel copied into another texture", WebCam + """
            snapshot.SetPixels32({|#1:webcam.GetPixels32()|});
            var copy = new Texture2D(64, 64);
            copy.SetPixels32(snapshot.GetPixels32());
            copy.SetPixels(snapshot.GetPixels());
            copy.SetPixel(0, 0, snapshot.GetPixel(0, 0));
            byte[] bytes = copy.EncodeToJPG();
            """, "WebCamTexture.GetPixels32"),
        Case("Sprite.Create and Sprite.texture", WebCam + """
            snapshot.SetPixels32({|#1:webcam.GetPixels32()|});
            var sprite = Sprite.Create(snapshot, new Rect(0, 0, 64, 64), new Vector2(0.5f, 0.5f));
            byte[] bytes = sprite.texture.EncodeToJPG();
            """, "WebCamTexture.GetPixels32"),
        Case("PassthroughCameraAccess.GetTexture copied into a Texture2D", """
            Texture frame = {|#1:cameraAccess.GetTexture()|};
            var snapshot = new Texture2D(1280, 960, TextureFormat.RGBA32, false);
            Graphics.CopyTexture(frame, snapshot);
            byte[] bytes = snapshot.EncodeToJPG();
            """, "PassthroughCameraAccess.GetTexture", Passthrough),
        Case("PassthroughCameraAccess.GetColors, NativeArray.ToArray", """
            NativeArray<Color32> colors = {|#1:cameraAccess.GetColors()|};
            var snapshot = new Texture2D(1280, 960);
            snapshot.SetPixels32(colors.ToArray());
            byte[] bytes = snapshot.EncodeToJPG();
            """, "PassthroughCameraAccess.GetColors", Passthrough),
        Case("PassthroughCameraAccess.GetColors, NativeArray.CopyTo and indexer", """
            var colors = {|#1:cameraAccess.GetColors()|};
            var copy = new Color32[colors.Length];
            colors.CopyTo(copy);
            copy[0] = colors[0];
            var snapshot = new Texture2D(1280, 960);
            snapshot.SetPixels32(copy);
            byte[] bytes = snapshot.EncodeToJPG();
            """, "PassthroughCameraAccess.GetColors", Passthrough),
        Case("NativeArray built over the pixels", WebCam + """
            using var pixels = new NativeArray<Color32>({|#1:webcam.GetPixels32()|}, Allocator.Temp);
            snapshot.SetPixelData(pixels, 0);
            byte[] bytes = snapshot.EncodeToJPG();
            """, "WebCamTexture.GetPixels32"),
    };

    [Theory]
    [MemberData(nameof(LiveSources))]
    public Task UnityLiveCamera_ReachesAzureVision_ReportsLeai001AndLeai002(string name, string body, string sourceApi, string members)
    {
        _ = name;
        return new FlowTest("police, body-cam", "US", unity: true)
        {
            TestCode = UnitySources.Behaviour(body + "\n" + UnitySources.SendBytesToAzure, members),
            ExpectedDiagnostics =
            {
                Diag("LEAI001", sourceApi, "UnityWebRequest.SendWebRequest", "police, body-cam (US)", "").WithLocation(0).WithLocation(1),
                Diag("LEAI002", sourceApi, "UnityWebRequest.SendWebRequest", "police, body-cam (US)", "").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();
    }

    public static IEnumerable<object[]> NotCameras() => new[]
    {
        Case("Camera.Render into a render texture is a virtual camera", """
            var target = new RenderTexture(1280, 720, 24);
            var camera = Camera.main;
            camera.targetTexture = target;
            camera.Render();
            RenderTexture.active = target;
            var snapshot = new Texture2D(1280, 720);
            snapshot.ReadPixels(new Rect(0, 0, 1280, 720), 0, 0);
            byte[] bytes = snapshot.EncodeToJPG();
            """, string.Empty),
        Case("ReadPixels from another render texture than the webcam's", """
            var webcam = new WebCamTexture();
            var preview = new RenderTexture(1280, 720, 0);
            Graphics.Blit(webcam, preview);
            var overlay = new RenderTexture(1280, 720, 0);
            RenderTexture.active = overlay;
            var snapshot = new Texture2D(1280, 720);
            snapshot.ReadPixels(new Rect(0, 0, 1280, 720), 0, 0);
            byte[] bytes = snapshot.EncodeToJPG();
            """, string.Empty),
        Case("a texture loaded from a constant asset", """
            var snapshot = new Texture2D(2, 2);
            snapshot.LoadImage(File.ReadAllBytes("Assets/StreamingAssets/test-card.jpg"));
            byte[] bytes = snapshot.EncodeToPNG();
            """, string.Empty),
        Case("the webcam's size only, pixels drawn by code", """
            var webcam = new WebCamTexture();
            var snapshot = new Texture2D(webcam.width, webcam.height);
            snapshot.SetPixel(0, 0, new Color(1f, 0f, 0f, 1f));
            byte[] bytes = snapshot.EncodeToPNG();
            """, string.Empty),
    };

    [Theory]
    [MemberData(nameof(NotCameras))]
    public Task NoLiveCamera_IsNotReported(string name, string body, string sourceApi, string members)
    {
        _ = (name, sourceApi);
        return new FlowTest("police, body-cam", "US", unity: true)
        {
            TestCode = UnitySources.Behaviour(body + "\n" + UnitySources.SendBytesToAzure.Replace("{|#0:", string.Empty).Replace("|}", string.Empty), members),
        }.RunAsync();
    }

    private static object[] Case(string name, string body, string sourceApi, string members = "") => new object[] { name, body, sourceApi, members };
}
