using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Providers;

/// <summary>
/// LEAI010 with Google's Gen AI SDK (Google.GenAI stand-in): a live webcam frame (#1) as a part's inline bytes reaches
/// <c>client.Models.GenerateContentAsync</c> (#0). Recorded footage and code that is not law enforcement's get nothing.
/// </summary>
public class GoogleGenAITests : ProviderTest
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Google.GenAI;
        using Google.GenAI.Types;
        using OpenCvSharp;

        """;

    public static IEnumerable<object[]> SendingCalls() => new[]
    {
        new object[] { "GenerateContentAsync with a list of contents", """
            var contents = new List<Content>
            {
                new Content { Role = "user", Parts = new List<Part> { new Part { Text = "Describe the scene." }, new Part { InlineData = new Blob { Data = frame.ToBytes(".jpg"), MimeType = "image/jpeg" } } } },
            };
            var response = await {|#0:client.Models.GenerateContentAsync("gemini-2.5-flash", contents)|};
            """, "Models.GenerateContentAsync" },
        new object[] { "GenerateContentStreamAsync with one content", """
            var content = new Content { Role = "user", Parts = new List<Part>() };
            content.Parts.Add(new Part { InlineData = new Blob { Data = frame.ToBytes(".jpg"), MimeType = "image/jpeg" } });
            await foreach (var chunk in {|#0:client.Models.GenerateContentStreamAsync("gemini-2.5-flash", content)|}) { }
            """, "Models.GenerateContentStreamAsync" },
    };

    internal static string Source(string body, string frame = LiveFrame) =>
        SceneDescriber(Usings, "using var client = new Client(apiKey: \"key\");", frame, body);

    private static string FirstCall => (string)SendingCalls().First()[1];

    [Theory]
    [MemberData(nameof(SendingCalls))]
    public Task LiveFrameToGemini_GetsGooglesClause(string name, string body, string sink)
    {
        _ = name;
        return Verify(Source(body), Leai010AtSink(ServiceProvider.Google, sink));
    }

    [Fact]
    public Task RecordedFootage_NotReported() => VerifyNothing(Source(FirstCall, RecordedFrame));

    [Fact]
    public Task NotLawEnforcementCode_NotReported() => VerifyNothing(Source(FirstCall), context: null, jurisdiction: null);
}
