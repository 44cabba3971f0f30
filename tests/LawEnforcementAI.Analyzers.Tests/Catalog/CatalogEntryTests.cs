using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Rules;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Catalog;

/// <summary>
/// The catalogue entries no camera, sink, client, flow or pipeline test reaches on its way, each with a row of its own:
/// a live camera frame (#1) carried through the entry to an Azure OpenAI chat call (#0), reported as LEAI001 (and as
/// LEAI002 for a phone camera).
/// </summary>
public class CatalogEntryTests
{
    private const string Capture = "using var capture = new VideoCapture(0); var frame = new Mat(); {|#1:capture.Read(frame)|}; byte[] bytes = frame.ToBytes(\".jpg\");\n";

    private const string LegacyClient = "var client = new Azure.AI.OpenAI.OpenAIClient(new Uri(\"https://contoso.openai.azure.com/\"), new Azure.AzureKeyCredential(\"key\"));";

    private const string LegacyRequest =
        "var item = new ChatMessageImageContentItem(BinaryData.FromBytes(bytes), \"image/jpeg\");\n"
        + "var options = new ChatCompletionsOptions(\"gpt-4-vision\", new ChatRequestMessage[] { new ChatRequestUserMessage(item) });\n";

    private const string SendUri = "await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(uri)))|};";

