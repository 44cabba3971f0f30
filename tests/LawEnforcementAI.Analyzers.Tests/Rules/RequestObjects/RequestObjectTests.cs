using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.RequestObjects;

/// <summary>
/// A typed request object of the team's own, declared in its own file, built from a camera frame and posted as JSON: the
/// way most teams write a REST client. The object carries what its constructor stores (a positional record's parameters,
/// a constructor's assignments, a primary constructor's parameters), so posting it, serialising it or copying it with
/// <c>with</c> sends the frame exactly as an anonymous object would. Each positive has close negatives: the same object
/// built from a static logo, and the same frame posted to the agency's records system.
/// </summary>
public class RequestObjectTests
{
    public static IEnumerable<object[]> Rows() =>
        from shape in RequestObjectCase.Shapes
        from use in RequestObjectCase.Uses
        where shape.Key.Contains("record") || !use.Key.Contains("with")
        select new object[] { new RequestObjectCase(shape.Key, shape.Value, use.Key, use.Value) };

    [Theory]
    [MemberData(nameof(Rows))]
    public Task FrameInATypedRequest_PostedToAzure_IsReported(RequestObjectCase row)
    {
        var test = row.Test(RequestObjectCase.LiveFrame, RequestObjectCase.AzureUrl);
        var expected = Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2);
        for (var hop = 0; hop < row.HopsInTheType; hop++)
        {
            expected = expected.WithLocation(3 + hop);
        }

        test.ExpectedDiagnostics.Add(expected);
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public Task LogoInATypedRequest_PostedToAzure_IsNotReported(RequestObjectCase row) =>
        row.Test(RequestObjectCase.Logo, RequestObjectCase.AzureUrl, markup: false).RunAsync();

    [Theory]
    [MemberData(nameof(Rows))]
    public Task FrameInATypedRequest_PostedToTheRecordsSystem_IsNotReported(RequestObjectCase row) =>
        row.Test(RequestObjectCase.LiveFrame, RequestObjectCase.RecordsUrl, markup: false).RunAsync();

    /// <summary>
    /// One object of the type holds the frame and goes to the records system, another holds the logo and goes to the
    /// model: each object carries what its own constructor call stored, not what any object of its type ever held.
    /// </summary>
    [Theory]
    [MemberData(nameof(ShapeRows))]
    public Task TwoObjectsOfOneType_OnlyTheLogosGoesToAzure_IsNotReported(string shape)
    {
        var test = new FlowTest("police", "US");
        test.TestState.Sources.Add(("/src/Sender.cs", RequestObjectCase.SenderFile(RequestObjectCase.LiveFrame + RequestObjectCase.LogoToo, """
            var evidence = new VisionRequest("Case 4711, body-cam", image);
            await http.PostAsJsonAsync("https://records.agency.example/upload", evidence);
            var badge = new VisionRequest("Describe the badge.", logoImage);
            await http.PostAsJsonAsync("https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21", badge);
            """).WithoutMarkup()));
        test.TestState.Sources.Add(("/src/VisionRequest.cs", RequestObjectCase.Shapes[shape].WithoutMarkup()));
        return test.RunAsync();
    }

    /// <summary>A <c>with</c> copy of a request that held the logo, given the frame by its initializer.</summary>
    [Fact]
    public Task WithCopyGivenTheFrame_IsReported()
    {
        var test = new FlowTest("police", "US");
        test.TestState.Sources.Add(("/src/Sender.cs", RequestObjectCase.SenderFile(RequestObjectCase.LiveFrame + RequestObjectCase.LogoToo, """
            var template = new VisionRequest("Describe the scene.", logoImage);
            var request = template with { Image = image };
            await {|#0:http.PostAsJsonAsync(<<URL>>, request)|};
            """.Replace("<<URL>>", RequestObjectCase.AzureUrl))));
        test.TestState.Sources.Add(("/src/VisionRequest.cs", RequestObjectCase.Shapes["positional record"]));
        test.ExpectedDiagnostics.Add(Diag("LEAI001").WithLocation(0).WithLocation(1));
        return test.RunAsync();
    }

    /// <summary>A chat-completions body as nested request types, the frame in the innermost one.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task NestedRequestTypes_CarryTheFrameOnlyWhenTheyHoldOne(bool frame)
    {
        var sender = RequestObjectCase.SenderFile(frame ? RequestObjectCase.LiveFrame : RequestObjectCase.Logo, """
            var body = {|#5:new ChatRequest("gpt-4o", new[] { {|#4:new ChatMessage("user", new[] { new ContentPart("text", "Describe the scene.", null), {|#3:new ContentPart("image_url", null, {|#2:new ImageUrl(image)|})|} })|} })|};
            await {|#0:http.PostAsJsonAsync(<<URL>>, body)|};
            """.Replace("<<URL>>", RequestObjectCase.AzureUrl));
        var test = new FlowTest("police", "US");
        test.TestState.Sources.Add(("/src/Sender.cs", frame ? sender : sender.WithoutMarkup()));
        test.TestState.Sources.Add(("/src/ChatRequest.cs", """
            using System.Collections.Generic;

            public sealed record ChatRequest(string Model, IReadOnlyList<ChatMessage> Messages);

            public sealed record ChatMessage(string Role, IReadOnlyList<ContentPart> Content);

            public sealed record ContentPart(string Type, string? Text, ImageUrl? ImageUrl);

            public sealed record ImageUrl(string Url);
            """));
        if (frame)
        {
            test.ExpectedDiagnostics.Add(Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2).WithLocation(3).WithLocation(4).WithLocation(5));
        }

        return test.RunAsync();
    }

    /// <summary>
    /// The object is built where the frame is captured and posted by another class's method that takes it as a parameter:
    /// only the callers of that method show the frame, so builds report it (LEAI101), and the logo's object is silent.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task ObjectPassedToAnotherClassThatPostsIt_IsReportedByBuilds(bool frame)
    {
        var capture = RequestObjectCase.SenderFile(frame ? RequestObjectCase.LiveFrame : RequestObjectCase.Logo, """
            await {|#2:new VisionPoster().PostAsync({|#3:new VisionRequest("Describe the scene.", image)|})|};
            """).Replace("public class Sender", "public class Patrol");
        var poster = """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            public sealed class VisionPoster
            {
                private readonly HttpClient _http = new();

                public async Task PostAsync(VisionRequest request) =>
                    await {|#0:_http.PostAsJsonAsync("https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21", request)|};
            }
            """;
        var test = new FlowTest("police", "US");
        test.TestState.Sources.Add(("/src/Patrol.cs", frame ? capture : capture.WithoutMarkup()));
        test.TestState.Sources.Add(("/src/VisionPoster.cs", frame ? poster : poster.WithoutMarkup()));
        test.TestState.Sources.Add(("/src/VisionRequest.cs", RequestObjectCase.Shapes["class whose constructor sets its properties"]));
        if (frame)
        {
            test.ExpectedDiagnostics.Add(Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(3).WithLocation(2));
        }

        return test.RunAsync();
    }

    public static IEnumerable<object[]> ShapeRows() => RequestObjectCase.Shapes.Keys.Select(k => new object[] { k });
}
