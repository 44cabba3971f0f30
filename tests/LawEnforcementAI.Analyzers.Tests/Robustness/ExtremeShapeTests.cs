using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Rules;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Robustness;

/// <summary>
/// Very long lines and very deep nesting. The flow engine walks bodies with an explicit stack and stops evaluating
/// expressions below <c>ValueEvaluator.MaxDepth</c> (64), so none of these may overflow the stack of the test host.
/// Findings below that depth are lost by design (reported as nothing, never as a crash).
/// </summary>
public class ExtremeShapeTests
{
    private const string LiveFrame = """
        using var capture = new VideoCapture(0);
        using var frame = new Mat();
        capture.Read(frame);
        byte[] bytes = frame.ToBytes(".jpg");
        var b64 = Convert.ToBase64String(bytes);

        """;

    private static string SendUri(string uriExpression) =>
        $"await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(new Uri({uriExpression}))));";

    [Fact]
    public async Task DataUri_BuiltFrom100kCharacterConcatenation_Reported()
    {
        // One line of about 100,000 characters: the frame first, then 10,000 short literals, so the frame sits 10,000
        // binary nodes deep (regression: it was lost below MaxDepth before chains were walked iteratively).
        var line = "\"data:image/jpeg;base64,\" + b64" + string.Concat(Enumerable.Repeat(" + \"AAAAA\"", 10_000));
        Assert.True(line.Length > 100_000);

        var diagnostics = await Run(LiveFrame + "var uri = " + line + ";\n" + SendUri("uri"));
        Assert.Contains(diagnostics, d => d.Id == "LEAI001");
    }

    [Fact]
    public async Task DataUri_From100kCharacterInterpolation_Reported()
    {
        var padding = new string('A', 100_000);
        var diagnostics = await Run(LiveFrame + "var uri = $\"data:image/jpeg;base64,{b64}" + padding + "\";\n" + SendUri("uri"));
        Assert.Contains(diagnostics, d => d.Id == "LEAI001");
    }

    [Fact]
    public async Task BinaryChainOf5000Terms_FrameDeepestAndShallowest_BothReported()
    {
        // Left-nested: in `deep` b64 is the deepest operand, 5,000 nodes down; in `shallow` it is the last term, at the top.
        // Regression: before chains were walked iteratively, the deep one was lost below MaxDepth (no crash, no finding).
        var deep = "b64" + string.Concat(Enumerable.Repeat(" + n", 5_000));
        var shallow = "n" + string.Concat(Enumerable.Repeat(" + n", 5_000)) + " + b64";
        var body = LiveFrame + "var n = \"x\";\nvar deep = " + deep + ";\nvar shallow = " + shallow + ";\n"
            + SendUri("\"data:image/jpeg;base64,\" + deep") + "\n" + SendUri("\"data:image/jpeg;base64,\" + shallow");

        var diagnostics = await Run(body);
        Assert.Equal(2, diagnostics.Count(d => d.Id == "LEAI001"));
    }

    /// <summary>
    /// C# parentheses leave no node in the operation tree, so nesting them adds no depth; casts do: each
    /// <c>(byte[])(object)</c> pair is two conversions the engine evaluates recursively.
    /// </summary>
    [Fact]
    public async Task NestedCasts_WithinTheDepthLimit_Reported()
    {
        var diagnostics = await Run(LiveFrame + "var copy = " + NestedCasts(20) + ";\n" + SendBytes("copy"));
        Assert.Contains(diagnostics, d => d.Id == "LEAI001");
    }

    [Fact]
    public async Task NestedCasts_FarBeyondTheDepthLimit_CompleteWithoutAnalyzerFailure()
    {
        // 2,000 conversions: far below MaxDepth the finding is lost by design; what must hold is that the analysis ends.
        await RobustnessCorpus.Test()
            .WithSource(Snippets.InMethod(Snippets.OpenCv, LiveFrame + "var copy = " + NestedCasts(1_000) + ";\n" + SendBytes("copy")))
            .AssertNoAnalyzerFailureAsync();
    }

    [Fact]
    public async Task DeeplyNestedLambdas_NoStackOverflow()
    {
        const int depth = 300;
        var sb = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            sb.Append($"Func<byte[], byte[]> f{i} = x{i} => {{ ");
        }

        sb.Append("chat.CompleteChat(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), \"image/jpeg\"))); return bytes; ");
        for (var i = depth - 1; i >= 0; i--)
        {
            sb.Append($"}}; ");
            if (i > 0)
            {
                sb.Append($"return f{i}(x{i - 1}); ");
            }
        }

        var diagnostics = await Run(LiveFrame + sb + "\n_ = f0(bytes);");
        Assert.Contains(diagnostics, d => d.Id == "LEAI001");
    }

    [Fact]
    public async Task MethodWith5000Statements_Reported()
    {
        var sb = new StringBuilder(LiveFrame).Append("byte[] c0 = bytes;\n");
        for (var i = 1; i <= 5_000; i++)
        {
            sb.Append($"byte[] c{i} = c{i - 1};\n");
        }

        sb.Append("await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(c5000), \"image/jpeg\")));");
        var diagnostics = await Run(sb.ToString());
        Assert.Contains(diagnostics, d => d.Id == "LEAI001");
    }

    [Fact]
    public async Task FilePathBuiltThrough5000Locals_CompletesWithoutAnalyzerFailure()
    {
        // Each local's path is keyed by its initializer: the chain must stay bounded, not recurse 5000 deep.
        var sb = new StringBuilder(LiveFrame).Append("var p0 = path;\n");
        for (var i = 1; i <= 5_000; i++)
        {
            sb.Append($"var p{i} = p{i - 1} + \"/x\";\n");
        }

        sb.Append("Cv2.ImWrite(p5000, frame); var loaded = File.ReadAllBytes(p5000);\n").Append(SendBytes("loaded"));
        var diagnostics = await Run(sb.ToString());
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    private static string NestedCasts(int pairs) => string.Concat(Enumerable.Repeat("(byte[])(object)", pairs)) + "bytes";

    private static string SendBytes(string bytes) =>
        $"await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes({bytes}), \"image/jpeg\")));";

    private static Task<System.Collections.Generic.IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic>> Run(string body) =>
        RobustnessCorpus.RunAsync(RobustnessCorpus.Test().WithSource(Snippets.InMethod(Snippets.OpenCv, body)));
}
