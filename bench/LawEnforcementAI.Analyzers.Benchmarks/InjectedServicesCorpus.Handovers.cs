using System.Globalization;

namespace LawEnforcementAI.Analyzers.Benchmarks;

/// <summary>The hosted services of a module: how its webcam frame reaches the injected service.</summary>
public static partial class InjectedServicesCorpus
{
    private static string HostedServices(int i, string n, string threshold) => HandoverOf(i) switch
    {
        Handover.Direct => DirectWorker(i, n, threshold),
        Handover.Retry => RetryPoller(i, n, threshold),
        _ => ChannelPipeline(i, n),
    };

    /// <summary>A <c>BackgroundService</c> that captures and calls the service with the frame and a filter lambda.</summary>
    private static string DirectWorker(int i, string n, string threshold) => string.Create(CultureInfo.InvariantCulture, $$"""
        public sealed class CameraWorker{{n}} : BackgroundService
        {
            private readonly ISceneDescriber{{n}} _describer;
            private readonly List<Observation{{n}}> _recent = new();

            public CameraWorker{{n}}(ISceneDescriber{{n}} describer) => _describer = describer;

            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                using var capture = new VideoCapture({{i % 4}});
                using var frame = new Mat();
                while (!stoppingToken.IsCancellationRequested && capture.Read(frame))
                {
                    var observations = await _describer.DescribeAsync(frame.ToBytes(".jpg"), o => o.Confidence >= {{threshold}}, stoppingToken);
                    _recent.AddRange(observations.OrderBy(o => o.Rank).Take(5));
                    if (_recent.Count > 100)
                    {
                        _recent.RemoveRange(0, _recent.Count - 100);
                    }

                    await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                }
            }
        }

        """);

    /// <summary>An <c>IHostedService</c> polling on <c>Task.Run</c> that calls the service inside a lambda given to a recursive retry helper.</summary>
    private static string RetryPoller(int i, string n, string threshold) => string.Create(CultureInfo.InvariantCulture, $$"""
        public sealed class CameraPoller{{n}} : IHostedService
        {
            private readonly ISceneDescriber{{n}} _describer;
            private readonly CancellationTokenSource _stopping = new();
            private Task _loop = Task.CompletedTask;
            private int _described;

            public CameraPoller{{n}}(ISceneDescriber{{n}} describer) => _describer = describer;

            public Task StartAsync(CancellationToken cancellationToken)
            {
                _loop = Task.Run(() => PollAsync(_stopping.Token), cancellationToken);
                return Task.CompletedTask;
            }

            public async Task StopAsync(CancellationToken cancellationToken)
            {
                _stopping.Cancel();
                await Task.WhenAny(_loop, Task.Delay(Timeout.Infinite, cancellationToken));
            }

            private async Task PollAsync(CancellationToken ct)
            {
                using var capture = new VideoCapture({{i % 4}});
                using var frame = new Mat();
                while (!ct.IsCancellationRequested && capture.Read(frame))
                {
                    var jpeg = frame.ToBytes(".jpg");
                    var observations = await RetryAsync(token => _describer.DescribeAsync(jpeg, o => o.Label.Length > 2, token), 3, ct);
                    _described += observations.Count(o => o.Confidence >= {{threshold}});
                }
            }

            private static async Task<T> RetryAsync<T>(Func<CancellationToken, Task<T>> operation, int attemptsLeft, CancellationToken ct)
            {
                try
                {
                    return await operation(ct);
                }
                catch (Exception) when (attemptsLeft > 1 && !ct.IsCancellationRequested)
                {
                    await Task.Delay(200, ct);
                    return await RetryAsync(operation, attemptsLeft - 1, ct);
                }
            }
        }

        """);

    /// <summary>A capture service writing frames into its injected channel, and an analysis service reading them and calling the service.</summary>
    private static string ChannelPipeline(int i, string n) => string.Create(CultureInfo.InvariantCulture, $$"""
        public sealed record CapturedFrame{{n}}(DateTimeOffset At, byte[] Jpeg);

        public sealed class FrameCapture{{n}} : BackgroundService
        {
            private readonly Channel<CapturedFrame{{n}}> _frames;

            public FrameCapture{{n}}(Channel<CapturedFrame{{n}}> frames) => _frames = frames;

            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                using var capture = new VideoCapture({{i % 4}});
                using var frame = new Mat();
                while (!stoppingToken.IsCancellationRequested && capture.Read(frame))
                {
                    await _frames.Writer.WriteAsync(new CapturedFrame{{n}}(DateTimeOffset.UtcNow, frame.ToBytes(".jpg")), stoppingToken);
                }
            }
        }

        public sealed class FrameAnalysis{{n}} : BackgroundService
        {
            private readonly ChannelReader<CapturedFrame{{n}}> _frames;
            private readonly ISceneDescriber{{n}} _describer;
            private string? _lastLabel;

            public FrameAnalysis{{n}}(ChannelReader<CapturedFrame{{n}}> frames, ISceneDescriber{{n}} describer)
            {
                _frames = frames;
                _describer = describer;
            }

            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                await foreach (var captured in _frames.ReadAllAsync(stoppingToken))
                {
                    if (DateTimeOffset.UtcNow - captured.At > TimeSpan.FromSeconds(5))
                    {
                        continue;
                    }

                    var observations = await _describer.DescribeAsync(captured.Jpeg, o => o.Rank < 3, stoppingToken);
                    _lastLabel = observations.OrderByDescending(o => o.Confidence).Select(o => o.Label).FirstOrDefault() ?? _lastLabel;
                }
            }
        }

        """);
}
