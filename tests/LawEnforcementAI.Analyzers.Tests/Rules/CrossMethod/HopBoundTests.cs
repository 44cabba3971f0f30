using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod.PipelineCase;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>
/// The hop bound: a frame carried through a chain of calls keeps its liveness and full route within the bound, is still
/// reported beyond it, and recursion and cycles end. <see cref="Chain"/> and <see cref="ChainRoute"/> are shared with
/// the flow settings tests.
/// </summary>
public class HopBoundTests
{
    /// <summary>
    /// A recorded clip read in Step0 and returned through Step1..Step{depth} to the sender: #1 is the source, #2 onwards
    /// each call that carries the frame one step closer to the sending call #0.
    /// </summary>
    internal static string Chain(int depth)
    {
        var source = Usings + "public static class Step0 { public static byte[] Run() => {|#1:new VideoCapture(\"evidence/clip.mp4\").RetrieveMat()|}.ToBytes(\".jpg\"); }\n";
        for (var i = 1; i <= depth; i++)
        {
            source += $"public static class Step{i} {{ public static byte[] Run() => {{|#{i + 1}:Step{i - 1}.Run()|}}; }}\n";
        }

        return source + $"public class Uploader {{ public async Task RunAsync() {{ var chat = {AzureChat}; var bytes = {{|#{depth + 2}:Step{depth}.Run()|}}; await {{|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), \"image/jpeg\")))|}}; }} }}";
    }

    /// <summary>An expectation with the sending call, the source and the first <paramref name="hops"/> hops of the chain.</summary>
    internal static DiagnosticResult ChainRoute(string id, int hops)
    {
        var expected = Diag(id).WithLocation(0).WithLocation(1);
        for (var hop = 0; hop < hops; hop++)
        {
            expected = expected.WithLocation(hop + 2);
        }

        return expected;
    }

    [Fact]
    public Task DeepChain_WithinTheBound_KeepsLivenessAndFullRoute() =>
        new FlowTest("body-cam, police", "US")
        {
            // A chain longer than the three callee levels a type's analysis follows: build only (docs/flow.md, "Editor and build").

            TestCode = Chain(6),

            // Recorded footage, still known to be recorded after 7 hops: LEAI001 with the whole route, no LEAI002.
            ExpectedDiagnostics = { ChainRoute("LEAI001", 7) },
        }.RunAsync();

    [Fact]
    public Task DeepChain_BeyondTheConfiguredBound_StillReported_WithUnknownLiveness() =>
        new FlowTest("body-cam, police", "US")
        {
            // A chain longer than the three callee levels a type's analysis follows: build only (docs/flow.md, "Editor and build").

            TestState =
            {
                Sources = { Chain(6) },
                AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nai_policy_max_hops = 2\n") },
            },

            // The route is cut at the bound; recorded footage followed further than the bound is no longer known to be
            // recorded, so it counts as live and LEAI002 appears too.
            ExpectedDiagnostics = { ChainRoute("LEAI001", 2), ChainRoute("LEAI002", 2) },
        }.RunAsync();

    [Fact]
    public Task RecursionAndCycles_Terminate() =>
        new FlowTest("police", "US")
        {
            TestCode = Usings + $$"""
                public static class Ping { public static byte[] Run(int n) => n > 0 ? Pong.Run(n - 1) : {|#1:new VideoCapture(0).RetrieveMat()|}.ToBytes(".jpg"); }
                public static class Pong { public static byte[] Run(int n) => n > 0 ? Ping.Run(n - 1) : Pong.Run(n + 1); }
                public class Uploader { public async Task RunAsync() { var chat = {{AzureChat}}; var bytes = Pong.Run(5); await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg")))|}; } }
                """,

            // What matters is that the solver ends and reports the frame once; the route through the cycle is not pinned.
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations) },
        }.RunAsync();
}
