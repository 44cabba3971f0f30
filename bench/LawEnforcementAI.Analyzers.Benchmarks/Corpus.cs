using System.Globalization;
using System.Text;

namespace LawEnforcementAI.Analyzers.Benchmarks;

/// <summary>What each generated file contains besides the ordinary business code.</summary>
public enum FileShape
{
    /// <summary>Records, a service with fields, LINQ, lambdas, async, string building: no camera, no AI.</summary>
    Plain,

    /// <summary>Plain, plus a method that grabs a webcam frame with OpenCvSharp and saves it (no AI call).</summary>
    Camera,

    /// <summary>Plain, plus a method that grabs a webcam frame and sends it to an Azure OpenAI vision call.</summary>
    CameraToVision,

    /// <summary>CameraToVision, plus a web page class whose <c>Request.Form</c> value reaches <c>DbCommand.CommandText</c> (CA3001).</summary>
    CameraToVisionAndSql,
}

/// <summary>Generates realistic C# sources, deterministic for a given file count and shape.</summary>
public static class Corpus
{
    public static IReadOnlyList<(string Path, string Text)> Files(int count, FileShape shape) =>
        Enumerable.Range(0, count).Select(i => ($"/src/Module{i:D4}/Service{i:D4}.cs", File(i, shape))).ToList();

