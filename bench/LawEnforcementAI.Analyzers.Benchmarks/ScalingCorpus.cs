using System.Globalization;
using System.Text;

namespace LawEnforcementAI.Analyzers.Benchmarks;

/// <summary>
/// The shapes of code that make a whole-program solver grow faster than the program: each one is ordinary in real
/// services and, at scale, connects every file to many others through one kind of indirection.
/// </summary>
public enum GraphShape
{
    /// <summary>
    /// The shape that exposed a quadratic solver: every service has an async method that invokes a delegate-typed
    /// parameter, a recursive helper and a caller that passes it a lambda, besides LINQ members and the webcam-to-vision
    /// method.
    /// </summary>
    DelegateParameters,

    /// <summary>One static event with a subscriber in every file, raised with a frame by one of them.</summary>
    EventSubscribers,

    /// <summary>Every file passes lambdas to an in-solution method of the next file and to library methods.</summary>
    LambdasAcrossFiles,

    /// <summary>One interface implemented in every file and called through in every file.</summary>
    InterfaceImplementations,

    /// <summary>Every file calls into the previous one (a chain as long as the program) and into a far one (a wide graph), handing a frame along.</summary>
    DeepAndWideCalls,

    /// <summary>
    /// Not (c) plus members but a corpus of its own (<see cref="InjectedServicesCorpus"/>): services whose client is
    /// injected through their constructor, hosted services handing them webcam frames, one composition root.
    /// </summary>
    InjectedServices,
}

/// <summary>
/// Generates one corpus per <see cref="GraphShape"/>: the scenario (c) service file plus the shape's members, or
/// <see cref="InjectedServicesCorpus"/>.
/// </summary>
public static class ScalingCorpus
{
    public static IReadOnlyList<(string Path, string Text)> Files(int count, GraphShape shape)
    {
        if (shape == GraphShape.InjectedServices)
        {
            return InjectedServicesCorpus.Files(count);
        }

        var files = Enumerable.Range(0, count)
            .Select(i => ($"/src/Module{i:D4}/Service{i:D4}.cs", Corpus.File(i, FileShape.CameraToVision, ShapeMembers(i, count, shape))))
            .ToList();
        files.Add(("/src/Shared/FrameHub.cs", SharedTypes));
        return files;
    }

    /// <summary>
    /// Diagnostics of a corpus: LEAI001 and LEAI002 for each file's two sending methods (in-place client, field client),
    /// plus the shape's own, plus LEAI000; <see cref="InjectedServicesCorpus"/> says its own.
    /// </summary>
    public static int ExpectedDiagnostics(int count, GraphShape shape) => shape switch
    {
        GraphShape.InjectedServices => InjectedServicesCorpus.ExpectedDiagnostics(count),

        // One more sending method per file whose frame reaches it: LEAI001 + LEAI002 each.
        GraphShape.EventSubscribers or GraphShape.InterfaceImplementations or GraphShape.DeepAndWideCalls => 6 * count + 1,
        _ => 4 * count + 1,
    };

    /// <summary>What a shape's corpus compiles against: the container's abstractions too for <see cref="GraphShape.InjectedServices"/>.</summary>
    public static References ReferencesOf(GraphShape shape) =>
        shape == GraphShape.InjectedServices ? References.CameraVisionAndContainer : References.CameraAndVision;

    private const string SharedTypes = """
        using System;

        namespace Contoso.Patrol.Shared;

        public static class FrameHub
        {
            public static event Action<byte[]>? FrameArrived;

            public static void Publish(byte[] frame) => FrameArrived?.Invoke(frame);
        }

        public interface IFrameStage
        {
            byte[] Apply(byte[] frame);
        }
        """;

