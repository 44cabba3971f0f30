using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// Library members that carry a frame from one value to another: encoders, converters, streams, strings,
/// collections, tasks and the SDK types that wrap an image into a request.
/// </summary>
public static class FlowThroughTable
{
    private const string This = Slot.This;
    private const string Return = Slot.Return;
    private const string Any = Slot.AnyArgument;

    public static readonly ImmutableArray<FlowThrough> Entries = ImmutableArray.Create(
        // OpenCvSharp: encoding, copying, cropping and converting a Mat.
        F("OpenCvSharp.Mat", "ToBytes", This, Return),
        F("OpenCvSharp.Mat", "ToMemoryStream", This, Return),
        F("OpenCvSharp.Mat", "ImEncode", This, Return),
        F("OpenCvSharp.Mat", "Clone", This, Return),
        F("OpenCvSharp.Mat", "SubMat", This, Return),
        F("OpenCvSharp.Mat", "WriteToStream", This, "stream"),
        F("OpenCvSharp.Mat", Slot.Constructor, "m", Return),
        F("OpenCvSharp.Cv2", "ImEncode", "img", "buf"),
        F("OpenCvSharp.Cv2", "Resize", "src", "dst"),
        F("OpenCvSharp.Cv2", "CvtColor", "src", "dst"),
        F("OpenCvSharp.Extensions.BitmapConverter", "ToBitmap", "src", Return),
        F("OpenCvSharp.GdipExtensions.BitmapConverter", "ToBitmap", "src", Return),

        // Emgu.CV
        F("Emgu.CV.CvInvoke", "Imencode", "image", Return),
        F("Emgu.CV.CvInvoke", "Imencode", "image", "buf"),
        F("Emgu.CV.Mat", "GetRawData", This, Return),
        F("Emgu.CV.Mat", "ToImage", This, Return),
        F("Emgu.CV.Mat", "Clone", This, Return),
        F("Emgu.CV.Image`2", "ToJpegData", This, Return),
        F("Emgu.CV.BitmapExtension", "ToBitmap", "mat", Return),
        F("Emgu.CV.Util.VectorOfByte", "ToArray", This, Return),

        // System.Drawing
        F("System.Drawing.Image", "Save", This, "stream"),
        F("System.Drawing.Image", "Clone", This, Return),
        F("System.Drawing.Bitmap", Slot.Constructor, "original", Return),
        F("System.Drawing.Bitmap", "Clone", This, Return),

        // Streams, buffers and BinaryData
        F("System.IO.MemoryStream", Slot.Constructor, "buffer", Return),
        F("System.IO.MemoryStream", "ToArray", This, Return),
        F("System.IO.MemoryStream", "GetBuffer", This, Return),
        F("System.IO.Stream", "CopyTo", This, "destination"),
        F("System.IO.Stream", "CopyToAsync", This, "destination"),
        F("System.IO.Stream", "Read", This, "buffer"),
        F("System.IO.Stream", "ReadAsync", This, "buffer"),
        F("System.IO.Stream", "Write", "buffer", This),
        F("System.IO.Stream", "WriteAsync", "buffer", This),
        F("System.ArraySegment`1", "ToArray", This, Return),
        F("System.ArraySegment`1", "Array", This, Return),
        F("System.BinaryData", Slot.Constructor, Any, Return),
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
        F("System.Uri", Slot.Constructor, Any, Return),

        // Tasks
        F("System.Threading.Tasks.Task`1", "Result", This, Return),
        F("System.Threading.Tasks.Task`1", "GetAwaiter", This, Return),
        F("System.Threading.Tasks.Task`1", "ConfigureAwait", This, Return),
        F("System.Threading.Tasks.ValueTask`1", Slot.Constructor, Any, Return),
        F("System.Threading.Tasks.ValueTask`1", "Result", This, Return),
        F("System.Threading.Tasks.ValueTask`1", "GetAwaiter", This, Return),
        F("System.Threading.Tasks.ValueTask`1", "ConfigureAwait", This, Return),
        F("System.Runtime.CompilerServices.TaskAwaiter`1", "GetResult", This, Return),
        F("System.Runtime.CompilerServices.ValueTaskAwaiter`1", "GetResult", This, Return),
        F("System.Threading.Tasks.Task", "FromResult", Any, Return),
        F("System.Threading.Tasks.Task", "Run", Any, Return),
        F("System.Linq.Enumerable", Any, Any, Return),

        // Collections of frames, parts and messages, whatever their type.
        F(null, "Add", Any, This),
        F(null, "AddRange", Any, This),
        F(null, "Insert", Any, This),
        F(null, "Enqueue", Any, This),
        F(null, "Push", Any, This),
        F(null, "TryAdd", Any, This),
        F(null, "Dequeue", This, Return),
        F(null, "Peek", This, Return),
        F(null, "Pop", This, Return),
        F(null, "TryDequeue", This, "result"),
        F(null, "TryPeek", This, "result"),
        F(null, "TryTake", This, "item"),
        F(null, "ToArray", This, Return),
        F(null, "Take", This, Return),
        F(null, "GetConsumingEnumerable", This, Return),
        F(null, "TryGetValue", This, "value"),
        F(null, "GetValueOrDefault", This, Return),

        // System.Threading.Channels as frame pipelines: what is written to a channel can be read from it.
        F("System.Threading.Channels.ChannelWriter`1", "WriteAsync", "item", This),
        F("System.Threading.Channels.ChannelWriter`1", "TryWrite", "item", This),
        F("System.Threading.Channels.ChannelReader`1", "ReadAsync", This, Return),
        F("System.Threading.Channels.ChannelReader`1", "ReadAllAsync", This, Return),
        F("System.Threading.Channels.ChannelReader`1", "TryRead", This, "item"),

        // .NET MAUI file results
        F("Microsoft.Maui.Storage.FileBase", "OpenReadAsync", This, Return),
        F("Microsoft.Maui.Storage.FileBase", "FullPath", This, Return),
        F("System.IO.File", "ReadAllBytes", "path", Return),
        F("System.IO.File", "ReadAllBytesAsync", "path", Return),
        F("System.IO.File", "OpenRead", "path", Return),

        // OpenAI 2.x chat (also the types Azure.AI.OpenAI 2.x returns); old 2.0 betas named the factory CreateImageMessageContentPart.
        F("OpenAI.Chat.ChatMessageContentPart", "CreateImagePart", "imageBytes", Return),
        F("OpenAI.Chat.ChatMessageContentPart", "CreateImagePart", "imageUri", Return),
        F("OpenAI.Chat.ChatMessageContentPart", "CreateImageMessageContentPart", "imageBytes", Return),
        F("OpenAI.Chat.ChatMessageContentPart", "CreateImageMessageContentPart", "imageUri", Return),
        F("OpenAI.Chat.ChatMessageContentPart", "CreateFilePart", "fileBytes", Return),
        F("OpenAI.Chat.UserChatMessage", Slot.Constructor, "contentParts", Return),
        F("OpenAI.Chat.ChatMessage", "CreateUserMessage", "contentParts", Return),
        F("OpenAI.Chat.ChatMessageContent", Slot.Constructor, "contentParts", Return),
        F("OpenAI.OpenAIClient", "GetChatClient", This, Return),

        // Azure.AI.OpenAI 1.0.0-beta.10 to beta.17
        F("Azure.AI.OpenAI.ChatMessageImageContentItem", Slot.Constructor, Any, Return),
        F("Azure.AI.OpenAI.ChatMessageImageUrl", Slot.Constructor, Any, Return),
        F("Azure.AI.OpenAI.ChatRequestUserMessage", Slot.Constructor, "content", Return),
        F("Azure.AI.OpenAI.ChatCompletionsOptions", Slot.Constructor, "messages", Return));

    private static FlowThrough F(string? type, string member, string from, string to) => new(type, member, from, to);
}
