using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Microsoft.CodeAnalysis;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>
/// The matrix of docs/policy.md ("When the rules fire"): context × jurisdiction × live/recorded/unknown/mobile camera. US police get LEAI001 for any
/// frame; body-cam and dash-cam get LEAI002 for live frames anywhere; law enforcement outside the US with a fixed
/// camera gets nothing; an unattributed project gets nothing.
/// </summary>
public class PolicyMatrixTests
{
    [Theory]
    [InlineData("police", "US", "live", "LEAI001")]
    [InlineData("police", "US", "recorded", "LEAI001")]
    [InlineData("police", "US", "unknown", "LEAI001")]
    [InlineData("police", null, "live", "LEAI001")]
    [InlineData("police", null, "recorded", "LEAI001")]
    [InlineData("law-enforcement", "US", "recorded", "LEAI001")]
    [InlineData("police", "GB", "live", "")]
    [InlineData("law-enforcement", "DE", "live", "")]
    [InlineData("law-enforcement", "DE", "unknown", "")]
    [InlineData("law-enforcement", "GB", "recorded", "")]
    [InlineData("body-cam", "GB", "live", "LEAI002")]
    [InlineData("body-cam", "GB", "unknown", "LEAI002")]
    [InlineData("body-cam", "GB", "recorded", "")]
    [InlineData("dash-cam", "US", "live", "LEAI002")]
    [InlineData("dash-cam", null, "recorded", "")]
    [InlineData("police, body-cam", "US", "live", "LEAI001 LEAI002")]
    [InlineData("police, body-cam", "US", "recorded", "LEAI001")]
    [InlineData("law-enforcement dash-cam", "FR", "live", "LEAI002")]
    [InlineData("police", "US", "mobile", "LEAI001 LEAI002")]
    [InlineData("law-enforcement", "GB", "mobile", "LEAI002")]
    [InlineData("none", "US", "live", "")]
    [InlineData(null, null, "live", "")]
    [InlineData(null, "US", "mobile", "")]
    public Task Matrix(string? context, string? jurisdiction, string camera, string expectedIds)
    {
        var ids = expectedIds.Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
        var test = new FlowTest(context, jurisdiction) { TestCode = Source(camera) };
        test.ExpectedDiagnostics.AddRange(ids.Select(id =>
            Diag(id, SourceApi(camera), "ChatClient.CompleteChatAsync", Attribution(context!, jurisdiction), "").WithLocation(0).WithLocation(1)));
        return test.RunAsync();
    }

    /// <summary>The camera API the message names for <see cref="Source"/>.</summary>
    private static string SourceApi(string camera) => camera == "mobile" ? "IMediaPicker.CapturePhotoAsync" : "VideoCapture.Read";

    /// <summary>How the message names the attribution: the context values, lower-case and comma-separated, and the jurisdiction.</summary>
    private static string Attribution(string context, string? jurisdiction) =>
        string.Join(", ", context.Split([',', ' '], System.StringSplitOptions.RemoveEmptyEntries))
        + (jurisdiction is null ? " (jurisdiction unset)" : $" ({jurisdiction})");

    internal static string Source(string camera, string className = "Uploader") => camera switch
    {
        "mobile" => Snippets.InMethod("using Microsoft.Maui.Media;", """
            var photo = await {|#1:MediaPicker.Default.CapturePhotoAsync()|};
            var data = await BinaryData.FromStreamAsync(await photo!.OpenReadAsync());
            """ + Snippets.SendData, className: className),
        _ => Snippets.InMethod(Snippets.OpenCv, $$"""
            using var capture = new VideoCapture({{camera switch { "live" => "0", "recorded" => "\"evidence/clip-0412.mp4\"", _ => "path" }}});
            var frame = new Mat();
            {|#1:capture.Read(frame)|};
            byte[] bytes = frame.ToBytes(".jpg");
            """ + Snippets.SendBytes, className: className),
    };

    [Fact]
    public Task MessageNamesContextAndJurisdiction() =>
        new FlowTest("body-cam", null)
        {
            TestCode = Source("live"),
            ExpectedDiagnostics =
            {
                Diag("LEAI002").WithLocation(0).WithLocation(1)
                    .WithMessage("Live camera frame from 'VideoCapture.Read' reaches Azure OpenAI vision call 'ChatClient.CompleteChatAsync' in a project attributed as body-cam (jurisdiction unset); real-time facial recognition on law-enforcement mobile cameras is prohibited worldwide"),
            },
        }.RunAsync();

    [Fact]
    public Task SeverityIsConfigurableThroughEditorConfig() =>
        new FlowTest("police", "US")
        {
            TestState =
            {
                Sources = { Source("live") },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.LEAI001.severity = error\n") },
            },
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1).WithSeverity(DiagnosticSeverity.Error) },
        }.RunAsync();

    [Fact]
    public Task GeneratedCodeIsAnalysedAndReported() =>
        new FlowTest("police", "US")
        {
            TestCode = "// <auto-generated/>\n" + Source("live"),
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    /// <remarks>Direct analysis: the point is that repeated runs agree with each other, whatever they report.</remarks>
    [Fact]
    public async Task SameDiagnosticsOnEveryRun()
    {
        static DirectAnalysis Build() => DirectAnalysis.Flow("police, body-cam", "US")
            .WithSource(Source("live").WithoutMarkup()).WithSource(Source("recorded", "ArchiveUploader").WithoutMarkup());

        var first = await Build().RunAsync();
        for (var run = 0; run < 5; run++)
        {
            var again = await Build().RunAsync();
            Assert.Equal(first.Select(Describe), again.Select(Describe));
        }

        // LEAI001 and LEAI002 for the live frame, LEAI001 for the recording.
        Assert.Equal(["LEAI001", "LEAI002", "LEAI001"], first.Select(d => d.Id));
    }

    private static string Describe(Diagnostic d) =>
        $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} {string.Join(",", d.AdditionalLocations.Select(l => l.GetLineSpan().ToString()))}";
}
