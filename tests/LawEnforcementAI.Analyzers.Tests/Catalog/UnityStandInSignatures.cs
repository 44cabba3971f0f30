namespace LawEnforcementAI.Analyzers.Tests.Catalog;

/// <summary>
/// The real overloads of the members the Unity table names (Unity 6000.0 and Meta's MR Utility Kit), transcribed from
/// the cited sources; <see cref="StandInSignatures"/> lists them with the rest.
/// </summary>
internal static class UnityStandInSignatures
{
    private const string Texture = "Unity-Technologies/UnityCsReference Runtime/Export/Graphics/Texture.bindings.cs (6000.0)";
    private const string WebCam = "Unity-Technologies/UnityCsReference Modules/Audio/Public/ScriptBindings/WebCamTexture.bindings.cs (6000.0)";
    private const string Encoders = "Unity-Technologies/UnityCsReference Modules/ImageConversion/ScriptBindings/ImageConversion.bindings.cs (6000.0)";
    private const string Graphics = "Unity-Technologies/UnityCsReference Runtime/Export/Graphics/Graphics.bindings.cs (6000.0)";
    private const string Sprite = "Unity-Technologies/UnityCsReference Runtime/2D/Common/ScriptBindings/Sprites.bindings.cs (6000.0)";
    private const string Native = "Unity-Technologies/UnityCsReference Runtime/Export/NativeArray/NativeArray.cs (6000.0)";
    private const string Request = "Unity-Technologies/UnityCsReference Modules/UnityWebRequest/Public/UnityWebRequest.bindings.cs and WebRequestExtensions.cs (6000.0; Post(uri, postData, contentType) per the 6000.0 Scripting API)";
    private const string Upload = "Unity-Technologies/UnityCsReference Modules/UnityWebRequest/Public/UploadHandler/UploadHandler.bindings.cs (6000.0)";
    private const string Multipart = "Unity-Technologies/UnityCsReference Modules/UnityWebRequest/Public/MultipartFormHelper.cs (6000.0)";
    private const string Form = "Unity-Technologies/UnityCsReference Modules/UnityWebRequest/Public/WWWForm.cs (6000.0)";
    private const string Passthrough = "Meta XR SDK com.meta.xr.mrutilitykit Runtime/Scripts/PassthroughCameraAccess/PassthroughCameraAccess.cs (78+)";

    private const string OpenAIUnity = "RageAgainstThePixel/com.openai.unity OpenAI/Packages/com.openai.unity/Runtime/Chat (ChatEndpoint.cs, ChatRequest.cs at cb89a2d, Message.cs at 0fdeef4, Content.cs and Conversation.cs at 30c0421)";

    private const string Tex = "this UnityEngine.Texture2D tex";

