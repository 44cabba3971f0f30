using System.Collections.Generic;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>
/// The close negatives of the carriers (base64, JSON, encodings, spans, LINQ, collections, ref writes): the
/// frame goes through the carrier, and a static image goes through the same kind of carrier and is what is sent. Each
/// would warn if a carrier mixed up the values it carries. The positives are rows of CatalogEntryTests.
/// </summary>
public class CarrierNegativeTests
{
    private const string FrameAndLogo =
        "using var capture = new VideoCapture(0); var frame = new Mat(); capture.Read(frame); byte[] jpeg = frame.ToBytes(\".jpg\"); byte[] logo = File.ReadAllBytes(\"assets/logo.png\");\n";

    private const string Json = "using OpenCvSharp; using System.Text; using System.Text.Json; using System.Text.Json.Nodes;";

    private const string Newtonsoft = "using OpenCvSharp; using Newtonsoft.Json; using Newtonsoft.Json.Linq;";

    private const string SendBytes = "await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), \"image/png\")));";

    private const string SendData = "await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(data, \"image/png\")));";

    private const string SendUri = "await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(uri)));";

    public static IEnumerable<object[]> Cases() => new[]
    {
        Case("frame base64-encoded into a data URL, the logo's data URL sent", Json,
            "var frameUri = new Uri($\"data:image/jpeg;base64,{Convert.ToBase64String(jpeg)}\"); var uri = new Uri($\"data:image/png;base64,{Convert.ToBase64String(logo)}\");\n" + SendUri),
        Case("TryToBase64Chars into two buffers, the logo's sent", Json,
            "var frameChars = new char[jpeg.Length * 2]; Convert.TryToBase64Chars(jpeg, frameChars, out _); var logoChars = new char[logo.Length * 2]; Convert.TryToBase64Chars(logo, logoChars, out var written); var uri = new Uri(\"data:image/png;base64,\" + new string(logoChars, 0, written));\n" + SendUri),
        Case("Encoding.GetBytes of the frame's base64 kept, the logo's sent", Json,
            "var frameText = Encoding.UTF8.GetBytes(Convert.ToBase64String(jpeg)); var uri = new Uri(\"data:image/png;base64,\" + Encoding.ASCII.GetString(Encoding.UTF8.GetBytes(Convert.ToBase64String(logo))));\n" + SendUri),
        Case("JsonSerializer.Serialize of two anonymous objects, the logo's sent", Json,
            "var frameJson = JsonSerializer.Serialize(new { image = Convert.ToBase64String(jpeg) }); var data = BinaryData.FromString(JsonSerializer.Serialize(new { image = Convert.ToBase64String(logo) }));\n" + SendData),
        Case("frame metadata in an anonymous object next to the logo", Json,
            "var data = BinaryData.FromString(JsonSerializer.Serialize(new { width = frame.Width, height = frame.Height, captured = DateTime.UtcNow, image = Convert.ToBase64String(logo) }));\n" + SendData),
        Case("SerializeToUtf8Bytes of two objects, the logo's sent", Json,
            "var frameJson = JsonSerializer.SerializeToUtf8Bytes(new { image = jpeg }); var bytes = JsonSerializer.SerializeToUtf8Bytes(new { image = logo });\n" + SendBytes),
        Case("two JsonObjects, the logo's sent", Json,
            "var frameBody = new JsonObject { [\"image\"] = Convert.ToBase64String(jpeg) }; var body = new JsonObject(); body[\"image\"] = Convert.ToBase64String(logo); var data = BinaryData.FromString(body.ToJsonString());\n" + SendData),
        Case("two Utf8JsonWriters over two streams, the logo's stream sent", Json,
            "using var frameStream = new MemoryStream(); using (var frameWriter = new Utf8JsonWriter(frameStream)) { frameWriter.WriteBase64StringValue(jpeg); } using var stream = new MemoryStream(); using (var writer = new Utf8JsonWriter(stream)) { writer.WriteBase64StringValue(logo); } var bytes = stream.ToArray();\n" + SendBytes),
        Case("a StreamWriter over one stream, another stream sent", Json,
            "using var frameStream = new MemoryStream(); using (var text = new StreamWriter(frameStream)) { text.Write(Convert.ToBase64String(jpeg)); } using var stream = new MemoryStream(logo); var bytes = stream.ToArray();\n" + SendBytes),
        Case("string.Concat and string.Format of each, the logo's sent", Json,
            "var frameUri = string.Concat(\"data:image/jpeg;base64,\", Convert.ToBase64String(jpeg)); var uri = new Uri(string.Format(\"data:image/png;base64,{0}\", Convert.ToBase64String(logo)));\n" + SendUri),
        Case("two StringBuilders, the logo's sent", Json,
            "var frameText = new StringBuilder(\"data:image/jpeg;base64,\").Append(Convert.ToBase64String(jpeg)); var text = new StringBuilder(\"data:image/png;base64,\"); text.Append(Convert.ToBase64String(logo)); var uri = new Uri(text.ToString());\n" + SendUri),
        Case("two MemoryStreams, the logo's sent", Json,
            "using var frameStream = new MemoryStream(); frameStream.Write(jpeg); using var source = new MemoryStream(logo); using var stream = new MemoryStream(); source.CopyTo(stream); var bytes = stream.GetBuffer();\n" + SendBytes),
        Case("a queue and a concurrent queue of frames, a queue of logos sent", Json,
            "var frames = new Queue<byte[]>(); frames.Enqueue(jpeg); var pending = new System.Collections.Concurrent.ConcurrentQueue<byte[]>(); pending.Enqueue(jpeg); var logos = new Queue<byte[]>(); logos.Enqueue(logo); var bytes = logos.Dequeue();\n" + SendBytes),
        Case("a local channel of frames, a channel of logos sent", Json,
            "var frames = System.Threading.Channels.Channel.CreateUnbounded<byte[]>(); await frames.Writer.WriteAsync(jpeg, ct); var logos = System.Threading.Channels.Channel.CreateUnbounded<byte[]>(); await logos.Writer.WriteAsync(logo, ct); var bytes = await logos.Reader.ReadAsync(ct);\n" + SendBytes),
        Case("a priority queue and a sorted set of frames, the logo sent", Json,
            "var frames = new PriorityQueue<byte[], int>(); frames.Enqueue(jpeg, 1); var unique = new SortedSet<string>(); unique.Add(Convert.ToBase64String(jpeg)); var bytes = logo;\n" + SendBytes),
        Case("Span.CopyTo of each into its own buffer, the logo's sent", Json,
            "var frameCopy = new byte[jpeg.Length]; jpeg.AsSpan().CopyTo(frameCopy); var bytes = new byte[logo.Length]; ((ReadOnlySpan<byte>)logo).CopyTo(bytes);\n" + SendBytes),
        Case("Encoding.GetBytes of each into its own buffer, the logo's sent", Json,
            "var frameB64 = Convert.ToBase64String(jpeg); var frameBuffer = new byte[frameB64.Length]; Encoding.ASCII.GetBytes(frameB64, 0, frameB64.Length, frameBuffer, 0); var logoB64 = Convert.ToBase64String(logo); var bytes = new byte[logoB64.Length]; Encoding.ASCII.GetBytes(logoB64, 0, logoB64.Length, bytes, 0);\n" + SendBytes),
        Case("two base64 strings decoded, the logo's sent", Json,
            "var frameB64 = Convert.ToBase64String(jpeg); var logoB64 = Convert.ToBase64String(logo); var frameAgain = Convert.FromBase64String(frameB64); var bytes = Convert.FromBase64String(logoB64);\n" + SendBytes),
        Case("two JSON texts parsed into nodes, the logo's sent", Json,
            "var frameNode = JsonNode.Parse(JsonSerializer.Serialize(new { image = Convert.ToBase64String(jpeg) }))!; var node = JsonNode.Parse(JsonSerializer.Serialize(new { image = Convert.ToBase64String(logo) }))!.AsObject(); var bytes = Convert.FromBase64String(node[\"image\"]!.GetValue<string>());\n" + SendBytes),
        Case("two JSON texts deserialised with Newtonsoft, the logo's sent", Newtonsoft,
            "var frameStored = JObject.Parse(JsonConvert.SerializeObject(new { image = jpeg })); var stored = JsonConvert.DeserializeObject<JObject>(JsonConvert.SerializeObject(new { image = logo }))!; var bytes = stored[\"image\"]!.ToObject<byte[]>()!;\n" + SendBytes),
        Case("two JObjects, the logo's sent", Newtonsoft,
            "var frameBody = new JObject(); frameBody[\"image\"] = Convert.ToBase64String(jpeg); var body = new JObject(); body.Add(\"image\", Convert.ToBase64String(logo)); var data = BinaryData.FromString(body.ToString());\n" + SendData),
        Case("JsonConvert.SerializeObject of two objects, the logo's sent", Newtonsoft,
            "var frameJson = JsonConvert.SerializeObject(new { image = jpeg }); var data = BinaryData.FromString(JsonConvert.SerializeObject(new { image = logo }));\n" + SendData),
        Case("spans over both, the logo's copy sent", Json,
            "var frameCopy = jpeg.AsSpan().ToArray(); var bytes = logo.AsSpan(0, logo.Length).ToArray();\n" + SendBytes),
        Case("LINQ over a list of frames and a list of logos, a logo sent", Json,
            "var frames = new List<byte[]> { jpeg }; var logos = new List<byte[]> { logo }; var latest = frames.Last(); var bytes = logos.Select(l => l).First();\n" + SendBytes),
        Case("two linked lists, the logos' sent", Json,
            "var frames = new LinkedList<byte[]>(); frames.AddLast(jpeg); var logos = new LinkedList<byte[]>(); logos.AddLast(logo); var bytes = logos.First!.Value;\n" + SendBytes),
        Case("two immutable lists, the logos' sent", Json,
            "var frames = System.Collections.Immutable.ImmutableList<byte[]>.Empty.Add(jpeg); var logos = System.Collections.Immutable.ImmutableList<byte[]>.Empty.Add(logo); var bytes = logos[0];\n" + SendBytes),
        Case("Interlocked.Exchange into one variable, another sent", Json,
            "byte[]? latest = null; Interlocked.Exchange(ref latest, jpeg); byte[]? shown = null; Interlocked.Exchange(ref shown, logo); var bytes = shown!;\n" + SendBytes),
        Case("Volatile.Write into one variable, another read and sent", Json,
            "byte[]? latest = null; Volatile.Write(ref latest, jpeg); byte[]? shown = null; Volatile.Write(ref shown, logo); var bytes = Volatile.Read(ref shown)!;\n" + SendBytes),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task StaticImageThroughTheSameCarrier_IsNotReported(string name, string usings, string body)
    {
        _ = name;
        return new FlowTest("police, body-cam", "US") { TestCode = Snippets.InMethod(usings, FrameAndLogo + body) }.RunAsync();
    }

    private static object[] Case(string name, string usings, string body) => new object[] { name, usings, body };
}
