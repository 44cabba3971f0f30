// Imitates UnityEngine.AudioModule.dll of Unity 6000.0 (assembly UnityEngine.AudioModule), which holds WebCamTexture.
// Source: Unity-Technologies/UnityCsReference 6000.0: Modules/Audio/Public/ScriptBindings/WebCamTexture.bindings.cs
// (the six constructors, GetPixel(int x, int y), GetPixels(), GetPixels(int x, int y, int blockWidth, int blockHeight),
// GetPixels32(), GetPixels32(Color32[] colors), Play, Pause, Stop, isPlaying, devices) and the Scripting API page
// "WebCamTexture" (6000.0: Assembly UnityEngine.AudioModule, inherits from Texture).
namespace UnityEngine
{
    public struct WebCamDevice
    {
        public string name => throw null!;
        public bool isFrontFacing => throw null!;
    }

    public sealed class WebCamTexture : Texture
    {
        public WebCamTexture() => throw null!;
        public WebCamTexture(string deviceName) => throw null!;
        public WebCamTexture(int requestedWidth, int requestedHeight) => throw null!;
        public WebCamTexture(string deviceName, int requestedWidth, int requestedHeight) => throw null!;
        public WebCamTexture(int requestedWidth, int requestedHeight, int requestedFPS) => throw null!;
        public WebCamTexture(string deviceName, int requestedWidth, int requestedHeight, int requestedFPS) => throw null!;

        public static WebCamDevice[] devices => throw null!;
        public bool isPlaying => throw null!;
        public string deviceName { get => throw null!; set => throw null!; }

        public void Play() => throw null!;
        public void Pause() => throw null!;
        public void Stop() => throw null!;
        public Color GetPixel(int x, int y) => throw null!;
        public Color[] GetPixels() => throw null!;
        public Color[] GetPixels(int x, int y, int blockWidth, int blockHeight) => throw null!;
        public Color32[] GetPixels32() => throw null!;
        public Color32[] GetPixels32(Color32[] colors) => throw null!;
    }
}
