using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod.PipelineCase;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>
/// A channel or concurrent queue handed to a producer class and a consumer class, by constructor injection or by a
/// composition root, is one pipe: a frame one class writes is the frame the other reads and sends. Each case also runs
/// with a static image (no warning); the close negatives below keep other containers apart.
/// </summary>
public class SharedContainerTests
{
    private static readonly string Chat = "var chat = " + AzureChat + ";";

    /// <summary>The field's type names no container: only the alias does.</summary>
    private const string Alias = "using FramePipe = System.Collections.Concurrent.ConcurrentQueue<byte[]>;\n";

    public static IEnumerable<object[]> Cases() => new PipelineCase[]
    {
        new("ChannelWriter and ChannelReader injected into two classes by a composition root", 1, new[]
        {
            "public sealed class FrameProducer { private readonly ChannelWriter<byte[]> _writer; public FrameProducer(ChannelWriter<byte[]> writer) { _writer = writer; } public void OnFrame() { {|#2:_writer|}.TryWrite(<<FRAME>>); } }",
            "public sealed class FrameUploader { private readonly ChannelReader<byte[]> _reader; public FrameUploader(ChannelReader<byte[]> reader) { _reader = reader; } public async Task RunAsync() { " + Chat + " var bytes = await _reader.ReadAsync(); " + Send("bytes") + " } }",
            "public static class CompositionRoot { public static (FrameProducer, FrameUploader) Build() { var channel = Channel.CreateBounded<byte[]>(4); return (new FrameProducer(channel.Writer), new FrameUploader(channel.Reader)); } }",
        }),
        new("Channel<byte[]> injected into both classes by a DI container", 1, new[]
        {
            "public sealed class FrameProducer { private readonly Channel<byte[]> _channel; public FrameProducer(Channel<byte[]> channel) { _channel = channel; } public async Task OnFrameAsync() { await {|#2:_channel.Writer|}.WriteAsync(<<FRAME>>); } }",
            "public sealed class FrameUploader { private readonly Channel<byte[]> _channel; public FrameUploader(Channel<byte[]> channel) { _channel = channel; } public async Task RunAsync() { " + Chat + " await foreach (var bytes in _channel.Reader.ReadAllAsync()) { " + Send("bytes") + " } } }",
        }),
        new("ChannelReader used straight from the constructor parameter", 1, new[]
        {
            "public sealed class FrameProducer { private readonly ChannelWriter<byte[]> _writer; public FrameProducer(ChannelWriter<byte[]> writer) { _writer = writer; } public void OnFrame() { {|#2:_writer|}.TryWrite(<<FRAME>>); } }",
            "public sealed class FrameUploader { public FrameUploader(ChannelReader<byte[]> reader) { _ = Task.Run(async () => { " + Chat + " while (reader.TryRead(out var bytes)) { " + Send("bytes") + " } }); } }",
        }),
        new("ConcurrentQueue<byte[]> injected into both classes", 1, new[]
        {
            "public sealed class FrameProducer { private readonly ConcurrentQueue<byte[]> _pending; public FrameProducer(ConcurrentQueue<byte[]> pending) { _pending = pending; } public void OnFrame() => {|#2:_pending|}.Enqueue(<<FRAME>>); }",
            "public sealed class FrameUploader { private readonly ConcurrentQueue<byte[]> _pending; public FrameUploader(ConcurrentQueue<byte[]> pending) { _pending = pending; } public async Task RunAsync() { " + Chat + " while (_pending.TryDequeue(out var bytes)) { " + Send("bytes") + " } } }",
        }),
        new("ConcurrentQueue<byte[]> behind a using alias", 1, new[]
        {
            Alias + "public sealed class FrameProducer { private readonly FramePipe _pending; public FrameProducer(FramePipe pending) { _pending = pending; } public void OnFrame() => {|#2:_pending|}.Enqueue(<<FRAME>>); }",
            Alias + "public sealed class FrameUploader { private readonly FramePipe _pending; public FrameUploader(FramePipe pending) { _pending = pending; } public async Task RunAsync() { " + Chat + " while (_pending.TryDequeue(out var bytes)) { " + Send("bytes") + " } } }",
        }),
        new("ChannelWriter<byte[]> held by a positional record", 1, new[]
        {
            "public sealed record FrameSink(ChannelWriter<byte[]> Writer); public sealed class FrameProducer { private readonly FrameSink _sink; public FrameProducer(FrameSink sink) { _sink = sink; } public void OnFrame() { {|#2:_sink.Writer|}.TryWrite(<<FRAME>>); } }",
            "public sealed class FrameUploader { private readonly ChannelReader<byte[]> _reader; public FrameUploader(ChannelReader<byte[]> reader) { _reader = reader; } public async Task RunAsync() { " + Chat + " var bytes = await _reader.ReadAsync(); " + Send("bytes") + " } }",
        }),
        new("queue service holding a ConcurrentQueue<byte[]>, injected into both classes", 3, new[]
        {
            "public sealed class FrameQueue { private readonly ConcurrentQueue<byte[]> _pending = new(); public void Add(byte[] jpeg) => {|#3:_pending|}.Enqueue(jpeg); public bool TryTake(out byte[] jpeg) => _pending.TryDequeue(out jpeg!); }",
            "public sealed class FrameProducer { private readonly FrameQueue _queue; public FrameProducer(FrameQueue queue) { _queue = queue; } public void OnFrame() { {|#2:_queue.Add(<<FRAME>>)|}; } }",
            "public sealed class FrameUploader { private readonly FrameQueue _queue; public FrameUploader(FrameQueue queue) { _queue = queue; } public async Task RunAsync() { " + Chat + " while ({|#4:_queue.TryTake(out var bytes)|}) { " + Send("bytes") + " } } }",
        }),
    }.Select(c => new object[] { c });