    public static IEnumerable<object[]> Rows() => new CatalogEntryCase[]
    {
        // OpenCvSharp
        Cv("Mat.Clone", "var copy = frame.Clone();", Send("copy.ToBytes(\".jpg\")")),
        Cv("Mat.SubMat", "var face = frame.SubMat(0, 10, 0, 10);", Send("face.ToBytes(\".jpg\")")),
        Cv("Mat.WriteToStream", "using var stream = new MemoryStream(); frame.WriteToStream(stream);", Send("stream.ToArray()")),
        Cv("Cv2.CvtColor", "var gray = new Mat(); Cv2.CvtColor(frame, gray, ColorConversionCodes.BGR2GRAY);", Send("gray.ToBytes(\".jpg\")")),
        new("OpenCvSharp5 GdipExtensions.BitmapConverter.ToBitmap", "using OpenCvSharp; using OpenCvSharp.GdipExtensions; using System.Drawing.Imaging;",
            Capture + "using var bitmap = frame.ToBitmap(); using var stream = new MemoryStream(); bitmap.Save(stream, ImageFormat.Jpeg);\n" + Send("stream.ToArray()")),

        // Emgu.CV
        new("Emgu QuerySmallFrame", "using Emgu.CV;", "using var capture = new VideoCapture(0); using Mat small = {|#1:capture.QuerySmallFrame()|};\n" + Send("CvInvoke.Imencode(\".jpg\", small)")),
        new("Emgu Mat.GetRawData", "using Emgu.CV;", "using var capture = new VideoCapture(0); using Mat frame = {|#1:capture.QueryFrame()|};\n" + Send("frame.GetRawData()")),
        new("Emgu Mat.Clone", "using Emgu.CV;", "using var capture = new VideoCapture(0); using Mat frame = {|#1:capture.QueryFrame()|}; using var copy = frame.Clone();\n" + Send("CvInvoke.Imencode(\".jpg\", copy)")),
        new("Emgu VectorOfByte.ToArray", "using Emgu.CV; using Emgu.CV.Util;", "using var capture = new VideoCapture(0); using Mat frame = {|#1:capture.QueryFrame()|}; using var buffer = new VectorOfByte(); CvInvoke.Imencode(\".jpg\", frame, buffer);\n" + Send("buffer.ToArray()")),

        // Phone cameras
        new("CommunityToolkit ICameraView.CaptureImage", "using CommunityToolkit.Maui.Core;",
            "ICameraView camera = null!; using var photo = await {|#1:camera.CaptureImage(ct)|}; var data = await BinaryData.FromStreamAsync(photo);\n" + Snippets.SendData, mobile: true),
        new("MAUI FileResult.FullPath + File.ReadAllBytesAsync", "using Microsoft.Maui.Media;",
            "var photo = await {|#1:MediaPicker.Default.CapturePhotoAsync()|}; var bytes = await File.ReadAllBytesAsync(photo!.FullPath);\n" + Snippets.SendBytes, mobile: true),
        new("MAUI FileResult.FullPath + File.OpenRead", "using Microsoft.Maui.Media;",
            "var photo = await {|#1:MediaPicker.Default.CapturePhotoAsync()|}; using var stream = File.OpenRead(photo!.FullPath); var data = BinaryData.FromStream(stream);\n" + Snippets.SendData, mobile: true),

        // System.Drawing
        Cv("Bitmap(Image) constructor and Bitmap.Clone", "using var bitmap = new Bitmap(frame.ToBitmap()); using var copy = bitmap.Clone(new Rectangle(0, 0, 10, 10), PixelFormat.Format24bppRgb); using var stream = new MemoryStream(); copy.Save(stream, ImageFormat.Jpeg);", Send("stream.ToArray()"),
            usings: "using OpenCvSharp; using OpenCvSharp.Extensions; using System.Drawing; using System.Drawing.Imaging;"),

        // Streams and buffers
        Cv("Stream.Write and MemoryStream.GetBuffer", "using var stream = new MemoryStream(); stream.Write(bytes, 0, bytes.Length);", Send("stream.GetBuffer()")),
        Cv("Stream.WriteAsync", "using var stream = new MemoryStream(); await stream.WriteAsync(bytes, ct);", Send("stream.ToArray()")),
        Cv("Stream.CopyTo", "using var source = new MemoryStream(bytes); using var target = new MemoryStream(); source.CopyTo(target);", Send("target.ToArray()")),
        Cv("Stream.CopyToAsync", "using var source = new MemoryStream(bytes); using var target = new MemoryStream(); await source.CopyToAsync(target);", Send("target.ToArray()")),
        Cv("Stream.Read", "using var source = new MemoryStream(bytes); var buffer = new byte[bytes.Length]; source.Read(buffer, 0, buffer.Length);", Send("buffer")),
        Cv("Stream.ReadExactly", "using var source = new MemoryStream(bytes); var buffer = new byte[bytes.Length]; source.ReadExactly(buffer, 0, buffer.Length);", Send("buffer")),
        Cv("Stream.ReadExactlyAsync", "using var source = new MemoryStream(bytes); var buffer = new byte[bytes.Length]; await source.ReadExactlyAsync(buffer, ct);", Send("buffer")),
        Cv("Stream.ReadAtLeast", "using var source = new MemoryStream(bytes); var buffer = new byte[bytes.Length]; source.ReadAtLeast(buffer, buffer.Length);", Send("buffer")),
        Cv("Stream.ReadAtLeastAsync", "using var source = new MemoryStream(bytes); var buffer = new byte[bytes.Length]; await source.ReadAtLeastAsync(buffer, buffer.Length, cancellationToken: ct);", Send("buffer")),
        Cv("BinaryReader over a stream, ReadBytes", "using var source = new MemoryStream(bytes); using var reader = new BinaryReader(source);", Send("reader.ReadBytes((int)source.Length)")),
        Cv("StreamReader over a stream, ReadToEnd", "using var source = new MemoryStream(Encoding.UTF8.GetBytes(Convert.ToBase64String(bytes))); using var reader = new StreamReader(source);", Send("Convert.FromBase64String(reader.ReadToEnd())")),
        Cv("StreamReader.ReadToEndAsync", "using var source = new MemoryStream(Encoding.UTF8.GetBytes(Convert.ToBase64String(bytes))); using var reader = new StreamReader(source);", Send("Convert.FromBase64String(await reader.ReadToEndAsync())")),
        Cv("Stream.ReadAsync", "using var source = new MemoryStream(bytes); var buffer = new byte[bytes.Length]; await source.ReadAsync(buffer, 0, buffer.Length);", Send("buffer")),
        Cv("ArraySegment.Array", "ArraySegment<byte> segment = bytes;", Send("segment.Array!")),
        Cv("ReadOnlyMemory.ToArray via BinaryData.ToMemory", "var memory = BinaryData.FromBytes(bytes).ToMemory();", Send("memory.ToArray()")),
        Cv("Memory.ToArray", "Memory<byte> memory = bytes;", Send("memory.ToArray()")),
        Cv("BinaryData.FromObjectAsJson", "var data = BinaryData.FromObjectAsJson(bytes);", Snippets.SendData),
        Cv("BinaryData.ToArray", "var copy = BinaryData.FromBytes(bytes).ToArray();", Send("copy")),
        Cv("BinaryData.ToStream", "var data = await BinaryData.FromStreamAsync(BinaryData.FromBytes(bytes).ToStream());", Snippets.SendData),
        Cv("BinaryData.WithMediaType", "var data = BinaryData.FromBytes(bytes).WithMediaType(\"image/jpeg\");", Snippets.SendData),

        // Text
        Cv("string.Concat", "var uri = new Uri(string.Concat(\"data:image/jpeg;base64,\", Convert.ToBase64String(bytes)));", SendUri),
        Cv("string.Format", "var uri = new Uri(string.Format(\"data:image/jpeg;base64,{0}\", Convert.ToBase64String(bytes)));", SendUri),
        Cv("string.Join", "var uri = new Uri(string.Join(\"\", \"data:image/jpeg;base64,\", Convert.ToBase64String(bytes)));", SendUri),
        Cv("StringBuilder.AppendFormat", "var builder = new StringBuilder(); builder.AppendFormat(\"data:image/jpeg;base64,{0}\", Convert.ToBase64String(bytes)); var uri = new Uri(builder.ToString());", SendUri),
        Cv("StringBuilder.Insert", "var builder = new StringBuilder(\"data:image/jpeg;base64,\"); builder.Insert(builder.Length, Convert.ToBase64String(bytes)); var uri = new Uri(builder.ToString());", SendUri),

        // Base64, data URLs and text encodings
        Cv("Convert.ToBase64String into an interpolated data URL", "var b64 = Convert.ToBase64String(bytes); var uri = new Uri($\"data:image/jpeg;base64,{b64}\");", SendUri),
        Cv("Convert.TryToBase64Chars and the string constructor", "var chars = new char[bytes.Length * 2]; Convert.TryToBase64Chars(bytes, chars, out var written); var uri = new Uri(\"data:image/jpeg;base64,\" + new string(chars, 0, written));", SendUri),
        Cv("Encoding.GetBytes and GetString", "var utf8 = Encoding.UTF8.GetBytes(Convert.ToBase64String(bytes)); var uri = new Uri(\"data:image/jpeg;base64,\" + Encoding.ASCII.GetString(utf8));", SendUri),
        Cv("Encoding.GetBytes into a buffer", "var b64 = Convert.ToBase64String(bytes); var buffer = new byte[b64.Length]; Encoding.ASCII.GetBytes(b64, 0, b64.Length, buffer, 0);", Send("buffer")),

        // System.Text.Json
        Json("JsonSerializer.Serialize of an anonymous object", "var json = JsonSerializer.Serialize(new { image = $\"data:image/jpeg;base64,{Convert.ToBase64String(bytes)}\" }); var data = BinaryData.FromString(json);", Snippets.SendData),
        Json("JsonSerializer.SerializeToUtf8Bytes", "var json = JsonSerializer.SerializeToUtf8Bytes(new { image = bytes, mime = \"image/jpeg\" });", Send("json")),
        Json("JsonSerializer.Serialize into a stream", "using var stream = new MemoryStream(); JsonSerializer.Serialize(stream, new { image = bytes });", Send("stream.ToArray()")),
        Json("JsonSerializer.SerializeAsync into a stream", "using var stream = new MemoryStream(); await JsonSerializer.SerializeAsync(stream, new { image = bytes }, cancellationToken: ct);", Send("stream.ToArray()")),
        Json("JsonSerializer.SerializeToNode and JsonNode.ToJsonString", "var node = JsonSerializer.SerializeToNode(new { image = bytes }); var data = BinaryData.FromString(node!.ToJsonString());", Snippets.SendData),
        Json("JsonObject indexer and JsonObject.Add", "var body = new JsonObject(); body[\"model\"] = \"gpt-4o\"; body.Add(\"image\", Convert.ToBase64String(bytes)); var data = BinaryData.FromString(body.ToJsonString());", Snippets.SendData),
        Json("JsonObject initializer indexer", "var body = new JsonObject { [\"image\"] = Convert.ToBase64String(bytes) }; var data = BinaryData.FromString(body.ToJsonString());", Snippets.SendData),
        Json("JsonArray constructor, JsonArray.Add and JsonValue.Create", "var parts = new JsonArray(JsonValue.Create(\"describe\")); parts.Add(JsonValue.Create(Convert.ToBase64String(bytes))); var data = BinaryData.FromString(parts.ToJsonString());", Snippets.SendData),

        Json("Utf8JsonWriter over a stream: WriteBase64String", "using var stream = new MemoryStream(); using (var writer = new Utf8JsonWriter(stream)) { writer.WriteStartObject(); writer.WriteBase64String(\"image\", bytes); writer.WriteEndObject(); }", Send("stream.ToArray()")),
        Json("Utf8JsonWriter over a buffer: WriteString", "var buffer = new System.Buffers.ArrayBufferWriter<byte>(); using var writer = new Utf8JsonWriter(buffer); writer.WriteStartObject(); writer.WriteString(\"image\", Convert.ToBase64String(bytes)); writer.WriteEndObject(); writer.Flush();", Send("buffer.WrittenSpan.ToArray()")),
        Json("Utf8JsonWriter value writers: WriteStringValue and WriteBase64StringValue", "using var stream = new MemoryStream(); using (var writer = new Utf8JsonWriter(stream)) { writer.WriteStartArray(); writer.WriteStringValue(\"data:image/jpeg;base64,\"); writer.WriteBase64StringValue(bytes); writer.WriteEndArray(); }", Send("stream.ToArray()")),
        Cv("StreamWriter over a stream: TextWriter.Write and WriteLine", "using var stream = new MemoryStream(); using (var text = new StreamWriter(stream)) { text.Write(\"data:image/jpeg;base64,\"); text.WriteLine(Convert.ToBase64String(bytes)); }", Send("stream.ToArray()")),
        Cv("StreamWriter over a stream: TextWriter.WriteAsync", "using var stream = new MemoryStream(); await using (var text = new StreamWriter(stream)) { await text.WriteAsync(Convert.ToBase64String(bytes)); }", Send("stream.ToArray()")),
        Cv("BinaryWriter over a stream", "using var stream = new MemoryStream(); using (var binary = new BinaryWriter(stream)) { binary.Write(bytes); }", Send("stream.ToArray()")),

        Cv("Convert.FromBase64String", "var b64 = Convert.ToBase64String(bytes);", Send("Convert.FromBase64String(b64)")),
        Cv("Convert.TryFromBase64String", "var b64 = Convert.ToBase64String(bytes); var decoded = new byte[bytes.Length]; Convert.TryFromBase64String(b64, decoded, out _);", Send("decoded")),
        Json("JsonSerializer.Deserialize of a stored request", "var json = JsonSerializer.Serialize(new Dictionary<string, string> { [\"image\"] = Convert.ToBase64String(bytes) }); var stored = JsonSerializer.Deserialize<Dictionary<string, string>>(json)!;", Send("Convert.FromBase64String(stored[\"image\"])")),
        Json("JsonNode.Parse, AsObject and GetValue", "var json = new JsonObject { [\"image\"] = Convert.ToBase64String(bytes) }.ToJsonString(); var node = JsonNode.Parse(json)!.AsObject();", Send("Convert.FromBase64String(node[\"image\"]!.GetValue<string>())")),
        Json("JsonNode.AsArray", "var json = new JsonArray(JsonValue.Create(Convert.ToBase64String(bytes))).ToJsonString(); var parts = JsonNode.Parse(json)!.AsArray();", Send("Convert.FromBase64String(parts[0]!.GetValue<string>())")),

        // Newtonsoft.Json 13
        Newtonsoft("JObject indexer and JToken.ToString", "var body = new JObject(); body[\"image\"] = Convert.ToBase64String(bytes); var data = BinaryData.FromString(body.ToString());", Snippets.SendData),
        Newtonsoft("JObject.Add, JArray, JProperty and JValue", "var parts = new JArray(); parts.Add(new JValue(Convert.ToBase64String(bytes))); var body = new JObject(new JProperty(\"model\", \"gpt-4o\")); body.Add(\"parts\", parts); var data = BinaryData.FromString(body.ToString(Formatting.None));", Snippets.SendData),
        Newtonsoft("JObject.FromObject", "var body = JObject.FromObject(new { image = bytes }); var data = BinaryData.FromString(body.ToString());", Snippets.SendData),
        Newtonsoft("JToken.FromObject", "var body = JToken.FromObject(new { image = bytes }); var data = BinaryData.FromString(body.ToString());", Snippets.SendData),
        Newtonsoft("JsonConvert.DeserializeObject and JToken.ToObject", "var json = JsonConvert.SerializeObject(new { image = bytes }); var stored = JsonConvert.DeserializeObject<JObject>(json)!;", Send("stored[\"image\"]!.ToObject<byte[]>()!")),
        Newtonsoft("JObject.Parse and JToken.Value", "var json = new JObject { [\"image\"] = Convert.ToBase64String(bytes) }.ToString(); var stored = JObject.Parse(json);", Send("Convert.FromBase64String(stored.Value<string>(\"image\")!)")),
        Newtonsoft("JToken.Parse", "var json = new JArray(Convert.ToBase64String(bytes)).ToString(); var stored = JToken.Parse(json);", Send("Convert.FromBase64String((string)stored[0]!)")),
        Newtonsoft("JsonConvert.SerializeObject", "var json = JsonConvert.SerializeObject(new { image = Convert.ToBase64String(bytes) }); var data = BinaryData.FromString(json);", Snippets.SendData),

        // Spans and memory
        Cv("MemoryExtensions.AsSpan and Span.ToArray", "var copy = bytes.AsSpan(0, bytes.Length).ToArray();", Send("copy")),
        Cv("ReadOnlySpan.ToArray", "var copy = ((ReadOnlySpan<byte>)bytes).ToArray();", Send("copy")),
        Cv("Span.CopyTo", "var target = new byte[bytes.Length]; bytes.AsSpan().CopyTo(target);", Send("target")),
        Cv("ReadOnlySpan.CopyTo", "var target = new byte[bytes.Length]; ((ReadOnlySpan<byte>)bytes).CopyTo(target);", Send("target")),
        Cv("MemoryExtensions.AsMemory", "var memory = bytes.AsMemory();", Send("memory.ToArray()")),

        // Writes through ref
        Cv("Interlocked.Exchange", "byte[]? latest = null; Interlocked.Exchange(ref latest, bytes);", Send("latest!")),
        Cv("Interlocked.Exchange returns the previous value", "byte[]? latest = bytes; var previous = Interlocked.Exchange(ref latest, null);", Send("previous!")),
        Cv("Interlocked.CompareExchange", "byte[]? latest = null; Interlocked.CompareExchange(ref latest, bytes, null);", Send("latest!")),
        Cv("Volatile.Write and Volatile.Read", "byte[]? latest = null; Volatile.Write(ref latest, bytes);", Send("Volatile.Read(ref latest)!")),

        // LINQ
        Cv("LINQ Select, ToList and First", "var frames = new List<byte[]> { bytes };", Send("frames.Select(f => f).ToList().First()")),
        Cv("LINQ Last and ToArray", "var frames = new Queue<byte[]>(); frames.Enqueue(bytes);", Send("frames.ToArray().Last()")),

        // Tasks
        Cv("Task.FromResult and Task.Result", "var fromTask = Task.FromResult(bytes).Result;", Send("fromTask")),
        Cv("Task.GetAwaiter and TaskAwaiter.GetResult", "var awaited = Task.FromResult(bytes).GetAwaiter().GetResult();", Send("awaited")),
        Cv("Task.ConfigureAwait", "var configured = await Task.FromResult(bytes).ConfigureAwait(false);", Send("configured")),
        Cv("ValueTask.Result", "var fromValueTask = new ValueTask<byte[]>(bytes).Result;", Send("fromValueTask")),
        Cv("ValueTask.GetAwaiter and ValueTaskAwaiter.GetResult", "var awaited = new ValueTask<byte[]>(bytes).GetAwaiter().GetResult();", Send("awaited")),

        // OpenAI chat parts
        Cv("ChatMessageContentPart.CreateFilePart", "\n#pragma warning disable OPENAI001 // an evaluation API in OpenAI 2.15\nvar part = ChatMessageContentPart.CreateFilePart(BinaryData.FromBytes(bytes), \"application/octet-stream\", \"frame.jpg\");",
            "await {|#0:chat.CompleteChatAsync(new UserChatMessage(part))|};"),

        // Collections
        Cv("List.AddRange", "var all = new List<byte[]>(); all.AddRange(new[] { bytes });", SendEach("all")),
        Cv("List.Insert", "var all = new List<byte[]>(); all.Insert(0, bytes);", SendEach("all")),
        Cv("List.ToArray", "var all = new List<byte[]> { bytes };", Send("all.ToArray()[0]")),
        Cv("IList.Insert", "IList<byte[]> pending = new List<byte[]>(); pending.Insert(0, bytes);", SendEach("pending")),
        Cv("HashSet.Add", "var unique = new HashSet<byte[]>(); unique.Add(bytes);", SendEach("unique")),
        Cv("Queue.TryPeek", "var queue = new Queue<byte[]>(); queue.Enqueue(bytes); queue.TryPeek(out var next);", Send("next!")),
        Cv("Queue.ToArray", "var queue = new Queue<byte[]>(); queue.Enqueue(bytes);", Send("queue.ToArray()[0]")),
        Cv("Stack.Peek", "var stack = new Stack<byte[]>(); stack.Push(bytes);", Send("stack.Peek()")),
        Cv("Stack.TryPop", "var stack = new Stack<byte[]>(); stack.Push(bytes); stack.TryPop(out var next);", Send("next!")),
        Cv("Stack.ToArray", "var stack = new Stack<byte[]>(); stack.Push(bytes);", Send("stack.ToArray()[0]")),
        Cv("ConcurrentStack.TryPeek", "var stack = new ConcurrentStack<byte[]>(); stack.Push(bytes); stack.TryPeek(out var next);", Send("next!")),
        Cv("ConcurrentStack.ToArray", "var stack = new ConcurrentStack<byte[]>(); stack.Push(bytes);", Send("stack.ToArray()[0]")),
        Cv("ConcurrentBag.TryPeek", "var bag = new ConcurrentBag<byte[]>(); bag.Add(bytes); bag.TryPeek(out var next);", Send("next!")),
        Cv("ConcurrentBag.ToArray", "var bag = new ConcurrentBag<byte[]>(); bag.Add(bytes);", Send("bag.ToArray()[0]")),
        Cv("IProducerConsumerCollection.TryAdd and TryTake", "IProducerConsumerCollection<byte[]> pending = new ConcurrentQueue<byte[]>(); pending.TryAdd(bytes); pending.TryTake(out var next);", Send("next!")),
        Cv("BlockingCollection.ToArray", "using var pending = new BlockingCollection<byte[]>(); pending.Add(bytes);", Send("pending.ToArray()[0]")),
        Cv("IReadOnlyDictionary.TryGetValue", "var latest = new Dictionary<int, byte[]>(); latest.Add(1, bytes); IReadOnlyDictionary<int, byte[]> view = latest; view.TryGetValue(1, out var next);", Send("next!")),
        Cv("ICollection.Add", "ICollection<byte[]> pending = new List<byte[]>(); pending.Add(bytes);", SendEach("pending")),
        Cv("Collection.Insert", "var pending = new System.Collections.ObjectModel.Collection<byte[]>(); pending.Insert(0, bytes);", SendEach("pending")),
        Cv("Queue.Enqueue and Dequeue", "var queue = new Queue<byte[]>(); queue.Enqueue(bytes);", Send("queue.Dequeue()")),
        Cv("Queue.Peek", "var queue = new Queue<byte[]>(); queue.Enqueue(bytes);", Send("queue.Peek()")),
        Cv("Queue.TryDequeue", "var queue = new Queue<byte[]>(); queue.Enqueue(bytes); queue.TryDequeue(out var next);", Send("next!")),
        Cv("Stack.Push and Pop", "var stack = new Stack<byte[]>(); stack.Push(bytes);", Send("stack.Pop()")),
        Cv("ConcurrentQueue.TryPeek", "var queue = new ConcurrentQueue<byte[]>(); queue.Enqueue(bytes); queue.TryPeek(out var next);", Send("next!")),
        Cv("ConcurrentQueue.ToArray", "var queue = new ConcurrentQueue<byte[]>(); queue.Enqueue(bytes);", Send("queue.ToArray()[0]")),
        Cv("ConcurrentStack.Push and TryPop", "var stack = new ConcurrentStack<byte[]>(); stack.Push(bytes); stack.TryPop(out var next);", Send("next!")),
        Cv("ConcurrentBag.Add and TryTake", "var bag = new ConcurrentBag<byte[]>(); bag.Add(bytes); bag.TryTake(out var next);", Send("next!")),
        Cv("BlockingCollection.TryAdd and Take", "using var pending = new BlockingCollection<byte[]>(); pending.TryAdd(bytes);", Send("pending.Take()")),
        Cv("BlockingCollection.TryTake", "using var pending = new BlockingCollection<byte[]>(); pending.Add(bytes); pending.TryTake(out var next);", Send("next!")),
        Cv("Dictionary.Add", "var latest = new Dictionary<int, byte[]>(); latest.Add(1, bytes); latest.TryGetValue(1, out var next);", Send("next!")),
        Cv("Dictionary.TryAdd and GetValueOrDefault", "var latest = new Dictionary<int, byte[]>(); latest.TryAdd(1, bytes);", Send("latest.GetValueOrDefault(1)!")),
        Cv("IDictionary.Add and TryGetValue", "IDictionary<int, byte[]> latest = new Dictionary<int, byte[]>(); latest.Add(1, bytes); latest.TryGetValue(1, out var next);", Send("next!")),
        Cv("LinkedList.AddLast, First and LinkedListNode.Value", "var recent = new LinkedList<byte[]>(); recent.AddLast(bytes);", Send("recent.First!.Value")),
        Cv("LinkedList.AddFirst and Last", "var recent = new LinkedList<byte[]>(); recent.AddFirst(bytes);", Send("recent.Last!.Value")),
        Cv("SortedSet.Add", "var unique = new SortedSet<string>(); unique.Add(Convert.ToBase64String(bytes));", "foreach (var b64 in unique) { var uri = new Uri(\"data:image/jpeg;base64,\" + b64); " + SendUri + " }"),
        Cv("PriorityQueue.Enqueue and Dequeue", "var pending = new PriorityQueue<byte[], int>(); pending.Enqueue(bytes, 1);", Send("pending.Dequeue()")),
        Cv("PriorityQueue.TryDequeue", "var pending = new PriorityQueue<byte[], int>(); pending.Enqueue(bytes, 1); pending.TryDequeue(out var next, out _);", Send("next!")),
        Cv("ImmutableList.Add", "var recent = System.Collections.Immutable.ImmutableList<byte[]>.Empty.Add(bytes);", Send("recent[0]")),
        Cv("ImmutableArray.Create and Add", "var recent = System.Collections.Immutable.ImmutableArray.Create<byte[]>().Add(bytes);", Send("recent[0]")),
        Cv("ImmutableQueue.Enqueue and Peek", "var recent = System.Collections.Immutable.ImmutableQueue<byte[]>.Empty.Enqueue(bytes);", Send("recent.Peek()")),
        Cv("Channel in a local", "var channel = System.Threading.Channels.Channel.CreateUnbounded<byte[]>(); await channel.Writer.WriteAsync(bytes, ct);", Send("await channel.Reader.ReadAsync(ct)")),
        Cv("ConcurrentDictionary.TryAdd and TryGetValue", "var latest = new ConcurrentDictionary<int, byte[]>(); latest.TryAdd(1, bytes); latest.TryGetValue(1, out var next);", Send("next!")),

        // Azure.AI.OpenAI 1.0.0-beta.10 to beta.17 (stand-in)
        Legacy("GetChatCompletions", "var response = {|#0:client.GetChatCompletions(options)|};"),
        Legacy("GetChatCompletionsAsync", "var response = await {|#0:client.GetChatCompletionsAsync(options)|};"),
        Legacy("GetChatCompletionsStreaming", "var response = {|#0:client.GetChatCompletionsStreaming(options)|};"),
        Legacy("GetChatCompletionsStreamingAsync", "var response = await {|#0:client.GetChatCompletionsStreamingAsync(options)|};"),
    }.Select(c => new object[] { c });