    /// <param name="extraMembers">Members appended to the service class (the graph shapes of <see cref="ScalingCorpus"/>).</param>
    public static string File(int i, FileShape shape, string extraMembers = "")
    {
        var n = i.ToString("D4", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.Append("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Text;
            using System.Threading;
            using System.Threading.Tasks;

            """);
        if (shape != FileShape.Plain)
        {
            sb.Append("using OpenCvSharp;\n");
        }

        if (shape is FileShape.CameraToVision or FileShape.CameraToVisionAndSql)
        {
            sb.Append("using System.ClientModel;\nusing Azure.AI.OpenAI;\nusing OpenAI.Chat;\n");
        }

        if (shape == FileShape.CameraToVisionAndSql)
        {
            sb.Append("using System.Data.Common;\nusing System.Web;\n");
        }

        sb.Append($$"""

            namespace Contoso.Patrol.Module{{n}};

            public sealed record Incident{{n}}(int Id, string Officer, DateTimeOffset At, double Severity, IReadOnlyList<string> Tags);

            public interface IIncidentStore{{n}}
            {
                Task<IReadOnlyList<Incident{{n}}>> LoadAsync(DateTimeOffset since, CancellationToken ct);
            }

            public class IncidentService{{n}}
            {
                private readonly IIncidentStore{{n}} _store;
                private readonly Dictionary<string, int> _countsByOfficer = new(StringComparer.OrdinalIgnoreCase);
                private readonly List<Incident{{n}}> _recent = new();
                private int _processed;

                public IncidentService{{n}}(IIncidentStore{{n}} store) => _store = store;

                public int Processed => _processed;

                public async Task<int> RefreshAsync(DateTimeOffset since, CancellationToken ct)
                {
                    var incidents = await _store.LoadAsync(since, ct).ConfigureAwait(false);
                    foreach (var incident in incidents.Where(x => x.Severity > 0.2).OrderByDescending(x => x.At))
                    {
                        _countsByOfficer[incident.Officer] = _countsByOfficer.TryGetValue(incident.Officer, out var c) ? c + 1 : 1;
                        _recent.Add(incident);
                        Interlocked.Increment(ref _processed);
                    }

                    if (_recent.Count > 500)
                    {
                        _recent.RemoveRange(0, _recent.Count - 500);
                    }

                    return incidents.Count;
                }

                public IEnumerable<(string Officer, int Count)> Busiest(int top) =>
                    _countsByOfficer.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                        .Take(top).Select(kv => (kv.Key, kv.Value));

                public string Summarize(Func<Incident{{n}}, bool>? filter = null)
                {
                    var sb = new StringBuilder();
                    var selected = filter is null ? _recent : _recent.Where(filter).ToList();
                    var byTag = selected.SelectMany(x => x.Tags, (x, tag) => (x, tag)).GroupBy(p => p.tag);
                    foreach (var group in byTag)
                    {
                        sb.Append(group.Key).Append(": ").Append(group.Count()).Append(" (max ")
                          .Append(group.Max(p => p.x.Severity).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)).AppendLine(")");
                    }

                    return sb.Length == 0 ? "no incidents" : sb.ToString();
                }

                public static double Percentile(IReadOnlyList<double> values, double p)
                {
                    if (values.Count == 0)
                    {
                        throw new ArgumentException("empty", nameof(values));
                    }

                    var sorted = values.OrderBy(v => v).ToArray();
                    var rank = p / 100.0 * (sorted.Length - 1);
                    var lower = (int)Math.Floor(rank);
                    var upper = Math.Min(lower + 1, sorted.Length - 1);
                    return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
                }

                public Task<int[]> ScoreAllAsync(CancellationToken ct) =>
                    Task.WhenAll(_recent.Select(async x =>
                    {
                        await Task.Yield();
                        ct.ThrowIfCancellationRequested();
                        return x.Tags.Sum(t => t.Length) * (int)(x.Severity * 10);
                    }));

            """);

        if (shape == FileShape.Camera)
        {
            sb.Append("""
                    public string SnapshotToDisk(string folder)
                    {
                        using var capture = new VideoCapture(0);
                        using var frame = new Mat();
                        capture.Read(frame);
                        var bytes = frame.ToBytes(".jpg");
                        var path = System.IO.Path.Combine(folder, $"snapshot-{DateTime.UtcNow:yyyyMMddHHmmss}.jpg");
                        System.IO.File.WriteAllBytes(path, bytes);
                        return path;
                    }

                """);
        }

        if (shape is FileShape.CameraToVision or FileShape.CameraToVisionAndSql)
        {
            sb.Append("""
                    public async Task<string> DescribeLiveFrameAsync(CancellationToken ct)
                    {
                        ChatClient chat = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential("key")).GetChatClient("gpt-4o");
                        using var capture = new VideoCapture(0);
                        using var frame = new Mat();
                        capture.Read(frame);
                        byte[] bytes = frame.ToBytes(".jpg");
                        var result = await chat.CompleteChatAsync(new UserChatMessage(
                            ChatMessageContentPart.CreateTextPart("Describe the scene."),
                            ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg")));
                        return result.Value.Content.Count > 0 ? result.Value.Content[0].Text : string.Empty;
                    }

                """);
        }

        sb.Append(extraMembers).Append("}\n");

        if (shape == FileShape.CameraToVisionAndSql)
        {
            sb.Append($$"""

                public class IncidentsPage{{n}}
                {
                    private readonly DbConnection _connection;

                    public IncidentsPage{{n}}(DbConnection connection, HttpRequest request)
                    {
                        _connection = connection;
                        Request = request;
                    }

                    public HttpRequest Request { get; }

                    public int CountByOfficer()
                    {
                        var officer = Request.Form["officer"];
                        using var command = _connection.CreateCommand();
                        command.CommandText = "SELECT COUNT(*) FROM Incidents WHERE Officer = '" + officer + "'";
                        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
                    }
                }

                """);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Just enough of ASP.NET (System.Web) for CA3001 to see user input: <c>HttpRequest.Form</c> is one of its web input
    /// sources. (An ASP.NET Core action parameter on a ControllerBase stub was tried first; CA3001 reported nothing.)
    /// </summary>
    public const string SystemWebStub = """
        namespace System.Web
        {
            public class HttpRequest
            {
                public System.Collections.Specialized.NameValueCollection Form { get; } = new();
            }
        }
        """;

    private const string Header = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using System.ClientModel;
        using Azure.AI.OpenAI;
        using OpenAI.Chat;
        using OpenCvSharp;

        namespace Contoso.Patrol.WorstCase;

        """;

    /// <summary>An Azure OpenAI chat client in a local named <c>chat</c>; shared with <see cref="ScalingCorpus"/>.</summary>
    internal const string MakeChat =
        "ChatClient chat = new AzureOpenAIClient(new Uri(\"https://contoso.openai.azure.com/\"), new ApiKeyCredential(\"key\")).GetChatClient(\"gpt-4o\");";

    /// <summary>Sends the image bytes named by <c>{0}</c> through <c>chat</c>; shared with <see cref="ScalingCorpus"/>.</summary>
    internal const string Send =
        "await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes({0}), \"image/jpeg\")));";

    /// <summary>
    /// One method with <paramref name="statements"/> statements: a frame copied through a chain of locals interleaved
    /// with unrelated arithmetic, then sent. One finding (LEAI001 + LEAI002).
    /// </summary>
    public static string LongMethod(int statements)
    {
        var sb = new StringBuilder(Header);
        sb.Append("public class LongMethod\n{\n    public async Task RunAsync(CancellationToken ct)\n    {\n");
        sb.Append("        ").Append(MakeChat).Append('\n');
        sb.Append("        using var capture = new VideoCapture(0);\n        using var frame = new Mat();\n        capture.Read(frame);\n");
        sb.Append("        byte[] b0 = frame.ToBytes(\".jpg\");\n        int acc = 0;\n");
        var chain = 0;
        for (var s = 0; s < statements; s++)
        {
            if (s % 2 == 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"        byte[] b{chain + 1} = b{chain};\n");
                chain++;
            }
            else
            {
                sb.Append(CultureInfo.InvariantCulture, $"        acc = unchecked(acc * 31 + {s});\n");
            }
        }

        sb.Append("        ").Append(string.Format(CultureInfo.InvariantCulture, Send, "b" + chain)).Append("\n    }\n}\n");
        return sb.ToString();
    }

    /// <summary>
    /// M0 grabs a frame and hands it down a chain of <paramref name="depth"/> methods; the last one sends it. Plus one
    /// method that captures and sends in place. One finding today (the in-place one); an inter-procedural engine adds the chain.
    /// </summary>
    public static string CallChain(int depth)
    {
        var sb = new StringBuilder(Header);
        sb.Append("public class CallChain\n{\n    private readonly ChatClient chat = new AzureOpenAIClient(new Uri(\"https://contoso.openai.azure.com/\"), new ApiKeyCredential(\"key\")).GetChatClient(\"gpt-4o\");\n\n");
        sb.Append("    public Task StartAsync()\n    {\n        using var capture = new VideoCapture(0);\n        using var frame = new Mat();\n        capture.Read(frame);\n        return Step0(frame.ToBytes(\".jpg\"), 0);\n    }\n\n");
        for (var d = 0; d < depth - 1; d++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"    private Task Step{d}(byte[] data, int hops) => Step{d + 1}(data, hops + 1);\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"    private async Task Step{depth - 1}(byte[] data, int hops)\n    {{\n        ");
        sb.Append(string.Format(CultureInfo.InvariantCulture, Send, "data")).Append("\n    }\n\n");
        AppendInPlace(sb);
        sb.Append("}\n");
        return sb.ToString();
    }

    /// <summary>
    /// <paramref name="methods"/> methods that all call each other in a ring with chords (one strongly connected
    /// component), each forwarding and sending the frame it was given. One finding today (the in-place method).
    /// </summary>
    public static string StronglyConnected(int methods)
    {
        var sb = new StringBuilder(Header);
        sb.Append("public class Mesh\n{\n    private readonly ChatClient chat = new AzureOpenAIClient(new Uri(\"https://contoso.openai.azure.com/\"), new ApiKeyCredential(\"key\")).GetChatClient(\"gpt-4o\");\n\n");
        sb.Append("    public Task StartAsync()\n    {\n        using var capture = new VideoCapture(0);\n        using var frame = new Mat();\n        capture.Read(frame);\n        return Node0(frame.ToBytes(\".jpg\"), 0);\n    }\n\n");
        for (var m = 0; m < methods; m++)
        {
            var next = (m + 1) % methods;
            var chord = (m * 7 + 3) % methods;
            sb.Append(CultureInfo.InvariantCulture, $$"""
                    private async Task Node{{m}}(byte[] data, int hops)
                    {
                        if (hops > 1000) { {{string.Format(CultureInfo.InvariantCulture, Send, "data")}} return; }
                        if ((hops & 1) == 0) await Node{{next}}(data, hops + 1); else await Node{{chord}}(data, hops + 1);
                    }

                """);
        }

        AppendInPlace(sb);
        sb.Append("}\n");
        return sb.ToString();
    }

    private static void AppendInPlace(StringBuilder sb)
    {
        sb.Append("    public async Task InPlaceAsync()\n    {\n        using var capture = new VideoCapture(0);\n        using var frame = new Mat();\n        capture.Read(frame);\n        var bytes = frame.ToBytes(\".jpg\");\n        ");
        sb.Append(string.Format(CultureInfo.InvariantCulture, Send, "bytes")).Append("\n    }\n");
    }
}
