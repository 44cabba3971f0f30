using System.Collections.Generic;
using LawEnforcementAI.Analyzers.Tests.Testing;

namespace LawEnforcementAI.Analyzers.Tests.Rules.RequestObjects;

/// <summary>
/// One way of declaring the request type (its own file, as teams keep them) and one way of sending an object of it.
/// Markup in the sending file: <c>{|#0:…|}</c> the request, <c>{|#1:…|}</c> the camera source, <c>{|#2:…|}</c> the
/// construction of the object that carries the frame; in the type's file, <c>{|#3:…|}</c> on, the hops inside it.
/// </summary>
public sealed class RequestObjectCase
{
    public const string AzureUrl = "\"https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21\"";

    public const string RecordsUrl = "\"https://records.agency.example/upload\"";

    /// <summary>A live webcam frame as a data URI in <c>image</c>; the Read call is #1.</summary>
    public const string LiveFrame = """
        using var capture = new VideoCapture(0);
        using var frame = new Mat();
        {|#1:capture.Read(frame)|};
        var image = "data:image/jpeg;base64," + Convert.ToBase64String(frame.ToBytes(".jpg"));

        """;

    /// <summary>The agency's logo as a data URI in <c>image</c>: a static asset.</summary>
    public const string Logo = """
        var image = "data:image/png;base64," + Convert.ToBase64String(File.ReadAllBytes("assets/logo.png"));

        """;

    /// <summary>The logo next to a frame, as <c>logoImage</c>.</summary>
    public const string LogoToo = """
        var logoImage = "data:image/png;base64," + Convert.ToBase64String(File.ReadAllBytes("assets/logo.png"));

        """;

    /// <summary>The request type, each a way C# stores constructor arguments in the object.</summary>
    public static readonly IReadOnlyDictionary<string, string> Shapes = new Dictionary<string, string>
    {
        ["positional record"] = "public sealed record VisionRequest(string Prompt, string Image);",
        ["positional record struct"] = "public readonly record struct VisionRequest(string Prompt, string Image);",
        ["class whose constructor sets its properties"] = """
            public sealed class VisionRequest
            {
                public VisionRequest(string prompt, string image)
                {
                    Prompt = prompt;
                    Image = image;
                }

                public string Prompt { get; }

                public string Image { get; init; }
            }
            """,
        ["class whose constructor sets fields, chained from a shorter one"] = """
            public sealed class VisionRequest
            {
                private readonly string _model;
                private readonly string _image;

                public VisionRequest(string prompt, string image) {|#3:: this("gpt-4o", prompt, image)|} { }

                public VisionRequest(string model, string prompt, string image)
                {
                    _model = model;
                    this.Prompt = prompt;
                    _image = image;
                }

                public string Model => _model;

                public string Prompt { get; }

                public string Image { get => _image; init => _image = value; }
            }
            """,
        ["class with a primary constructor"] = """
            public sealed class VisionRequest(string prompt, string image)
            {
                public string Prompt { get; } = prompt;

                public string Image { get; init; } = image;
            }
            """,
    };

    /// <summary>How the sending code uses an object of the type; <c>&lt;&lt;URL&gt;&gt;</c> is where it posts.</summary>
    public static readonly IReadOnlyDictionary<string, string> Uses = new Dictionary<string, string>
    {
        ["PostAsJsonAsync"] = """
            await {|#0:http.PostAsJsonAsync(<<URL>>, {|#2:new VisionRequest("Describe the scene.", image)|})|};
            """,
        ["System.Text.Json into a StringContent"] = """
            var json = System.Text.Json.JsonSerializer.Serialize({|#2:new VisionRequest("Describe the scene.", image)|});
            using var body = new StringContent(json, Encoding.UTF8, "application/json");
            await {|#0:http.PostAsync(<<URL>>, body)|};
            """,
        ["Newtonsoft into a StringContent"] = """
            var request = {|#2:new VisionRequest("Describe the scene.", image)|};
            using var body = new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(request), Encoding.UTF8, "application/json");
            await {|#0:http.PostAsync(<<URL>>, body)|};
            """,
        ["with copy (records), through JsonContent"] = """
            var template = {|#2:new VisionRequest("Describe the scene.", image)|};
            var request = template with { Prompt = "List what the officer should check." };
            await {|#0:http.PostAsync(<<URL>>, JsonContent.Create(request))|};
            """,
    };

    public RequestObjectCase(string shape, string declaration, string use, string send)
    {
        Shape = shape;
        Declaration = declaration;
        Use = use;
        Send = send;
    }

    public string Shape { get; }

    public string Declaration { get; }

    public string Use { get; }

    public string Send { get; }

    /// <summary>Hops inside the type's own file (a chained constructor), marked from <c>{|#3:…|}</c> on.</summary>
    public int HopsInTheType => System.Text.RegularExpressions.Regex.Matches(Declaration, @"\{\|#\d+:").Count;

    /// <summary>The sender (<paramref name="image"/>, then this case's use posting to <paramref name="url"/>) and the type's file.</summary>
    public FlowTest Test(string image, string url, bool markup = true)
    {
        var sender = SenderFile(image, Send.Replace("<<URL>>", url));
        var test = new FlowTest("police", "US");
        test.TestState.Sources.Add(("/src/Sender.cs", markup ? sender : sender.WithoutMarkup()));
        test.TestState.Sources.Add(("/src/VisionRequest.cs", markup ? Declaration : Declaration.WithoutMarkup()));
        return test;
    }

    public static string SenderFile(string image, string send) => $$"""
        using System;
        using System.IO;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text;
        using System.Threading.Tasks;
        using OpenCvSharp;

        public class Sender
        {
            public async Task RunAsync()
            {
                using var http = new HttpClient();
                {{image}}
                {{send}}
            }
        }
        """;

    public override string ToString() => Shape + ", " + Use;
}
