using System.Globalization;
using System.Text;

namespace LawEnforcementAI.Analyzers.Benchmarks;

/// <summary>
/// <see cref="GraphShape.InjectedServices"/>: worker-service code as body-cam vendors write it. Each module is an
/// interface and a service class whose constructor receives the <c>ChatClient</c> (the one request of the file), and
/// hosted services that read a webcam frame and hand it to the injected service: directly, through a recursive retry
/// helper taking a callback, or through an injected channel to a second hosted service. One composition root registers
/// the Azure client, the channels and every module with the container, so only the whole program says what each
/// request's client and frame are. Deterministic for a file count.
/// </summary>
public static partial class InjectedServicesCorpus
{
    /// <summary>How a module's capture reaches its service; the file number picks one in turn.</summary>
    private enum Handover
    {
        /// <summary>A <c>BackgroundService</c> captures and calls the service with the frame and a filter lambda.</summary>
        Direct,

        /// <summary>An <c>IHostedService</c> polls on <c>Task.Run</c> and calls the service inside a lambda given to a recursive retry helper.</summary>
        Retry,

        /// <summary>A capture service writes frames into an injected channel; an analysis service reads them and calls the service.</summary>
        Channel,
    }

    public static IReadOnlyList<(string Path, string Text)> Files(int count)
    {
        var files = Enumerable.Range(0, count)
            .Select(i => ($"/src/Module{i:D4}/SceneServices{i:D4}.cs", Module(i)))
            .ToList();
        files.Add(("/src/Host/PatrolServiceRegistration.cs", CompositionRoot(count)));
        return files;
    }

    /// <summary>
    /// LEAI001 and LEAI002 (body-cam: the frame is live) on each module's one request, whose frame is the same module's
    /// <c>VideoCapture.Read</c> and whose client is the registered Azure one, plus LEAI000. With OpenAI's own client
    /// registered instead, or a static image sent, only LEAI000 remains.
    /// </summary>
    public static int ExpectedDiagnostics(int count) => 2 * count + 1;

    private static Handover HandoverOf(int i) => (Handover)(i % 3);

    private static string Module(int i)
    {
        var n = i.ToString("D4", CultureInfo.InvariantCulture);
        var threshold = (0.2 + i % 7 * 0.1).ToString("0.0", CultureInfo.InvariantCulture);
        var sb = new StringBuilder($$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading;
            using System.Threading.Channels;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Hosting;
            using OpenAI.Chat;
            using OpenCvSharp;

            namespace Contoso.Patrol.Module{{n}};

            public sealed record Observation{{n}}(string Label, double Confidence, int Rank);

            public interface ISceneDescriber{{n}}
            {
                Task<IReadOnlyList<Observation{{n}}>> DescribeAsync(byte[] jpeg, Func<Observation{{n}}, bool> keep, CancellationToken ct);
            }

            public sealed class SceneDescriber{{n}} : ISceneDescriber{{n}}
            {
                private readonly ChatClient _chat;
                private readonly Dictionary<string, int> _seen = new(StringComparer.OrdinalIgnoreCase);

                public SceneDescriber{{n}}(ChatClient chat) => _chat = chat;

                public async Task<IReadOnlyList<Observation{{n}}>> DescribeAsync(byte[] jpeg, Func<Observation{{n}}, bool> keep, CancellationToken ct)
                {
                    var message = new UserChatMessage(
                        ChatMessageContentPart.CreateTextPart("Describe the scene, one object per line."),
                        ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(jpeg), "image/jpeg"));
                    var completion = await _chat.CompleteChatAsync(new List<ChatMessage> { message }, cancellationToken: ct);
                    var observations = completion.Value.Content
                        .Where(part => part.Kind == ChatMessageContentPartKind.Text)
                        .SelectMany(part => part.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        .Select((label, rank) => new Observation{{n}}(label, 1.0 / (rank + 1), rank))
                        .Where(keep)
                        .ToList();
                    foreach (var observation in observations)
                    {
                        _seen[observation.Label] = _seen.TryGetValue(observation.Label, out var seen) ? seen + 1 : 1;
                    }

                    return observations;
                }

                public IEnumerable<string> Frequent(int top) =>
                    _seen.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(top).Select(kv => kv.Key);

                public static double Score(IReadOnlyList<Observation{{n}}> items, int index) =>
                    index >= items.Count ? 0 : items[index].Confidence / (index + 1) + Score(items, index + 1);
            }


            """);
        sb.Append(HostedServices(i, n, threshold));
        return sb.ToString();
    }

    /// <summary>
    /// The composition root: the Azure client once, then each module's channel, service and hosted services, in one
    /// extension method as a host's <c>Program</c> calls it.
    /// </summary>
    private static string CompositionRoot(int count)
    {
        var sb = new StringBuilder("""
            using System;
            using System.ClientModel;
            using System.Threading.Channels;
            using Azure.AI.OpenAI;
            using Microsoft.Extensions.DependencyInjection;
            using OpenAI.Chat;

            namespace Contoso.Patrol.Host;

            public static class PatrolServiceRegistration
            {
                public static IServiceCollection AddPatrolVision(this IServiceCollection services)
                {
                    services.AddSingleton(new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential("key")).GetChatClient("gpt-4o"));

            """);
        for (var i = 0; i < count; i++)
        {
            sb.Append(Registrations(i));
        }

        sb.Append("        return services;\n    }\n}\n");
        return sb.ToString();
    }

    /// <summary>One module's registrations: its service, its hosted services and, for a channel, the channel and its reader.</summary>
    private static string Registrations(int i)
    {
        var m = "Contoso.Patrol.Module" + i.ToString("D4", CultureInfo.InvariantCulture);
        var n = i.ToString("D4", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"        services.AddSingleton<{m}.ISceneDescriber{n}, {m}.SceneDescriber{n}>();\n");
        switch (HandoverOf(i))
        {
            case Handover.Direct:
                sb.Append(CultureInfo.InvariantCulture, $"        services.AddHostedService<{m}.CameraWorker{n}>();\n");
                break;
            case Handover.Retry:
                sb.Append(CultureInfo.InvariantCulture, $"        services.AddHostedService<{m}.CameraPoller{n}>();\n");
                break;
            case Handover.Channel:
                sb.Append(CultureInfo.InvariantCulture, $"        services.AddSingleton(Channel.CreateBounded<{m}.CapturedFrame{n}>(new BoundedChannelOptions(4) {{ FullMode = BoundedChannelFullMode.DropOldest }}));\n");
                sb.Append(CultureInfo.InvariantCulture, $"        services.AddSingleton(provider => provider.GetRequiredService<Channel<{m}.CapturedFrame{n}>>().Reader);\n");
                sb.Append(CultureInfo.InvariantCulture, $"        services.AddHostedService<{m}.FrameCapture{n}>();\n");
                sb.Append(CultureInfo.InvariantCulture, $"        services.AddHostedService<{m}.FrameAnalysis{n}>();\n");
                break;
        }

        return sb.ToString();
    }
}
