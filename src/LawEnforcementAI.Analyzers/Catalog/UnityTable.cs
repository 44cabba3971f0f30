using System.Collections.Immutable;
using static LawEnforcementAI.Analyzers.Catalog.CameraSource;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// Unity and Meta XR (listed in docs/catalog.md): the live camera textures, what carries their pixels from texture to
/// texture and into bytes, and <c>UnityWebRequest</c>, the HTTP sender of Unity code. Types are Unity's as it ships them:
/// <c>WebCamTexture</c> in UnityEngine.AudioModule, textures in UnityEngine.CoreModule, the encoders in
/// UnityEngine.ImageConversionModule and the sender in UnityEngine.UnityWebRequestModule.
/// </summary>
internal static class UnityTable
{
    private const string WebCam = "UnityEngine.WebCamTexture";
    private const string Texture2D = "UnityEngine.Texture2D";
    private const string Encoders = "UnityEngine.ImageConversion";
    private const string Request = "UnityEngine.Networking.UnityWebRequest";
    private const string Passthrough = "Meta.XR.PassthroughCameraAccess";

    private static readonly Slot This = Slot.Receiver;
    private static readonly Slot Return = Slot.Result;

    public static readonly ImmutableArray<CameraSource> Sources = ImmutableArray.Create(
        // A WebCamTexture shows a live camera, whichever device (a webcam, a phone's camera, Quest's passthrough through
        // Meta's WebCamTextureManager): the texture itself, handed on as a Texture, and every pixel read from it.
        LiveFrame(WebCam, ApiMember.Constructor),
        LiveFrame(WebCam, "GetPixels32"),
        LiveIntoArgument(WebCam, "GetPixels32", Slot.Position(0)),
        LiveFrame(WebCam, "GetPixels"),
        LiveFrame(WebCam, "GetPixel"),

        // Meta's Passthrough Camera API: the headset's own cameras.
        MobileLiveFrame(Passthrough, "GetColors"),
        MobileLiveFrame(Passthrough, "GetTexture"));

    public static readonly ImmutableArray<FlowThrough> FlowThrough = ImmutableArray.Create(
        // Writes into a texture: the pixels, raw data or encoded image written hold what the texture then shows.
        F(Texture2D, "SetPixels32", P("colors"), This),
        F(Texture2D, "SetPixels", P("colors"), This),
        F(Texture2D, "SetPixel", P("color"), This),
        F(Texture2D, "SetPixelData", P("data"), This),
        F(Texture2D, "LoadRawTextureData", P("data"), This),
        F(Encoders, "LoadImage", P("data"), This),

        // Reads of a texture and its encodings.
        F(Texture2D, "GetPixels32", This, Return),
        F(Texture2D, "GetPixels", This, Return),
        F(Texture2D, "GetPixel", This, Return),
        F(Texture2D, "GetRawTextureData", This, Return),
        F(Encoders, "EncodeToJPG", This, Return),
        F(Encoders, "EncodeToPNG", This, Return),
        F(Encoders, "EncodeToTGA", This, Return),

        // ReadPixels copies from the render texture made active before it (ambient state), into the receiver.
        F(Texture2D, "ReadPixels", Slot.Ambient("UnityEngine.RenderTexture", "active"), This),

        // Texture to texture on the GPU, source argument to destination argument.
        F("UnityEngine.Graphics", "Blit", P("source"), P("dest")),
        F("UnityEngine.Graphics", "CopyTexture", P("src"), P("dst")),

        // A sprite shows its texture.
        F("UnityEngine.Sprite", "Create", P("texture"), Return),
        F("UnityEngine.Sprite", "texture", This, Return),

        // Native buffers (GetColors returns one).
        F("Unity.Collections.NativeArray`1", ApiMember.Constructor, P("array"), Return),
        F("Unity.Collections.NativeArray`1", "this[]", This, Return),
        F("Unity.Collections.NativeArray`1", "ToArray", This, Return),
        F("Unity.Collections.NativeArray`1", "CopyTo", This, P("array")),

        // UnityWebRequest: the request holds its URL (which decides the service) and its body, from the constructor, the
        // Post and Put helpers, an upload handler or a form.
        F(Request, ApiMember.Constructor, P("url"), Return),
        F(Request, ApiMember.Constructor, P("uri"), Return),
        F(Request, ApiMember.Constructor, P("uploadHandler"), Return),
        F(Request, "Post", P("uri"), Return),
        F(Request, "Post", P("postData"), Return),
        F(Request, "Post", P("formData"), Return),
        F(Request, "Post", P("multipartFormSections"), Return),
        F(Request, "Post", P("formFields"), Return),
        F(Request, "PostWwwForm", P("uri"), Return),
        F(Request, "PostWwwForm", P("form"), Return),
        F(Request, "Put", P("uri"), Return),
        F(Request, "Put", P("bodyData"), Return),
        F("UnityEngine.Networking.UploadHandlerRaw", ApiMember.Constructor, P("data"), Return),
        F("UnityEngine.Networking.MultipartFormFileSection", ApiMember.Constructor, P("data"), Return),
        F("UnityEngine.WWWForm", "AddBinaryData", P("contents"), This),
        F("UnityEngine.WWWForm", "AddField", P("value"), This),
        F("UnityEngine.WWWForm", "data", This, Return));

    public static readonly ImmutableArray<VisionSink> Sinks = ImmutableArray.Create(
        // The send: the request (receiver) carries the body, its URL decides the service, as for HttpClient's calls
        // (docs/flow.md, "Raw REST"). Awaited or yielded from a coroutine, the call is the same.
        new VisionSink(Request, "SendWebRequest", ImmutableArray.Create(Slot.Receiver), Slot.Receiver));

    public static readonly ImmutableArray<EndpointProperty> EndpointProperties = ImmutableArray.Create(
        new EndpointProperty(Request, "url"),
        new EndpointProperty(Request, "uri"));

    /// <summary>One pixel: <c>GetPixel</c> copies a frame pixel by pixel.</summary>
    public static readonly ImmutableArray<string> PixelTypes = ImmutableArray.Create("UnityEngine.Color", "UnityEngine.Color32");

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(UnityTable), sources: Sources, sinks: Sinks, endpointProperties: EndpointProperties, flowThrough: FlowThrough, pixelTypes: PixelTypes);

    private static FlowThrough F(string type, ApiMember member, Slot from, Slot to) => new(type, member, from, to);

    private static Slot P(string parameter) => Slot.Parameter(parameter);
}
