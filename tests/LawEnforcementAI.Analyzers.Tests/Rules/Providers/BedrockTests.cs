using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Providers;

/// <summary>
/// LEAI010 with Amazon Bedrock's runtime SDK (AWSSDK.BedrockRuntime stand-in): a live webcam frame (#1) in an image
/// block's <c>MemoryStream</c> reaches <c>ConverseAsync</c> (#0). Recorded footage and code that is not law
/// enforcement's get nothing.
/// </summary>
public class BedrockTests : ProviderTest
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.IO;
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        using OpenCvSharp;

        """;

    public static IEnumerable<object[]> SendingCalls() => new[]
    {
        new object[] { "ConverseAsync on the client, initializers", "var bedrock = new AmazonBedrockRuntimeClient();", """
            var image = new ImageBlock { Format = ImageFormat.Jpeg, Source = new ImageSource { Bytes = new MemoryStream(frame.ToBytes(".jpg")) } };
            var request = new ConverseRequest
            {
                ModelId = "anthropic.claude-3-5-sonnet-20240620-v1:0",
                Messages = new List<Message> { new Message { Role = ConversationRole.User, Content = new List<ContentBlock> { new ContentBlock { Text = "Describe the scene." }, new ContentBlock { Image = image } } } },
            };
            await {|#0:bedrock.ConverseAsync(request)|};
            """, "AmazonBedrockRuntimeClient.ConverseAsync" },
        new object[] { "ConverseAsync through the interface, content added", "IAmazonBedrockRuntime bedrock = new AmazonBedrockRuntimeClient(\"key\", \"secret\");", """
            var message = new Message { Role = ConversationRole.User, Content = new List<ContentBlock>() };
            message.Content.Add(new ContentBlock { Image = new ImageBlock { Format = ImageFormat.Jpeg, Source = new ImageSource { Bytes = new MemoryStream(frame.ToBytes(".jpg")) } } });
            await {|#0:bedrock.ConverseAsync(new ConverseRequest { ModelId = "amazon.nova-pro-v1:0", Messages = new List<Message> { message } })|};
            """, "IAmazonBedrockRuntime.ConverseAsync" },
    };

    internal static string Source(string client, string body, string frame = LiveFrame) => SceneDescriber(Usings, client, frame, body);

    [Theory]
    [MemberData(nameof(SendingCalls))]
    public Task LiveFrameToBedrock_GetsAwsClause(string name, string client, string body, string sink)
    {
        _ = name;
        return Verify(Source(client, body), Leai010AtSink(ServiceProvider.Aws, sink));
    }

    [Fact]
    public Task RecordedFootage_NotReported()
    {
        var row = SendingCalls().First();
        return VerifyNothing(Source((string)row[1], (string)row[2], RecordedFrame));
    }

    [Fact]
    public Task NotLawEnforcementCode_NotReported()
    {
        var row = SendingCalls().First();
        return VerifyNothing(Source((string)row[1], (string)row[2]), context: null, jurisdiction: null);
    }
}