    public static readonly StandInSignatures.Row[] Rows =
    [
        new("UnityEngine.WebCamTexture", ".ctor",
            ["WebCamTexture()", "WebCamTexture(string deviceName)", "WebCamTexture(int requestedWidth, int requestedHeight)",
             "WebCamTexture(string deviceName, int requestedWidth, int requestedHeight)", "WebCamTexture(int requestedWidth, int requestedHeight, int requestedFPS)",
             "WebCamTexture(string deviceName, int requestedWidth, int requestedHeight, int requestedFPS)"], WebCam),
        new("UnityEngine.WebCamTexture", "GetPixels32", ["GetPixels32()", "GetPixels32(UnityEngine.Color32[] colors)"], WebCam),
        new("UnityEngine.WebCamTexture", "GetPixels", ["GetPixels()", "GetPixels(int x, int y, int blockWidth, int blockHeight)"], WebCam),
        new("UnityEngine.WebCamTexture", "GetPixel", ["GetPixel(int x, int y)"], WebCam),
        new("Meta.XR.PassthroughCameraAccess", "GetColors", ["GetColors()"], Passthrough),
        new("Meta.XR.PassthroughCameraAccess", "GetTexture", ["GetTexture()"], Passthrough),

        new("UnityEngine.Texture2D", "SetPixels32", ["SetPixels32(UnityEngine.Color32[] colors)", "SetPixels32(UnityEngine.Color32[] colors, int miplevel)"], Texture),
        new("UnityEngine.Texture2D", "SetPixels",
            ["SetPixels(UnityEngine.Color[] colors)", "SetPixels(UnityEngine.Color[] colors, int miplevel)", "SetPixels(int x, int y, int blockWidth, int blockHeight, UnityEngine.Color[] colors)"], Texture),
        new("UnityEngine.Texture2D", "SetPixel", ["SetPixel(int x, int y, UnityEngine.Color color)", "SetPixel(int x, int y, UnityEngine.Color color, int mipLevel)"], Texture),
        new("UnityEngine.Texture2D", "SetPixelData",
            ["SetPixelData<T>(T[] data, int mipLevel, int sourceDataStartIndex)", "SetPixelData<T>(Unity.Collections.NativeArray<T> data, int mipLevel, int sourceDataStartIndex)"], Texture),
        new("UnityEngine.Texture2D", "LoadRawTextureData", ["LoadRawTextureData(byte[] data)", "LoadRawTextureData<T>(Unity.Collections.NativeArray<T> data)"], Texture),
        new("UnityEngine.Texture2D", "GetPixels32", ["GetPixels32()"], Texture),
        new("UnityEngine.Texture2D", "GetPixels", ["GetPixels()"], Texture),
        new("UnityEngine.Texture2D", "GetPixel", ["GetPixel(int x, int y)"], Texture),
        new("UnityEngine.Texture2D", "ReadPixels", ["ReadPixels(UnityEngine.Rect source, int destX, int destY)", "ReadPixels(UnityEngine.Rect source, int destX, int destY, bool recalculateMipMaps)"], Texture),
        new("UnityEngine.Texture2D", "GetRawTextureData", ["GetRawTextureData()"], Texture),
        new("UnityEngine.ImageConversion", "LoadImage", ["LoadImage(" + Tex + ", byte[] data, bool markNonReadable)", "LoadImage(" + Tex + ", byte[] data)"], Encoders),
        new("UnityEngine.ImageConversion", "EncodeToJPG", ["EncodeToJPG(" + Tex + ", int quality)", "EncodeToJPG(" + Tex + ")"], Encoders),
        new("UnityEngine.ImageConversion", "EncodeToPNG", ["EncodeToPNG(" + Tex + ")"], Encoders),
        new("UnityEngine.ImageConversion", "EncodeToTGA", ["EncodeToTGA(" + Tex + ")"], Encoders),
        new("UnityEngine.Graphics", "Blit", ["Blit(UnityEngine.Texture source, UnityEngine.RenderTexture dest)"], Graphics),
        new("UnityEngine.Graphics", "CopyTexture", ["CopyTexture(UnityEngine.Texture src, UnityEngine.Texture dst)"], Graphics),
        new("UnityEngine.Sprite", "Create",
            ["Create(UnityEngine.Texture2D texture, UnityEngine.Rect rect, UnityEngine.Vector2 pivot)", "Create(UnityEngine.Texture2D texture, UnityEngine.Rect rect, UnityEngine.Vector2 pivot, float pixelsPerUnit)"], Sprite),
        new("UnityEngine.Sprite", "texture", ["UnityEngine.Texture2D texture"], Sprite),
        // A struct: the parameterless constructor is the language's.
        new("Unity.Collections.NativeArray`1", ".ctor", ["NativeArray()", "NativeArray(T[] array, Unity.Collections.Allocator allocator)"], Native),
        new("Unity.Collections.NativeArray`1", "this[]", ["T this[]"], Native),
        new("Unity.Collections.NativeArray`1", "ToArray", ["ToArray()"], Native),
        new("Unity.Collections.NativeArray`1", "CopyTo", ["CopyTo(T[] array)"], Native),

        new("UnityEngine.Networking.UnityWebRequest", ".ctor",
            ["UnityWebRequest()", "UnityWebRequest(string url)", "UnityWebRequest(System.Uri uri)", "UnityWebRequest(string url, string method)", "UnityWebRequest(System.Uri uri, string method)",
             "UnityWebRequest(string url, string method, UnityEngine.Networking.DownloadHandler downloadHandler, UnityEngine.Networking.UploadHandler uploadHandler)",
             "UnityWebRequest(System.Uri uri, string method, UnityEngine.Networking.DownloadHandler downloadHandler, UnityEngine.Networking.UploadHandler uploadHandler)"], Request),
        new("UnityEngine.Networking.UnityWebRequest", "Post",
            ["Post(string uri, string postData, string contentType)", "Post(System.Uri uri, string postData, string contentType)",
             "Post(string uri, UnityEngine.WWWForm formData)", "Post(System.Uri uri, UnityEngine.WWWForm formData)",
             "Post(string uri, System.Collections.Generic.List<UnityEngine.Networking.IMultipartFormSection> multipartFormSections)",
             "Post(string uri, System.Collections.Generic.Dictionary<string, string> formFields)"], Request),
        new("UnityEngine.Networking.UnityWebRequest", "PostWwwForm", ["PostWwwForm(string uri, string form)"], Request),
        new("UnityEngine.Networking.UnityWebRequest", "Put", ["Put(string uri, byte[] bodyData)"], Request),
        new("UnityEngine.Networking.UnityWebRequest", "SendWebRequest", ["SendWebRequest()"], Request),
        new("UnityEngine.Networking.UnityWebRequest", "url", ["string url"], Request),
        new("UnityEngine.Networking.UnityWebRequest", "uri", ["System.Uri uri"], Request),
        new("UnityEngine.Networking.UploadHandlerRaw", ".ctor", ["UploadHandlerRaw(byte[] data)"], Upload),
        new("UnityEngine.Networking.MultipartFormFileSection", ".ctor",
            ["MultipartFormFileSection(string name, byte[] data, string fileName, string contentType)", "MultipartFormFileSection(byte[] data)"], Multipart),
        new("UnityEngine.WWWForm", "AddBinaryData",
            ["AddBinaryData(string fieldName, byte[] contents)", "AddBinaryData(string fieldName, byte[] contents, string fileName)",
             "AddBinaryData(string fieldName, byte[] contents, string fileName, string mimeType)"], Form),
        new("UnityEngine.WWWForm", "AddField", ["AddField(string fieldName, string value)"], Form),
        new("UnityEngine.WWWForm", "data", ["byte[] data"], Form),

        // com.openai.unity
        new("OpenAI.Chat.ChatEndpoint", "GetCompletionAsync", ["GetCompletionAsync(OpenAI.Chat.ChatRequest chatRequest, System.Threading.CancellationToken cancellationToken)"], OpenAIUnity),
        new("OpenAI.Chat.ChatEndpoint", "StreamCompletionAsync",
            ["StreamCompletionAsync(OpenAI.Chat.ChatRequest chatRequest, System.Action<OpenAI.Chat.ChatResponse> resultHandler, System.Threading.CancellationToken cancellationToken)"], OpenAIUnity),
        new("OpenAI.Chat.ChatRequest", ".ctor",
            ["ChatRequest(System.Collections.Generic.IEnumerable<OpenAI.Chat.Message> messages, string model, double? frequencyPenalty, System.Collections.Generic.IReadOnlyDictionary<string, double> logitBias, int? maxTokens, int? number, double? presencePenalty, OpenAI.Chat.ChatResponseFormat responseFormat, int? seed, string[] stops, double? temperature, double? topP, int? topLogProbs, bool? parallelToolCalls, string user)"], OpenAIUnity),
        new("OpenAI.Chat.Content", ".ctor", ["Content(string text)", "Content(UnityEngine.Texture2D texture)"], OpenAIUnity),
        new("OpenAI.Chat.Message", ".ctor",
            ["Message(OpenAI.Role role, System.Collections.Generic.IEnumerable<OpenAI.Chat.Content> content, string name)", "Message(OpenAI.Role role, string content, string name)"], OpenAIUnity),
        new("OpenAI.Chat.Conversation", ".ctor", ["Conversation(System.Collections.Generic.List<OpenAI.Chat.Message> messages)"], OpenAIUnity),
        new("OpenAI.Chat.Conversation", "AppendMessage", ["AppendMessage(OpenAI.Chat.Message message)"], OpenAIUnity),
        new("OpenAI.Chat.Conversation", "Messages", ["System.Collections.Generic.IReadOnlyList<OpenAI.Chat.Message> Messages"], OpenAIUnity),
    ];
}