    private static CatalogEntryCase Cv(string name, string derive, string send, string usings = "using OpenCvSharp; using System.Collections.Concurrent; using System.Text;") =>
        new(name, usings, Capture + derive + "\n" + send);

    private static CatalogEntryCase Json(string name, string derive, string send) =>
        Cv(name, derive, send, usings: "using OpenCvSharp; using System.Text.Json; using System.Text.Json.Nodes;");

    private static CatalogEntryCase Newtonsoft(string name, string derive, string send) =>
        Cv(name, derive, send, usings: "using OpenCvSharp; using Newtonsoft.Json; using Newtonsoft.Json.Linq;");

    private static CatalogEntryCase Legacy(string sink, string send) =>
        new("Azure.AI.OpenAI 1.x OpenAIClient constructor, image item, user message, options and " + sink, "using OpenCvSharp;", Capture + LegacyRequest + send, legacyAzureOpenAI: true, client: LegacyClient);

    /// <summary>Sends <paramref name="bytes"/> as a JPEG image part; the call is #0.</summary>
    private static string Send(string bytes) =>
        $"await {{|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes({bytes}), \"image/jpeg\")))|}};";

    private static string SendEach(string collection) =>
        $"foreach (var item in {collection}) {{ {Send("item")} }}";

    [Theory]
    [MemberData(nameof(Rows))]
    public Task FrameThroughTheEntry_IsReported(CatalogEntryCase row)
    {
        var test = new FlowTest("police", "US", row.LegacyAzureOpenAI, row.SemanticKernelAzure) { TestCode = row.Source() };
        test.ExpectedDiagnostics.Add(Diag("LEAI001").WithLocation(0).WithLocation(1));
        if (row.Mobile)
        {
            // A phone camera is live and mobile: police code gets LEAI002 for it too.
            test.ExpectedDiagnostics.Add(Diag("LEAI002").WithLocation(0).WithLocation(1));
        }
        return test.RunAsync();
    }
}