    [Theory]
    [MemberData(nameof(Cases))]
    public Task FrameWrittenByOneClass_ReadAndSentByAnother_IsReported(PipelineCase pipeline)
    {
        // The container's writers are in another type than the one that declares it: build only (docs/flow.md).
        var expected = Diag("LEAI001").WithLocation(0);
        for (var location = 1; location <= pipeline.Hops + 1; location++)
        {
            expected = expected.WithLocation(location);
        }

        var test = PipelineTests.WithFiles(new FlowTest("police", "US"), pipeline.Positive());
        test.ExpectedDiagnostics.Add(expected);
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task SameClassesWithAStaticImage_AreNotReported(PipelineCase pipeline) =>
        PipelineTests.WithFiles(new FlowTest("police", "US"), pipeline.Negative()).RunAsync();

    /// <summary>A channel of captions is not the channel of frames: the element type keeps them apart.</summary>
    [Fact]
    public Task ChannelOfAnotherElementType_IsNotTheFrameChannel() => PipelineTests.WithFiles(new FlowTest("police", "US"), new[]
    {
        Usings + "public sealed class FrameProducer { private readonly ChannelWriter<byte[]> _frames; public FrameProducer(ChannelWriter<byte[]> frames) { _frames = frames; } public void OnFrame() { _frames.TryWrite(" + Frame.WithoutMarkup() + "); } }",
        Usings + "public sealed class CaptionUploader { private readonly ChannelReader<string> _captions; public CaptionUploader(ChannelReader<string> captions) { _captions = captions; } public async Task RunAsync() { " + Chat + " var caption = await _captions.ReadAsync(); await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromString(caption), \"image/jpeg\"))); } }",
    }).RunAsync();

    /// <summary>Plain lists are a class's own state: one class's list of frames is not another class's list of logos.</summary>
    [Fact]
    public Task ListFieldsOfTwoClasses_StayApart() => PipelineTests.WithFiles(new FlowTest("police", "US"), new[]
    {
        Usings + "public sealed class FrameArchive { private readonly List<byte[]> _frames = new(); public void OnFrame() { _frames.Add(" + Frame.WithoutMarkup() + "); } }",
        Usings + "public sealed class LogoUploader { private readonly List<byte[]> _logos = new(); public async Task RunAsync() { " + Chat + " _logos.Add(" + Logo + "); foreach (var bytes in _logos) { await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), \"image/jpeg\"))); } } }",
    }).RunAsync();

    /// <summary>
    /// A type of the user's own with <c>Add</c> and <c>Take</c> methods is not a collection by name: its bodies decide,
    /// and this one counts frames and hands out the station logo.
    /// </summary>
    [Fact]
    public Task UserTypeWithAddAndTake_IsNotAFrameCarrierByName() => PipelineTests.WithFiles(new FlowTest("police", "US"), new[]
    {
        Usings + "public sealed class FrameLog { public int Count { get; private set; } public void Add(byte[] frame) { Count++; } public byte[] Take() => " + Logo + "; }",
        Usings + "public sealed class Uploader { public async Task RunAsync() { " + Chat + " var log = new FrameLog(); log.Add(" + Frame.WithoutMarkup() + "); var bytes = log.Take(); await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), \"image/jpeg\"))); } }",
    }).RunAsync();

    /// <summary>The same user type, when its body does keep the frame, is followed through that body.</summary>
    [Fact]
    public Task UserTypeThatKeepsTheFrame_IsFollowedThroughItsBody()
    {
        var test = PipelineTests.WithFiles(new FlowTest("police", "US"), new[]
        {
            Usings + "public sealed class FrameLog { private byte[]? _last; public void Add(byte[] frame) { {|#3:_last|} = frame; } public byte[] Take() => _last!; }",
            Usings + "public sealed class Uploader { public async Task RunAsync() { " + Chat + " var log = new FrameLog(); {|#2:log.Add(" + Frame + ")|}; var bytes = {|#4:log.Take()|}; " + Send("bytes") + " } }",
        });
        test.ExpectedDiagnostics.Add(Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2).WithLocation(3).WithLocation(4));
        return test.RunAsync();
    }
}