    private static string ShapeMembers(int i, int count, GraphShape shape)
    {
        var n = i.ToString("D4", CultureInfo.InvariantCulture);
        var next = ((i + 1) % count).ToString("D4", CultureInfo.InvariantCulture);
        var previous = ((i + count - 1) % count).ToString("D4", CultureInfo.InvariantCulture);
        var far = ((i * 7 + 3) % count).ToString("D4", CultureInfo.InvariantCulture);
        const string send = Corpus.Send;
        const string makeChat = Corpus.MakeChat;
        // The client lives in a field, as in most real services, so a request waits for the whole program and the
        // cross-method solver runs on every corpus.
        var sb = new StringBuilder("""
                private readonly ChatClient _chat = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential("key")).GetChatClient("gpt-4o");

                public async Task DescribeWithSharedClientAsync()
                {
                    using var capture = new VideoCapture(0);
                    using var frame = new Mat();
                    capture.Read(frame);
                    await _chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(frame.ToBytes(".jpg")), "image/jpeg")));
                }

            """);
        switch (shape)
        {
            case GraphShape.DelegateParameters:
                sb.Append(CultureInfo.InvariantCulture, $$"""
                        private int _count;

                        public async Task<int> CountAsync(Func<int, Task<bool>> check)
                        {
                            int n = 0;
                            foreach (var x in _recent.Select(r => r.Id)) if (await check(x)) n++;
                            _count = n;
                            return n;
                        }

                        public Task<int> CountSevereAsync() => CountAsync(async id => { await Task.Yield(); return id % 3 == 0; });

                        public static int Depth(IReadOnlyList<Incident{{n}}> items, int index) =>
                            index >= items.Count ? 0 : (items[index].Severity > 0.5 ? 1 : 0) + Depth(items, index + 1);

                    """);
                break;
            case GraphShape.EventSubscribers:
                sb.Append(CultureInfo.InvariantCulture, $$"""
                        public void Subscribe() => Contoso.Patrol.Shared.FrameHub.FrameArrived += OnFrameAsync;

                        private async void OnFrameAsync(byte[] frame)
                        {
                            {{makeChat}}
                            {{string.Format(CultureInfo.InvariantCulture, send, "frame")}}
                        }

                        public void PublishLive()
                        {
                            using var capture = new VideoCapture(0);
                            using var frame = new Mat();
                            capture.Read(frame);
                            Contoso.Patrol.Shared.FrameHub.Publish(frame.ToBytes(".jpg"));
                        }

                    """);
                break;
            case GraphShape.LambdasAcrossFiles:
                sb.Append(CultureInfo.InvariantCulture, $$"""
                        public static T Retry<T>(Func<T> operation, Action<Exception>? onError = null)
                        {
                            for (var attempt = 0; ; attempt++)
                            {
                                try { return operation(); }
                                catch (Exception e) when (attempt < 3) { onError?.Invoke(e); }
                            }
                        }

                        public int Tally() =>
                            Contoso.Patrol.Module{{next}}.IncidentService{{next}}.Retry(() => _recent.Count(x => x.Severity > 0.1), e => _processed++)
                            + Contoso.Patrol.Module{{far}}.IncidentService{{far}}.Retry(() => Busiest(3).Sum(b => b.Count));

                    """);
                break;
            case GraphShape.InterfaceImplementations:
                sb.Append(CultureInfo.InvariantCulture, $$"""
                        private sealed class Stage{{n}} : Contoso.Patrol.Shared.IFrameStage
                        {
                            public byte[] Apply(byte[] frame) => frame.Length > {{i % 50}} ? frame : Array.Empty<byte>();
                        }

                        private readonly Contoso.Patrol.Shared.IFrameStage _stage = new Stage{{n}}();

                        public async Task SendThroughStageAsync(Contoso.Patrol.Shared.IFrameStage stage)
                        {
                            {{makeChat}}
                            using var capture = new VideoCapture(0);
                            using var frame = new Mat();
                            capture.Read(frame);
                            var staged = stage.Apply(_stage.Apply(frame.ToBytes(".jpg")));
                            {{string.Format(CultureInfo.InvariantCulture, send, "staged")}}
                        }

                    """);
                break;
            case GraphShape.DeepAndWideCalls:
                sb.Append(CultureInfo.InvariantCulture, $$"""
                        public static async Task ForwardAsync(byte[] frame, int hops)
                        {
                            if (hops > 0)
                            {
                                await Contoso.Patrol.Module{{previous}}.IncidentService{{previous}}.ForwardAsync(frame, hops - 1);
                                await Contoso.Patrol.Module{{far}}.IncidentService{{far}}.ForwardAsync(frame, hops / 2);
                                return;
                            }

                            {{makeChat}}
                            {{string.Format(CultureInfo.InvariantCulture, send, "frame")}}
                        }

                        public Task StartAsync()
                        {
                            using var capture = new VideoCapture(0);
                            using var frame = new Mat();
                            capture.Read(frame);
                            return ForwardAsync(frame.ToBytes(".jpg"), {{i % 10}});
                        }

                    """);
                break;
        }

        return sb.ToString();
    }
}
