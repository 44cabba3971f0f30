using System.Collections.Generic;
using static LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod.PipelineCase;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>Pipelines modelled on body-cam and station software, where the frame crosses methods, types and files.</summary>
public static class PipelineCorpus
{
    private static readonly string Chat = "var chat = " + AzureChat + ";";

    public static IEnumerable<PipelineCase> All()
    {
        yield return new("helper returns the frame", 1, new[]
        {
            "public static class Camera { public static byte[] Grab() => <<FRAME>>; }",
            "public class Uploader { public async Task RunAsync() { " + Chat + " var bytes = {|#2:Camera.Grab()|}; " + Send("bytes") + " } }",
        });

        yield return new("helper sends whatever it is given", 1, new[]
        {
            "public class FrameSender { private readonly ChatClient _chat = " + AzureChat + "; public async Task SendAsync(byte[] jpeg) { " + Send("jpeg", "_chat") + " } }",
            "public class Patrol { public async Task RunAsync(FrameSender sender) { var bytes = <<FRAME>>; await {|#2:sender.SendAsync(bytes)|}; } }",
        });

        yield return new("handler stores the latest frame in a field, another method sends it", 1, new[]
        {
            "public class Recorder { private byte[]? _latest; public void OnFrame() { {|#2:_latest|} = <<FRAME>>; } public async Task FlushAsync() { " + Chat + " var bytes = _latest!; " + Send("bytes") + " } }",
        });

        yield return new("constructor stores into a property read by another class", 2, new[]
        {
            "public sealed class FrameEnvelope { public FrameEnvelope(byte[] jpeg) { {|#3:Jpeg|} = jpeg; } public byte[] Jpeg { get; } }",
            "public class Capture { public FrameEnvelope Next() => {|#2:new FrameEnvelope(<<FRAME>>)|}; }",
            "public class Sender { public async Task RunAsync(Capture capture) { " + Chat + " var envelope = capture.Next(); " + Send("envelope.Jpeg") + " } }",
        });

        yield return new("async helper returns Task<byte[]>", 1, new[]
        {
            "public static class Camera { public static async Task<byte[]> GrabAsync() { await Task.Yield(); return <<FRAME>>; } }",
            "public class Uploader { public async Task RunAsync() { " + Chat + " var bytes = await {|#2:Camera.GrabAsync()|}; " + Send("bytes") + " } }",
        });

        yield return new("ValueTask helper awaited with ConfigureAwait", 1, new[]
        {
            "public static class Camera { public static ValueTask<byte[]> GrabAsync() => new ValueTask<byte[]>(<<FRAME>>); }",
            "public class Uploader { public async Task RunAsync() { " + Chat + " var bytes = await {|#2:Camera.GrabAsync()|}.ConfigureAwait(false); " + Send("bytes") + " } }",
        });

        yield return new("out parameter", 1, new[]
        {
            "public static class Camera { public static bool TryGrab(out byte[] jpeg) { jpeg = <<FRAME>>; return true; } }",
            "public class Uploader { public async Task RunAsync() { " + Chat + " if ({|#2:Camera.TryGrab(out var bytes)|}) { " + Send("bytes") + " } } }",
        });

        yield return new("extension-method encoder", 1, new[]
        {
            "public static class MatExtensions { public static byte[] ToJpeg(this Mat mat) => mat.ToBytes(\".jpg\"); }",
            "public class Uploader { public async Task RunAsync() { " + Chat + " var frame = <<FRAME>>; var bytes = {|#2:frame.ToJpeg()|}; " + Send("bytes") + " } }",
        }, frame: "{|#1:new VideoCapture(0).RetrieveMat()|}", negative: "new Mat(\"assets/station-logo.png\")");

        yield return new("generic helper", 1, new[]
        {
            "public static class Pipeline { public static T Pass<T>(T value) => value; }",
            "public class Uploader { public async Task RunAsync() { " + Chat + " var bytes = {|#2:Pipeline.Pass(<<FRAME>>)|}; " + Send("bytes") + " } }",
        });

        yield return new("interface with one implementation", 1, new[]
        {
            "public interface IFrameSource { byte[] Next(); }",
            "public sealed class WebcamSource : IFrameSource { public byte[] Next() => <<FRAME>>; }",
            "public class Uploader { public async Task RunAsync(IFrameSource source) { " + Chat + " var bytes = {|#2:source.Next()|}; " + Send("bytes") + " } }",
        });

        yield return new("abstract base with an override", 1, new[]
        {
            "public abstract class FrameSourceBase { public abstract byte[] Next(); }",
            "public sealed class DashCamSource : FrameSourceBase { public override byte[] Next() => <<FRAME>>; }",
            "public class Uploader { public async Task RunAsync(FrameSourceBase source) { " + Chat + " var bytes = {|#2:source.Next()|}; " + Send("bytes") + " } }",
        });

        yield return new("sink behind an interface", 1, new[]
        {
            "public interface IVisionClient { Task DescribeAsync(byte[] jpeg); }",
            "public sealed class AzureVisionClient : IVisionClient { public async Task DescribeAsync(byte[] jpeg) { " + Chat + " " + Send("jpeg") + " } }",
            "public class Patrol { public async Task RunAsync(IVisionClient vision) { await {|#2:vision.DescribeAsync(<<FRAME>>)|}; } }",
        });

        yield return new("partial class across files", 1, new[]
        {
            "public partial class Uploader { private byte[]? _frame; public void Capture() { {|#2:_frame|} = <<FRAME>>; } }",
            "public partial class Uploader { public async Task SendAsync() { " + Chat + " " + Send("_frame!") + " } }",
        });

        yield return new("capture loop, channel, worker", 1, new[]
        {
            "public class CaptureLoop { private readonly Channel<byte[]> _frames = Channel.CreateUnbounded<byte[]>(); public ChannelReader<byte[]> Frames => _frames.Reader; public async Task ProduceAsync() { await {|#2:_frames.Writer|}.WriteAsync(<<FRAME>>); } public async Task ConsumeAsync() { " + Chat + " await foreach (var bytes in _frames.Reader.ReadAllAsync()) { " + Send("bytes") + " } } }",
        });

        yield return new("concurrent queue between producer and worker classes", 1, new[]
        {
            "public static class FrameQueue { public static readonly ConcurrentQueue<byte[]> Pending = new(); }",
            "public class Producer { public void OnFrame() { {|#2:FrameQueue.Pending|}.Enqueue(<<FRAME>>); } }",
            "public class Worker { public async Task DrainAsync() { " + Chat + " while (FrameQueue.Pending.TryDequeue(out var bytes)) { " + Send("bytes") + " } } }",
        });

        yield return new("blocking collection consumer", 1, new[]
        {
            "public class Hub { private readonly BlockingCollection<byte[]> _frames = new(); public void Add() { {|#2:_frames|}.Add(<<FRAME>>); } public async Task RunAsync() { " + Chat + " foreach (var bytes in _frames.GetConsumingEnumerable()) { " + Send("bytes") + " } } }",
        });

        yield return new("dictionary of latest frame per camera", 1, new[]
        {
            "public class Latest { private readonly Dictionary<string, byte[]> _byCamera = new(); public void Store(string id) { {|#2:_byCamera[id]|} = <<FRAME>>; } public async Task SendAsync(string id) { " + Chat + " if (_byCamera.TryGetValue(id, out var bytes)) { " + Send("bytes") + " } } }",
        });

        yield return new("list field and LINQ", 1, new[]
        {
            "public class Burst { private readonly List<byte[]> _frames = new(); public void Capture() { {|#2:_frames|}.Add(<<FRAME>>); } public async Task SendLastAsync() { " + Chat + " var bytes = _frames.Last(); " + Send("bytes") + " } }",
        });

        yield return new("delegate stored in a field and invoked later", 1, new[]
        {
            "public class Dispatcher { private Func<byte[]>? _grab; public void Configure() { _grab = () => <<FRAME>>; } public async Task RunAsync() { " + Chat + " var bytes = {|#2:_grab!()|}; " + Send("bytes") + " } }",
        });

        yield return new("lambda passed to a helper that invokes it", 2, new[]
        {
            "public static class Helpers { public static byte[] Run(Func<byte[]> produce) => {|#2:produce()|}; }",
            "public class Uploader { public async Task RunAsync() { " + Chat + " var bytes = {|#3:Helpers.Run(() => <<FRAME>>)|}; " + Send("bytes") + " } }",
        });

        yield return new("iterator of frames", 1, new[]
        {
            "public static class Camera { public static IEnumerable<byte[]> Frames() { yield return <<FRAME>>; } }",
            "public class Uploader { public async Task RunAsync() { " + Chat + " foreach (var bytes in {|#2:Camera.Frames()|}) { " + Send("bytes") + " } } }",
        });

        yield return new("static field cache written in one class, read in another", 1, new[]
        {
            "public static class FrameCache { public static byte[]? Latest; }",
            "public class Grabber { public void Grab() { {|#2:FrameCache.Latest|} = <<FRAME>>; } }",
            "public class Sender { public async Task SendAsync() { " + Chat + " " + Send("FrameCache.Latest!") + " } }",
        });

        yield return new("property with a backing field", 1, new[]
        {
            "public class Holder { private byte[]? _jpeg; public byte[]? Jpeg { get => _jpeg; set => _jpeg = value; } }",
            "public class Grabber { public void Grab(Holder holder) { {|#2:holder.Jpeg|} = <<FRAME>>; } }",
            "public class Sender { public async Task SendAsync(Holder holder) { " + Chat + " " + Send("holder.Jpeg!") + " } }",
        });

        yield return new("capture, encode and wrap helpers in a chain", 3, new[]
        {
            "public static class A { public static byte[] Grab() => <<FRAME>>; }",
            "public static class B { public static BinaryData Encode() => BinaryData.FromBytes({|#2:A.Grab()|}); }",
            "public static class C { public static ChatMessageContentPart Part() => ChatMessageContentPart.CreateImagePart({|#3:B.Encode()|}, \"image/jpeg\"); }",
            "public class Uploader { public async Task RunAsync() { " + Chat + " await {|#0:chat.CompleteChatAsync(new UserChatMessage({|#4:C.Part()|}))|}; } }",
        });

        yield return new("event declared in source, handler sends", 1, new[]
        {
            "public class FrameHub { public event Action<byte[]>? FrameReady; public void Publish() { FrameReady?{|#2:.Invoke(<<FRAME>>)|}; } }",
            "public class Subscriber { public void Wire(FrameHub hub) { hub.FrameReady += OnFrame; } private async void OnFrame(byte[] bytes) { " + Chat + " " + Send("bytes") + " } }",
        });

        yield return new("lambda in a field set by the constructor, called by another method", 1, new[]
        {
            "public class Router { private readonly Func<byte[], Task> _send; public Router() { var chat = " + AzureChat + "; _send = async jpeg => " + Send("jpeg").Replace("await {|#0:", "await {|#0:").TrimEnd(';') + "; } public Task RouteAsync() => {|#2:_send(<<FRAME>>)|}; }",
        });

        yield return new("recursive retry helper", 1, new[]
        {
            "public static class Camera { public static byte[] Retry(int attempts) => attempts > 0 ? Retry(attempts - 1) : <<FRAME>>; }",
            "public class Uploader { public async Task RunAsync() { " + Chat + " var bytes = {|#2:Camera.Retry(3)|}; " + Send("bytes") + " } }",
        });

        yield return new("client injected through the constructor (DI)", 1, new[]
        {
            "public class VisionService { private readonly ChatClient _chat; public VisionService(ChatClient chat) { _chat = chat; } public async Task SendAsync(byte[] jpeg) { " + Send("jpeg", "_chat") + " } }",
            "public static class Startup { public static VisionService Create() => new VisionService(" + AzureChat + "); }",
            "public class Patrol { public async Task RunAsync() { var service = Startup.Create(); await {|#2:service.SendAsync(<<FRAME>>)|}; } }",
        });

        yield return new("frame as a data URI built by a helper", 1, new[]
        {
            "public static class DataUris { public static Uri Jpeg(byte[] bytes) => new Uri(\"data:image/jpeg;base64,\" + Convert.ToBase64String(bytes)); }",
            "public class Uploader { public async Task RunAsync() { " + Chat + " var uri = {|#2:DataUris.Jpeg(<<FRAME>>)|}; await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(uri)))|}; } }",
        });

        yield return new("message built by a helper, sent by another", 2, new[]
        {
            "public static class Messages { public static UserChatMessage Describe(byte[] jpeg) => new UserChatMessage(ChatMessageContentPart.CreateTextPart(\"Describe the scene.\"), ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(jpeg), \"image/jpeg\")); }",
            "public class Sender { private readonly ChatClient _chat = " + AzureChat + "; public Task SendAsync(ChatMessage message) => {|#0:_chat.CompleteChatAsync(message)|}; }",
            "public class Patrol { public async Task RunAsync(Sender sender) { var message = {|#2:Messages.Describe(<<FRAME>>)|}; await {|#3:sender.SendAsync(message)|}; } }",
        });

        yield return new("instance helper on an injected encoder", 1, new[]
        {
            "public sealed class JpegEncoder { public BinaryData Encode(Mat frame) => BinaryData.FromBytes(frame.ToBytes(\".jpg\")); }",
            "public class Uploader { private readonly JpegEncoder _encoder = new(); public async Task RunAsync() { " + Chat + " var data = {|#2:_encoder.Encode(<<FRAME>>)|}; await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(data, \"image/jpeg\")))|}; } }",
        }, frame: "{|#1:new VideoCapture(0).RetrieveMat()|}", negative: "new Mat(\"assets/station-logo.png\")");

        yield return new("Task.Run worker returning an encoded frame", 1, new[]
        {
            "public static class Camera { public static Task<byte[]> GrabInBackground() => Task.Run(() => <<FRAME>>); }",
            "public class Uploader { public async Task RunAsync() { " + Chat + " var bytes = await {|#2:Camera.GrabInBackground()|}; " + Send("bytes") + " } }",
        });

        yield return new("record of a frame and its timestamp", 1, new[]
        {
            "public sealed record CapturedFrame(byte[] Jpeg, DateTimeOffset At);",
            "public static class Camera { public static CapturedFrame Grab() => {|#2:new CapturedFrame(<<FRAME>>, DateTimeOffset.UtcNow)|}; }",
            "public class Uploader { public async Task RunAsync() { " + Chat + " var captured = Camera.Grab(); " + Send("captured.Jpeg") + " } }",
        });

        yield return new("virtual sender overridden by an Azure sender", 1, new[]
        {
            "public class SenderBase { public virtual Task SendAsync(byte[] jpeg) => Task.CompletedTask; }",
            "public sealed class AzureSender : SenderBase { public override async Task SendAsync(byte[] jpeg) { " + Chat + " " + Send("jpeg") + " } }",
            "public class Patrol { public Task RunAsync(SenderBase sender) => {|#2:sender.SendAsync(<<FRAME>>)|}; }",
        });

        yield return new("static local function passed as a method group", 1, new[]
        {
            "public static class Frames { public static byte[] Capture() => <<FRAME>>; }",
            "public class Uploader { public async Task RunAsync() { " + Chat + " Func<byte[]> grab = Frames.Capture; var bytes = {|#2:grab()|}; " + Send("bytes") + " } }",
        });
    }
}
