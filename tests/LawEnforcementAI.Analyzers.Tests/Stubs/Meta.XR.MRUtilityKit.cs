// Imitates the PassthroughCameraAccess component of Meta's MR Utility Kit (com.meta.xr.mrutilitykit 78 and later,
// assembly meta.xr.mrutilitykit), the Passthrough Camera API of Quest 3 and 3S.
// Source: Meta XR SDK, com.meta.xr.mrutilitykit Runtime/Scripts/PassthroughCameraAccess/PassthroughCameraAccess.cs
// (namespace Meta.XR: public class PassthroughCameraAccess : MonoBehaviour; NativeArray<Color32> GetColors(),
// Texture GetTexture(), bool IsPlaying, bool IsUpdatedThisFrame).
// Package version: not pinned to one release. The component exists from com.meta.xr.mrutilitykit 78; no source of a
// specific release is stored here (the stored mirror, darktable-mirror/com.meta.xr.mrutilitykit, lacks this file), so
// these four members are not checked against one release's listing. Pinning it is open.
using Unity.Collections;
using UnityEngine;

namespace Meta.XR
{
    public class PassthroughCameraAccess : MonoBehaviour
    {
        public bool IsPlaying => throw null!;
        public bool IsUpdatedThisFrame => throw null!;

        public NativeArray<Color32> GetColors() => throw null!;
        public Texture GetTexture() => throw null!;
    }
}
