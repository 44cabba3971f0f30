using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>
/// Code as it is while being typed: missing members, unresolved types, half-written calls. The analyzers must stay
/// quiet or report, but never throw (an analyzer exception or AD0001 fails <see cref="DirectAnalysis.RunAsync"/>). Direct
/// analysis, because what broken code reports is not specified; only that it does not crash.
/// </summary>
public class IncompleteCodeTests
{
    public static IEnumerable<object[]> Snippets_() => new[]
    {
        Case("missing member on the capture", "using var capture = new VideoCapture(0); var frame = new Mat(); capture.ReadFrame(frame); var bytes = frame.ToBytes(\".jpg\");" + Snippets.SendBytes),
        Case("unresolved client type", "var client = new UnknownClient(); using var capture = new VideoCapture(0); var frame = new Mat(); capture.Read(frame); await client.CompleteChatAsync(frame);"),
        Case("half-typed sending call", "using var capture = new VideoCapture(0); var frame = new Mat(); capture.Read(frame); await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(frame.ToBytes("),
        Case("half-typed source call", "using var capture = new VideoCapture(0); var frame = new Mat(); capture.Read("),
        Case("wrong argument types", "using var capture = new VideoCapture(true); var frame = new Mat(); capture.Read(42); await chat.CompleteChatAsync(frame);"),
        Case("unknown overload of CreateImagePart", "using var capture = new VideoCapture(0); var frame = new Mat(); capture.Read(frame); await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(frame, 1, 2, 3)));"),
        Case("lambda with errors", "using var capture = new VideoCapture(0); Action<int> a = x => { capture.Read(x.Frame); chat.CompleteChat(x); };"),
        Case("assignment to an undeclared variable", "undeclared = new VideoCapture(0); undeclared.Read(other); await chat.CompleteChatAsync(other);"),
        Case("event handler with missing types", "var device = new MissingDevice(); device.NewFrame += (s, e) => chat.CompleteChat(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(e.Frame.Bytes), \"image/jpeg\")));"),
        Case("recursive local function", "byte[] Grab(int n) => n == 0 ? new byte[0] : Grab(n - 1); var bytes = Grab(3);" + Snippets.SendBytes),
        Case("self-referencing locals", "var a = b; var b = a; await chat.CompleteChatAsync(a);"),
        Case("null client and null parts", "ChatClient c = null; await c.CompleteChatAsync((ChatMessage[])null); await c.CompleteChatAsync(null, null, default);"),
        Case("out var without declaration", "Cv2.ImEncode(\".jpg\", , out var buf); await chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(buf), null)));"),
        Case("deeply nested conversions", "object o = (object)(object)(object)(object)(object)new Mat(); var m = (Mat)(object)(Mat)o;"),
        Case("stray tokens", "using var capture = new VideoCapture(0) ) ; ; var frame = new Mat() capture.Read(frame) ]"),
    };

    [Theory]
    [MemberData(nameof(Snippets_))]
    public async Task IncompleteCode_NoAnalyzerException(string name, string body)
    {
        _ = name;
        await DirectAnalysis.Policy("police, body-cam", null)
            .WithSource(Snippets.InMethod(Snippets.OpenCv, body.WithoutMarkup()))
            .AssertNoAnalyzerFailureAsync();
    }

    /// <summary>Every source of the camera and sink suites, cut after each ';', '(' and '{' of the method body.</summary>
    [Fact]
    public async Task TruncatedAtEveryStatementAndCall_NoAnalyzerException()
    {
        var sources = CameraSourceTests.LiveSources().Select(r => Snippets.InMethod((string)r[1], (string)r[2]))
            .Concat(OpenAIChatSinkTests.SendingCalls().Select(r => Snippets.InMethod(Snippets.OpenCv, (string)r[1])))
            .Select(s => s.WithoutMarkup())
            .ToList();
        var runs = 0;
        foreach (var source in sources)
        {
            var bodyStart = source.IndexOf("RunAsync", System.StringComparison.Ordinal);
            for (var i = bodyStart; i < source.Length; i++)
            {
                if (source[i] is not (';' or '(' or '{'))
                {
                    continue;
                }

                await DirectAnalysis.Policy("police, body-cam", null)
                    .WithSource(source.Substring(0, i + 1))
                    .AssertNoAnalyzerFailureAsync();
                runs++;
            }
        }

        Assert.True(runs > 200, $"only {runs} truncation points were analysed");
    }

    private static object[] Case(string name, string body) => new object[] { name, body };
}
