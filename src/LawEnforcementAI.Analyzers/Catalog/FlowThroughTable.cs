using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// Library members that carry a frame from one value to another: encoders, converters, streams, strings,
/// tasks and the SDK types that wrap an image into a request.
/// </summary>
internal static class FlowThroughTable
{
    private static readonly Slot This = Slot.Receiver;
    private static readonly Slot Return = Slot.Result;
    private static readonly Slot Any = Slot.AnyArgument;

    public static readonly ImmutableArray<FlowThrough> Entries = ImmutableArray.Create(
        // OpenCvSharp: encoding, copying, cropping and converting a Mat.
        F("OpenCvSharp.Mat", "ToBytes", This, Return),
        F("OpenCvSharp.Mat", "ToMemoryStream", This, Return),
        F("OpenCvSharp.Mat", "ImEncode", This, Return),
        F("OpenCvSharp.Mat", "Clone", This, Return),
        F("OpenCvSharp.Mat", "SubMat", This, Return),
        F("OpenCvSharp.Mat", "WriteToStream", This, P("stream")),
        F("OpenCvSharp.Mat", ApiMember.Constructor, P("m"), Return),
        F("OpenCvSharp.Cv2", "ImEncode", P("img"), P("buf")),
        F("OpenCvSharp.Cv2", "Resize", P("src"), P("dst")),
        F("OpenCvSharp.Cv2", "CvtColor", P("src"), P("dst")),
        F("OpenCvSharp.Extensions.BitmapConverter", "ToBitmap", P("src"), Return),
        F("OpenCvSharp.GdipExtensions.BitmapConverter", "ToBitmap", P("src"), Return),

        // Emgu.CV
        F("Emgu.CV.CvInvoke", "Imencode", P("image"), Return),
        F("Emgu.CV.CvInvoke", "Imencode", P("image"), P("buf")),
        F("Emgu.CV.Mat", "GetRawData", This, Return),
        F("Emgu.CV.Mat", "ToImage", This, Return),
        F("Emgu.CV.Mat", "Clone", This, Return),
        F("Emgu.CV.Image`2", "ToJpegData", This, Return),
        F("Emgu.CV.BitmapExtension", "ToBitmap", P("mat"), Return),
        F("Emgu.CV.Util.VectorOfByte", "ToArray", This, Return),

        // System.Drawing
        F("System.Drawing.Image", "Save", This, P("stream")),
        F("System.Drawing.Image", "Clone", This, Return),
        F("System.Drawing.Bitmap", ApiMember.Constructor, P("original"), Return),
        F("System.Drawing.Bitmap", "Clone", This, Return),

        // Streams, buffers and BinaryData
        F("System.IO.MemoryStream", ApiMember.Constructor, P("buffer"), Return),
        F("System.IO.MemoryStream", "ToArray", This, Return),
        F("System.IO.MemoryStream", "GetBuffer", This, Return),
        F("System.IO.Stream", "CopyTo", This, P("destination")),
        F("System.IO.Stream", "CopyToAsync", This, P("destination")),
        F("System.IO.Stream", "Read", This, P("buffer")),
        F("System.IO.Stream", "ReadAsync", This, P("buffer")),
        F("System.IO.Stream", "Write", P("buffer"), This),
        F("System.IO.Stream", "WriteAsync", P("buffer"), This),
        F("System.IO.Stream", "ReadExactly", This, P("buffer")),
        F("System.IO.Stream", "ReadExactlyAsync", This, P("buffer")),
        F("System.IO.Stream", "ReadAtLeast", This, P("buffer")),
        F("System.IO.Stream", "ReadAtLeastAsync", This, P("buffer")),
        F("System.IO.BinaryReader", ApiMember.Constructor, P("input"), Return),
        F("System.IO.BinaryReader", "ReadBytes", This, Return),
        F("System.IO.StreamReader", ApiMember.Constructor, P("stream"), Return),
        F("System.IO.StreamReader", "ReadToEnd", This, Return),
        F("System.IO.StreamReader", "ReadToEndAsync", This, Return),

        // A folder's files are paths under it: a folder from configuration or an entry point's parameter gives paths
        // that come from outside too, so reading them is an image of unknown origin (a constant asset folder is not).
        F("System.IO.Directory", "EnumerateFiles", P("path"), Return),
        F("System.IO.Directory", "GetFiles", P("path"), Return),
        F("System.ArraySegment`1", "ToArray", This, Return),
        F("System.ArraySegment`1", "Array", This, Return),
        F("System.BinaryData", ApiMember.Constructor, Any, Return),
        F("System.BinaryData", "FromBytes", Any, Return),
        F("System.BinaryData", "FromStream", Any, Return),
        F("System.BinaryData", "FromStreamAsync", Any, Return),
        F("System.BinaryData", "FromString", Any, Return),
        F("System.BinaryData", "FromObjectAsJson", Any, Return),
        F("System.BinaryData", "ToArray", This, Return),
        F("System.BinaryData", "ToStream", This, Return),
        F("System.BinaryData", "ToMemory", This, Return),
        F("System.BinaryData", "WithMediaType", This, Return),
        F("System.ClientModel.BinaryContent", "Create", Any, Return),

        // Text: base64 and string building into a data URI
        F("System.Convert", "ToBase64String", Any, Return),
        F("System.String", "Concat", Any, Return),
        F("System.String", "Format", Any, Return),
        F("System.String", "Join", Any, Return),
        F("System.Text.StringBuilder", "Append", Any, This),
        F("System.Text.StringBuilder", "AppendFormat", Any, This),
        F("System.Text.StringBuilder", "Insert", Any, This),
        F("System.Text.StringBuilder", "Append", This, Return),
        F("System.Text.StringBuilder", "ToString", This, Return),
        F("System.Uri", ApiMember.Constructor, Any, Return),
        F("System.Convert", "TryToBase64Chars", P("bytes"), P("chars")),
        F("System.Convert", "FromBase64String", Any, Return),
        F("System.Convert", "TryFromBase64String", P("s"), P("bytes")),
        F("System.String", ApiMember.Constructor, Any, Return),
        F("System.Text.Encoding", "GetBytes", Any, Return),
        F("System.Text.Encoding", "GetBytes", Any, P("bytes")),
        F("System.Text.Encoding", "GetString", Any, Return),

        // System.Text.Json: an object, anonymous object or node holding the frame serialises to text or UTF-8 bytes.
        F("System.Text.Json.JsonSerializer", "Serialize", P("value"), Return),
        F("System.Text.Json.JsonSerializer", "Serialize", P("value"), P("utf8Json")),
        F("System.Text.Json.JsonSerializer", "SerializeAsync", P("value"), P("utf8Json")),
        F("System.Text.Json.JsonSerializer", "SerializeToUtf8Bytes", P("value"), Return),
        F("System.Text.Json.JsonSerializer", "SerializeToNode", P("value"), Return),
        F("System.Text.Json.Nodes.JsonNode", "ToJsonString", This, Return),
        F("System.Text.Json.Nodes.JsonObject", "Add", Any, This),
        F("System.Text.Json.Nodes.JsonArray", "Add", Any, This),
        F("System.Text.Json.Nodes.JsonArray", ApiMember.Constructor, Any, Return),
        F("System.Text.Json.Nodes.JsonValue", "Create", Any, Return),

        // ... and back: parsing or deserialising text that holds a frame gives objects and nodes that hold it.
        F("System.Text.Json.JsonSerializer", "Deserialize", Slot.Position(0), Return),
        F("System.Text.Json.Nodes.JsonNode", "Parse", Slot.Position(0), Return),
        F("System.Text.Json.Nodes.JsonNode", "GetValue", This, Return),
        F("System.Text.Json.Nodes.JsonNode", "AsObject", This, Return),
        F("System.Text.Json.Nodes.JsonNode", "AsArray", This, Return),

        // Writers over a stream or buffer: what is written into the writer reaches what it was created over.
        F("System.Text.Json.Utf8JsonWriter", ApiMember.Constructor, Return, P("utf8Json")),
        F("System.Text.Json.Utf8JsonWriter", ApiMember.Constructor, Return, P("bufferWriter")),
        F("System.Text.Json.Utf8JsonWriter", "WriteString", Any, This),
        F("System.Text.Json.Utf8JsonWriter", "WriteStringValue", Any, This),
        F("System.Text.Json.Utf8JsonWriter", "WriteBase64String", Any, This),
        F("System.Text.Json.Utf8JsonWriter", "WriteBase64StringValue", Any, This),
        F("System.IO.StreamWriter", ApiMember.Constructor, Return, P("stream")),
        F("System.IO.TextWriter", "Write", Any, This),
        F("System.IO.TextWriter", "WriteLine", Any, This),
        F("System.IO.TextWriter", "WriteAsync", Any, This),
        F("System.IO.BinaryWriter", ApiMember.Constructor, Return, P("output")),
        F("System.IO.BinaryWriter", "Write", Any, This),

        // Newtonsoft.Json
        F("Newtonsoft.Json.JsonConvert", "SerializeObject", P("value"), Return),
        F("Newtonsoft.Json.Linq.JToken", "ToString", This, Return),
        F("Newtonsoft.Json.Linq.JToken", "FromObject", P("o"), Return),
        F("Newtonsoft.Json.Linq.JObject", "FromObject", P("o"), Return),
        F("Newtonsoft.Json.Linq.JObject", "Add", Any, This),
        F("Newtonsoft.Json.Linq.JArray", "Add", Any, This),
        F("Newtonsoft.Json.Linq.JObject", ApiMember.Constructor, Any, Return),
        F("Newtonsoft.Json.Linq.JArray", ApiMember.Constructor, Any, Return),
        F("Newtonsoft.Json.Linq.JProperty", ApiMember.Constructor, Any, Return),
        F("Newtonsoft.Json.Linq.JValue", ApiMember.Constructor, Any, Return),
        F("Newtonsoft.Json.JsonConvert", "DeserializeObject", P("value"), Return),
        F("Newtonsoft.Json.Linq.JObject", "Parse", P("json"), Return),
        F("Newtonsoft.Json.Linq.JToken", "Parse", P("json"), Return),
        F("Newtonsoft.Json.Linq.JToken", "ToObject", This, Return),
        F("Newtonsoft.Json.Linq.JToken", "Value", This, Return),

        // Spans over a frame's bytes
        F("System.MemoryExtensions", "AsSpan", Any, Return),
        F("System.MemoryExtensions", "AsMemory", Any, Return),
        F("System.Span`1", "ToArray", This, Return),
        F("System.ReadOnlySpan`1", "ToArray", This, Return),
        F("System.Span`1", "CopyTo", This, P("destination")),
        F("System.ReadOnlySpan`1", "CopyTo", This, P("destination")),

        // Library methods that write through ref: the variable or field passed by ref then holds the value.
        F("System.Threading.Interlocked", "Exchange", P("value"), P("location1")),
        F("System.Threading.Interlocked", "Exchange", P("location1"), Return),
        F("System.Threading.Interlocked", "CompareExchange", P("value"), P("location1")),
        F("System.Threading.Volatile", "Write", P("value"), P("location")),
        F("System.Threading.Volatile", "Read", P("location"), Return),

        // Tasks
        F("System.Threading.Tasks.Task`1", "Result", This, Return),
        F("System.Threading.Tasks.Task`1", "GetAwaiter", This, Return),
        F("System.Threading.Tasks.Task`1", "ConfigureAwait", This, Return),
        F("System.Threading.Tasks.ValueTask`1", ApiMember.Constructor, Any, Return),
        F("System.Threading.Tasks.ValueTask`1", "Result", This, Return),
        F("System.Threading.Tasks.ValueTask`1", "GetAwaiter", This, Return),
        F("System.Threading.Tasks.ValueTask`1", "ConfigureAwait", This, Return),
        F("System.Runtime.CompilerServices.TaskAwaiter`1", "GetResult", This, Return),
        F("System.Runtime.CompilerServices.ValueTaskAwaiter`1", "GetResult", This, Return),
        F("System.Threading.Tasks.Task", "FromResult", Any, Return),
        F("System.Threading.Tasks.Task", "Run", Any, Return),
        F("System.Linq.Enumerable", ApiMember.Every, Any, Return),

        // .NET MAUI file results
        F("Microsoft.Maui.Storage.FileBase", "OpenReadAsync", This, Return),
        F("Microsoft.Maui.Storage.FileBase", "FullPath", This, Return),
        F("System.IO.File", "ReadAllBytes", P("path"), Return),
        F("System.IO.File", "ReadAllBytesAsync", P("path"), Return),
        F("System.IO.File", "OpenRead", P("path"), Return),

        // OpenAI 2.x chat (also the types Azure.AI.OpenAI 2.x returns).
        F("OpenAI.Chat.ChatMessageContentPart", "CreateImagePart", P("imageBytes"), Return),
        F("OpenAI.Chat.ChatMessageContentPart", "CreateImagePart", P("imageUri"), Return),
        F("OpenAI.Chat.ChatMessageContentPart", "CreateFilePart", P("fileBytes"), Return),
        F("OpenAI.Chat.UserChatMessage", ApiMember.Constructor, P("contentParts"), Return),
        F("OpenAI.Chat.ChatMessage", "CreateUserMessage", P("contentParts"), Return),
        F("OpenAI.Chat.ChatMessageContent", ApiMember.Constructor, P("contentParts"), Return),
        F("OpenAI.OpenAIClient", "GetChatClient", This, Return),

        // Text into an OpenAI chat request: text carries what it was made of (a transcript), and a request is sent with it.
        F("OpenAI.Chat.ChatMessageContentPart", "CreateTextPart", P("text"), Return),
        F("OpenAI.Chat.UserChatMessage", ApiMember.Constructor, P("content"), Return),
        F("OpenAI.Chat.ChatMessage", "CreateUserMessage", P("content"), Return),

        // OpenAI 2.x speech to text: the transcript of a body-cam or dash-cam recording still carries it (LEAI020), as text.
        T("OpenAI.Audio.AudioClient", "TranscribeAudio", P("audio")),
        T("OpenAI.Audio.AudioClient", "TranscribeAudio", P("audioFilePath")),
        T("OpenAI.Audio.AudioClient", "TranscribeAudioAsync", P("audio")),
        T("OpenAI.Audio.AudioClient", "TranscribeAudioAsync", P("audioFilePath")),
        F("OpenAI.Audio.AudioTranscription", "Text", This, Return),
        F("System.ClientModel.ClientResult`1", "Value", This, Return),

        // Azure.AI.OpenAI 1.0.0-beta.10 to beta.17
        F("Azure.AI.OpenAI.ChatMessageImageContentItem", ApiMember.Constructor, Any, Return),
        F("Azure.AI.OpenAI.ChatRequestUserMessage", ApiMember.Constructor, P("content"), Return),
        F("Azure.AI.OpenAI.ChatCompletionsOptions", ApiMember.Constructor, P("messages"), Return));

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(FlowThroughTable), flowThrough: Entries);

    private static FlowThrough F(string type, ApiMember member, Slot from, Slot to) => new(type, member, from, to);

    /// <summary>A speech-to-text call: its result is the transcript of the recording in <paramref name="from"/>.</summary>
    private static FlowThrough T(string type, ApiMember member, Slot from) => new(type, member, from, Return, transcribes: true);

    private static Slot P(string parameter) => Slot.Parameter(parameter);
}
