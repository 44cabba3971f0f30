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
public class GoogleGenAITests
{
    private const string LiveFrame = """
        using var capture = new VideoCapture(0);
        using var frame = new Mat();
        {|#1:capture.Read(frame)|};
        """;

    private const string RecordedFrame = """
        using var capture = new VideoCapture("evidence/incident-0412.mp4");
        using var frame = new Mat();
        capture.Read(frame);
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

    internal static string Source(string body, string frame = LiveFrame) => $$"""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Google.GenAI;
        using Google.GenAI.Types;
        using OpenCvSharp;

        public class SceneDescriber
        {
            public async Task DescribeAsync()
            {
                using var client = new Client(apiKey: "key");
        {{frame}}
        {{body}}
            }
        }
        """;

    [Theory]
    [MemberData(nameof(SendingCalls))]
    public Task LiveFrameToGemini_GetsGooglesClause(string name, string body, string sink)
    {
        _ = name;
        return new FlowTest("police", "US", providerRules: true)
        {
            TestCode = Source(body),
            ExpectedDiagnostics = { OpenAIServiceTests.Leai010(ServiceProvider.Google, sink: sink).WithLocation(0).WithLocation(1) },
        }.RunAsync();
    }

    [Fact]
    public Task RecordedFootage_NotReported() =>
        new FlowTest("police", "US", providerRules: true) { TestCode = Source((string)SendingCalls().First()[1], RecordedFrame).WithoutMarkup() }.RunAsync();

    [Fact]
    public Task NotLawEnforcementCode_NotReported() =>
        new FlowTest(null, null, providerRules: true) { TestCode = Source((string)SendingCalls().First()[1]).WithoutMarkup() }.RunAsync();
}
