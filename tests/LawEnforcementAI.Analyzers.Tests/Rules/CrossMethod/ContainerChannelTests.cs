using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>
/// A channel registered once in the container and received by two hosted services (primary constructors, no field) is
/// one pipe: the frame the producer writes into its injected channel is what the consumer reads and sends. Services of
/// different types stay apart.
/// </summary>
public class ContainerChannelTests
{
    private const string Producer = """
        public sealed class FrameProducer(Channel<byte[]> frames) : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                using var capture = new VideoCapture(0);
                using var frame = new Mat();
                while (!stoppingToken.IsCancellationRequested)
                {
                    {|#1:capture.Read(frame)|};
                    await {|#2:frames.Writer|}.WriteAsync(frame.ToBytes(".jpg"), stoppingToken);
                }
            }
        }
        """;

    private static string Consumer(string channel = "Channel<byte[]>", string read = "frames.Reader.ReadAllAsync(stoppingToken)", string bytes = "jpeg") => $$"""
        public sealed class FrameDescriber({{channel}} frames, ChatClient chat) : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                await foreach (var jpeg in {{read}})
                {
                    var part = ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes({{bytes}}), "image/jpeg");
                    await {|#0:chat.CompleteChatAsync(new UserChatMessage(part))|};
                }
            }
        }
        """;

    private static string Startup(string channels) => $$"""
        public static class Startup
        {
            public static void ConfigureServices(IServiceCollection services)
            {
                {{channels}}
                services.AddSingleton({{ContainerServiceTests.AzureChat}});
                services.AddHostedService<FrameProducer>();
                services.AddHostedService<FrameDescriber>();
            }
        }
        """;

    [Fact]
    public Task ChannelRegisteredOnce_ProducerAndConsumerHostedServices_ReportedAtBuild() =>
        Run(Startup("services.AddSingleton(Channel.CreateUnbounded<byte[]>());"), Consumer(), reported: true);

    [Fact]
    public Task ChannelRegisteredByFactory_ReaderRegisteredFromIt_ReportedAtBuild() =>
        Run(
            Startup("services.AddSingleton(_ => Channel.CreateBounded<byte[]>(8));\nservices.AddSingleton(provider => provider.GetRequiredService<Channel<byte[]>>().Reader);"),
            Consumer("ChannelReader<byte[]>", "frames.ReadAllAsync(stoppingToken)"),
            reported: true);

    /// <summary>The consumer's channel of recorded clips is another registered service: the live frames never reach it.</summary>
    [Fact]
    public Task TwoRegisteredChannelTypes_NotMerged() =>
        Run(
            Startup("services.AddSingleton(Channel.CreateUnbounded<byte[]>());\nservices.AddSingleton(Channel.CreateUnbounded<ReadOnlyMemory<byte>>());"),
            Consumer("Channel<ReadOnlyMemory<byte>>", bytes: "jpeg.ToArray()"),
            reported: false);

    /// <summary>The same hosted services with the consumer sending a logo: the channel's frames are not in the request.</summary>
    [Fact]
    public Task ChannelRegisteredOnce_ConsumerSendsAStaticImage_NotReported() =>
        Run(Startup("services.AddSingleton(Channel.CreateUnbounded<byte[]>());"), Consumer(bytes: "System.IO.File.ReadAllBytes(\"assets/logo.png\")"), reported: false);

    private static Task Run(string startup, string consumer, bool reported)
    {
        var test = new FlowTest("police", "US");
        test.TestState.Sources.Add(ContainerServiceTests.Usings + (reported ? Producer : Producer.WithoutMarkup()));
        test.TestState.Sources.Add(ContainerServiceTests.Usings + (reported ? consumer : consumer.WithoutMarkup()));
        test.TestState.Sources.Add(ContainerServiceTests.Usings + startup);
        if (reported)
        {
            test.ExpectedDiagnostics.Add(Diag("LEAI001", "VideoCapture.Read", "ChatClient.CompleteChatAsync", "police (US)", ", put into the container's 'Channel<byte[]>',")
                .WithLocation(0).WithLocation(1).WithLocation(2));
        }

        return test.RunAsync();
    }
}
