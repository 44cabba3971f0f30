// Imitates UnityEngine.ImageConversionModule.dll of Unity 6000.0 (assembly UnityEngine.ImageConversionModule).
// Source: Unity-Technologies/UnityCsReference 6000.0: Modules/ImageConversion/ScriptBindings/ImageConversion.bindings.cs
// (EncodeToTGA(this Texture2D tex), EncodeToPNG(this Texture2D tex), EncodeToJPG(this Texture2D tex, int quality),
// EncodeToJPG(this Texture2D tex), LoadImage(this Texture2D tex, byte[] data, bool markNonReadable),
// LoadImage(this Texture2D tex, byte[] data)).
namespace UnityEngine
{
    public static class ImageConversion
    {
        public static byte[] EncodeToTGA(this Texture2D tex) => throw null!;
        public static byte[] EncodeToPNG(this Texture2D tex) => throw null!;
        public static byte[] EncodeToJPG(this Texture2D tex, int quality) => throw null!;
        public static byte[] EncodeToJPG(this Texture2D tex) => throw null!;
        public static bool LoadImage(this Texture2D tex, byte[] data, bool markNonReadable) => throw null!;
        public static bool LoadImage(this Texture2D tex, byte[] data) => throw null!;
    }
}
