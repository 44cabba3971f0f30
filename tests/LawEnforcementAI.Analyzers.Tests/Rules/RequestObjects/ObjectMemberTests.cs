using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.RequestObjects;

/// <summary>
/// Reading a member of an object of the team's own type gives back what was put into it: by its constructor (per
/// member, program-wide), or by a JSON text read back with a deserializer (the object holds what the text held). The
/// type lives in its own file, so each case also checks that the sending document shows the finding on its own.
/// </summary>
public class ObjectMemberTests
{
    private const string Frame = """
        using var capture = new VideoCapture(0);
        using var frame = new Mat();
        {|#1:capture.Read(frame)|};
        var jpeg = frame.ToBytes(".jpg");

        """;

    private const string Logo = """
        var jpeg = File.ReadAllBytes("assets/logo.png");

        """;

    private const string StoredFrame = """
        using System;

        public sealed class StoredFrame
        {
            public string Image { get; set; } = "";

            public DateTime CapturedAt { get; set; }
        }
        """;

    private const string SendImage = """await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(Convert.FromBase64String(<<IMAGE>>)), "image/jpeg")))|};""";

    [Theory]
    [InlineData("System.Text.Json", """var json = System.Text.Json.JsonSerializer.Serialize(new { Image = Convert.ToBase64String(jpeg), CapturedAt = DateTime.UtcNow });""", "System.Text.Json.JsonSerializer.Deserialize<StoredFrame>(json)!.Image")]
    [InlineData("Newtonsoft", """var json = Newtonsoft.Json.JsonConvert.SerializeObject(new { Image = Convert.ToBase64String(jpeg) });""", "Newtonsoft.Json.JsonConvert.DeserializeObject<StoredFrame>(json)!.Image")]
    [InlineData("System.Text.Json, kept in a local", """var json = System.Text.Json.JsonSerializer.Serialize(new { Image = Convert.ToBase64String(jpeg) }); var stored = System.Text.Json.JsonSerializer.Deserialize<StoredFrame>(json)!;""", "stored.Image")]
    [InlineData("System.Text.Json, a list walked with foreach", """var json = System.Text.Json.JsonSerializer.Serialize(new[] { new { Image = Convert.ToBase64String(jpeg) } }); foreach (var item in System.Text.Json.JsonSerializer.Deserialize<List<StoredFrame>>(json)!)""", "item.Image")]
    [InlineData("Newtonsoft, JToken.ToObject", """var json = Newtonsoft.Json.JsonConvert.SerializeObject(new { Image = Convert.ToBase64String(jpeg) });""", "Newtonsoft.Json.Linq.JObject.Parse(json).ToObject<StoredFrame>()!.Image")]
    public Task FrameReadBackIntoATypedObject_IsReported(string serializer, string write, string read)
    {
        _ = serializer;
        var test = Test(Frame + write, SendImage.Replace("<<IMAGE>>", read), StoredFrame);
        test.ExpectedDiagnostics.Add(Diag("LEAI001").WithLocation(0).WithLocation(1));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("System.Text.Json", """var json = System.Text.Json.JsonSerializer.Serialize(new { Image = Convert.ToBase64String(jpeg) });""", "System.Text.Json.JsonSerializer.Deserialize<StoredFrame>(json)!.Image")]
    [InlineData("Newtonsoft", """var json = Newtonsoft.Json.JsonConvert.SerializeObject(new { Image = Convert.ToBase64String(jpeg) });""", "Newtonsoft.Json.JsonConvert.DeserializeObject<StoredFrame>(json)!.Image")]
    public Task LogoReadBackIntoATypedObject_IsNotReported(string serializer, string write, string read)
    {
        _ = serializer;
        return Test(Logo + write, SendImage.Replace("<<IMAGE>>", read), StoredFrame, markup: false).RunAsync();
    }

    /// <summary>The frame's JSON read back into one object, the logo's into another, and the logo's sent.</summary>
    [Fact]
    public Task FrameAndLogoReadBackIntoTwoObjects_OnlyTheLogosSent_IsNotReported() =>
        Test(
            Frame + """
                var frameJson = System.Text.Json.JsonSerializer.Serialize(new { Image = Convert.ToBase64String(jpeg) });
                var logoJson = System.Text.Json.JsonSerializer.Serialize(new { Image = Convert.ToBase64String(File.ReadAllBytes("assets/logo.png")) });
                var evidence = System.Text.Json.JsonSerializer.Deserialize<StoredFrame>(frameJson)!;
                var badge = System.Text.Json.JsonSerializer.Deserialize<StoredFrame>(logoJson)!;
                """,
            SendImage.Replace("<<IMAGE>>", "badge.Image"),
            StoredFrame,
            markup: false).RunAsync();

    /// <summary>
    /// Per member: the camera's name read from an object that also holds the frame is not the frame, whether the object
    /// was built with an initializer or by a constructor; only the name goes to the model, in a text-only JSON body.
    /// </summary>
    [Theory]
    [InlineData("new CapturedFrame { Jpeg = jpeg, CameraName = \"Dash 1\" }")]
    [InlineData("new CapturedFrame(jpeg, \"Dash 1\")")]
    public Task CameraNameReadFromAnObjectHoldingTheFrame_IsNotReported(string creation) =>
        Test(
            Frame + "var captured = " + creation + ";\n",
            "using var http = new System.Net.Http.HttpClient();\nawait System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(http, \"https://contoso.openai.azure.com/openai/v1/chat/completions\", new { model = \"gpt-4o\", messages = new[] { new { role = \"user\", content = \"Write the shift log entry for camera \" + captured.CameraName } } });",
            """
            public sealed class CapturedFrame
            {
                public CapturedFrame() { }

                public CapturedFrame(byte[] jpeg, string cameraName)
                {
                    Jpeg = jpeg;
                    CameraName = cameraName;
                }

                public byte[] Jpeg { get; set; } = [];

                public string CameraName { get; set; } = "";
            }
            """,
            markup: false).RunAsync();

    [Theory]
    [InlineData("positional record", "public sealed record VisionRequest(string Prompt, string Image);", 2)]
    [InlineData("class whose constructor sets its properties", "public sealed class VisionRequest { public VisionRequest(string prompt, string image) { Prompt = prompt; {|#3:Image|} = image; } public string Prompt { get; } public string Image { get; } }", 3)]
    public Task FrameReadBackFromAConstructedObject_IsReported(string shape, string declaration, int locations)
    {
        _ = shape;
        var test = Test(Frame, "var request = {|#2:new VisionRequest(\"Describe the scene.\", Convert.ToBase64String(jpeg))|};\n" + SendImage.Replace("<<IMAGE>>", "request.Image"), declaration);
        var expected = Diag("LEAI001");
        for (var location = 0; location <= locations; location++)
        {
            expected = expected.WithLocation(location);
        }

        test.ExpectedDiagnostics.Add(expected);
        return test.RunAsync();
    }

    private static FlowTest Test(string image, string send, string declaration, bool markup = true)
    {
        var sender = Snippets.InMethod(Snippets.OpenCv, image + send, className: "Sender");
        var test = new FlowTest("police", "US");
        test.TestState.Sources.Add(("/src/Sender.cs", markup ? sender : sender.WithoutMarkup()));
        test.TestState.Sources.Add(("/src/Type.cs", markup ? declaration : declaration.WithoutMarkup()));
        return test;
    }
}
