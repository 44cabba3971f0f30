// Imitates UnityEngine.CoreModule.dll of Unity 6000.0 (assembly UnityEngine.CoreModule): only the members the Unity
// catalogue names and the tests call; bodies throw.
// Source: Unity-Technologies/UnityCsReference 6000.0: Runtime/Export/Scripting/UnityEngineObject.bindings.cs (Object),
// Runtime/Export/Scripting/MonoBehaviour.bindings.cs (StartCoroutine(IEnumerator routine)), Runtime/Export/Scripting/
// Coroutines.cs and YieldOperation.cs, Runtime/Export/Scripting/ScriptableObject.bindings.cs, Runtime/Export/Scripting/AsyncOperation.bindings.cs, Runtime/Export/Serialization/
// SerializeFieldAttribute (Runtime/Export/Attributes.cs), Runtime/Export/Math/Color.cs, Color32.cs, Rect.cs, Vector2.cs,
// Runtime/Export/Graphics/Texture.bindings.cs (Texture, Texture2D: SetPixel, SetPixels, SetPixels32, SetPixelData,
// LoadRawTextureData, Apply, ReadPixels, GetPixel, GetPixels, GetPixels32, GetRawTextureData; RenderTexture.active,
// GetTemporary), Runtime/Export/Graphics/Graphics.bindings.cs and Graphics.cs (Blit(Texture source, RenderTexture dest),
// CopyTexture(Texture src, Texture dst)), Runtime/2D/Common/ScriptBindings/Sprites.bindings.cs (Sprite.Create(Texture2D
// texture, Rect rect, Vector2 pivot[, float pixelsPerUnit]), Sprite.texture), Runtime/Export/Camera/Camera.bindings.cs
// (targetTexture, Render), Runtime/Export/NativeArray/NativeArray.cs (Unity.Collections.NativeArray<T>: the
// NativeArray(T[] array, Allocator allocator) constructor, the indexer, CopyTo(T[] array), ToArray()).
using System;
using System.Collections;

namespace UnityEngine
{
    public class Object
    {
        public string name { get => throw null!; set => throw null!; }
    }

    public class Component : Object
    {
    }

    public class Behaviour : Component
    {
        public bool enabled { get => throw null!; set => throw null!; }
    }

    public class MonoBehaviour : Behaviour
    {
        public Coroutine StartCoroutine(IEnumerator routine) => throw null!;
    }

    public class ScriptableObject : Object
    {
    }

    public class YieldInstruction
    {
    }

    public sealed class Coroutine : YieldInstruction
    {
        private Coroutine() { }
    }

    public class AsyncOperation : YieldInstruction
    {
        public bool isDone => throw null!;
        public event Action<AsyncOperation> completed { add => throw null!; remove => throw null!; }
    }

    [AttributeUsage(AttributeTargets.Field, Inherited = true, AllowMultiple = false)]
    public sealed class SerializeField : Attribute
    {
    }

    public struct Color
    {
        public float r;
        public float g;
        public float b;
        public float a;

        public Color(float r, float g, float b, float a) => throw null!;
    }

    public struct Color32
    {
        public byte r;
        public byte g;
        public byte b;
        public byte a;

        public Color32(byte r, byte g, byte b, byte a) => throw null!;
    }

    public struct Rect
    {
        public Rect(float x, float y, float width, float height) => throw null!;
    }

    public struct Vector2
    {
        public float x;
        public float y;

        public Vector2(float x, float y) => throw null!;
    }

    public enum TextureFormat
    {
        RGB24 = 3,
        RGBA32 = 4,
    }

    public class Texture : Object
    {
        public virtual int width { get => throw null!; set => throw null!; }
        public virtual int height { get => throw null!; set => throw null!; }
    }

    public sealed class Texture2D : Texture
    {
        public Texture2D(int width, int height) => throw null!;
        public Texture2D(int width, int height, TextureFormat textureFormat, bool mipChain) => throw null!;

        public void SetPixel(int x, int y, Color color) => throw null!;
        public void SetPixel(int x, int y, Color color, int mipLevel) => throw null!;
        public void SetPixels(Color[] colors) => throw null!;
        public void SetPixels(Color[] colors, int miplevel) => throw null!;
        public void SetPixels(int x, int y, int blockWidth, int blockHeight, Color[] colors) => throw null!;
        public void SetPixels32(Color32[] colors) => throw null!;
        public void SetPixels32(Color32[] colors, int miplevel) => throw null!;
        public void SetPixelData<T>(T[] data, int mipLevel, int sourceDataStartIndex = 0) => throw null!;
        public void SetPixelData<T>(Unity.Collections.NativeArray<T> data, int mipLevel, int sourceDataStartIndex = 0) where T : struct => throw null!;
        public void LoadRawTextureData(byte[] data) => throw null!;
        public void LoadRawTextureData<T>(Unity.Collections.NativeArray<T> data) where T : struct => throw null!;
        public void Apply() => throw null!;
        public void Apply(bool updateMipmaps, bool makeNoLongerReadable) => throw null!;
        public void ReadPixels(Rect source, int destX, int destY) => throw null!;
        public void ReadPixels(Rect source, int destX, int destY, bool recalculateMipMaps) => throw null!;
        public Color GetPixel(int x, int y) => throw null!;
        public Color[] GetPixels() => throw null!;
        public Color32[] GetPixels32() => throw null!;
        public byte[] GetRawTextureData() => throw null!;
    }

    public class RenderTexture : Texture
    {
        public RenderTexture(int width, int height, int depth) => throw null!;

        public static RenderTexture active { get => throw null!; set => throw null!; }

        public static RenderTexture GetTemporary(int width, int height) => throw null!;
        public static void ReleaseTemporary(RenderTexture temp) => throw null!;
    }

    public class Graphics
    {
        public static void Blit(Texture source, RenderTexture dest) => throw null!;
        public static void CopyTexture(Texture src, Texture dst) => throw null!;
    }

    public sealed class Sprite : Object
    {
        private Sprite() { }

        public Texture2D texture => throw null!;

        public static Sprite Create(Texture2D texture, Rect rect, Vector2 pivot) => throw null!;
        public static Sprite Create(Texture2D texture, Rect rect, Vector2 pivot, float pixelsPerUnit) => throw null!;
    }

    public sealed class Camera : Behaviour
    {
        public static Camera main => throw null!;
        public RenderTexture targetTexture { get => throw null!; set => throw null!; }
        public void Render() => throw null!;
    }
}

namespace Unity.Collections
{
    public enum Allocator
    {
        Temp = 2,
        TempJob = 3,
        Persistent = 4,
    }

    public struct NativeArray<T> : IDisposable
        where T : struct
    {
        public NativeArray(T[] array, Allocator allocator) => throw null!;

        public int Length => throw null!;

        public T this[int index] { get => throw null!; set => throw null!; }

        public void CopyTo(T[] array) => throw null!;
        public T[] ToArray() => throw null!;
        public void Dispose() => throw null!;
    }
}
