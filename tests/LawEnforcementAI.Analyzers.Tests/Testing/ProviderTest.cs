using System;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Rules;
using Microsoft.CodeAnalysis.Testing;

namespace LawEnforcementAI.Analyzers.Tests.Testing;

/// <summary>
/// What the providers' tests (Rules/Providers/) share: the live and the recorded webcam frame an SDK's request is built
/// from, a method to put them in, LEAI010's expected diagnostic with the provider's clause, and the flow rules run over a
/// source. Each test file keeps its SDK's sending calls and its tests.
/// </summary>
public abstract class ProviderTest
{
    /// <summary>A live webcam frame in <c>frame</c>; the Read call is location #1.</summary>
    protected const string LiveFrame = """
        using var capture = new VideoCapture(0);
        using var frame = new Mat();
        {|#1:capture.Read(frame)|};
        """;

    /// <summary>The same camera reading a recorded video file: no live frame.</summary>
    protected const string RecordedFrame = """
        using var capture = new VideoCapture("evidence/incident-0412.mp4");
        using var frame = new Mat();
        capture.Read(frame);
        """;

    /// <summary><c>SceneDescriber.DescribeAsync</c>: builds the client, reads the frame, then runs the SDK's <paramref name="body"/>.</summary>
    protected static string SceneDescriber(string usings, string client, string frame, string body) => usings + $$"""

        public class SceneDescriber
        {
            public async Task DescribeAsync()
            {
                {{client}}
        {{frame}}
        {{body}}
            }
        }
        """;

    /// <summary>
    /// LEAI010's diagnostic for <paramref name="provider"/>, its message naming the service and citing the pack's clause;
    /// <paramref name="route"/> is the message's route part (", passed to 'M'," for a frame passed between methods).
    /// </summary>
    internal static DiagnosticResult Leai010(ServiceProvider provider, string api = "VideoCapture.Read", string sink = "ChatClient.CompleteChatAsync", string context = "police (US)", string route = "")
    {
        var pack = PolicyPacks.ForProvider(provider)!;
        var service = provider switch
        {
            ServiceProvider.OpenAI => "OpenAI's own service",
            ServiceProvider.Anthropic => "Anthropic's service",
            ServiceProvider.Google => "Google's Gemini API or Vertex AI",
            ServiceProvider.Aws => "Amazon Bedrock",
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "LEAI010 names only the other providers"),
        };
        return LeaiAnalyzerTest.Diag("LEAI010", api, sink, context, route, service, pack.Clause(ClauseKind.RealTimeBiometricIdentification).Quote, pack.Cite(ClauseKind.RealTimeBiometricIdentification));
    }

    /// <summary><see cref="Leai010"/> at the sending call (#0), with the camera source (#1) as its route.</summary>
    private protected static DiagnosticResult Leai010AtSink(ServiceProvider provider, string sink = "ChatClient.CompleteChatAsync", string context = "police (US)") =>
        Leai010(provider, sink: sink, context: context).WithLocation(0).WithLocation(1);

    /// <summary>The flow rules over <paramref name="source"/> in police code in the US: exactly <paramref name="expected"/>.</summary>
    protected static Task Verify(string source, params DiagnosticResult[] expected) => Verify("police", "US", source, expected);

    /// <summary>The same, in a project attributed as <paramref name="context"/> in <paramref name="jurisdiction"/>.</summary>
    protected static Task Verify(string? context, string? jurisdiction, string source, params DiagnosticResult[] expected)
    {
        var test = new FlowTest(context, jurisdiction) { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>No diagnostic at all: <paramref name="source"/>'s location markup removed.</summary>
    protected static Task VerifyNothing(string source, string? context = "police", string? jurisdiction = "US") =>
        Verify(context, jurisdiction, source.WithoutMarkup());
}
