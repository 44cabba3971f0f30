using System.Collections.Generic;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Laws;

/// <summary>
/// LEAI022 (EU AI Act art. 5(1)(e)): a camera frame, live or recorded, reaches an Azure AI Face call that adds a face to
/// a recognition gallery (both Face SDKs' stand-ins), in code attributed to an EU member state. Close negatives: a photo
/// file the code ships, an image of unknown origin, a jurisdiction outside the EU, an unattributed project.
/// </summary>
public class FaceEnrolmentTests
{
    /// <summary>Each enrolment call of <c>FaceEnrolmentTable</c>, sent the frame's <c>bytes</c>.</summary>
    public static IEnumerable<object[]> Enrolments() => new[]
    {
        Case("LargePersonGroupClient.AddFaceAsync", "await {|#0:_admin.GetLargePersonGroupClient(\"suspects\").AddFaceAsync(personId, BinaryData.FromBytes(bytes))|};"),
        Case("LargePersonGroupClient.AddFace", "{|#0:_admin.GetLargePersonGroupClient(\"suspects\").AddFace(personId, BinaryData.FromBytes(bytes))|};"),
        Case("LargeFaceListClient.AddFaceAsync", "await {|#0:_admin.GetLargeFaceListClient(\"watchlist\").AddFaceAsync(BinaryData.FromBytes(bytes))|};"),
        Case("LargeFaceListClient.AddFace", "{|#0:_admin.GetLargeFaceListClient(\"watchlist\").AddFace(BinaryData.FromBytes(bytes))|};"),
        Case("legacy PersonGroupPerson.AddFaceFromStreamAsync", "using var stream = new MemoryStream(bytes);\nawait {|#0:_legacy.PersonGroupPerson.AddFaceFromStreamAsync(\"suspects\", personId, stream)|};"),
        Case("legacy FaceList.AddFaceFromStreamAsync", "using var stream = new MemoryStream(bytes);\nawait {|#0:_legacy.FaceList.AddFaceFromStreamAsync(\"watchlist\", stream)|};"),
        Case("legacy LargePersonGroupPerson.AddFaceFromStreamAsync", "using var stream = new MemoryStream(bytes);\nawait {|#0:_legacy.LargePersonGroupPerson.AddFaceFromStreamAsync(\"suspects\", personId, stream)|};"),
        Case("legacy LargeFaceList.AddFaceFromStreamAsync", "using var stream = new MemoryStream(bytes);\nawait {|#0:_legacy.LargeFaceList.AddFaceFromStreamAsync(\"watchlist\", stream)|};"),
    };

    [Theory]
    [MemberData(nameof(Enrolments))]
    public Task CctvFrameEnrolledInGermany_IsReported(string name, string enrol)
    {
        _ = name;
        return Test("police", "DE", Source("\"rtsp://10.0.0.12/stream1\"", enrol), Diag("LEAI022").WithLocation(0).WithLocation(1));
    }

    /// <summary>Recorded footage too, in any attributed context: the prohibition binds everyone, not only the police.</summary>
    [Fact]
    public Task RecordedFootageEnrolledByAnyAttributedProjectInFrance_IsReported() =>
        Test("dash-cam", "FR", Source("\"footage/2026-12-01.mp4\"", Enrol),
            Diag("LEAI022").WithLocation(0).WithLocation(1).WithMessage(
                "Camera frame from 'VideoCapture.Read' is enrolled into a face-recognition gallery by 'LargePersonGroupClient.AddFaceAsync', in a project attributed as dash-cam (FR); "
                + "the EU AI Act (Regulation (EU) 2024/1689) art. 5(1)(e), " + LawSources.Eu + ", wording checked 2026-12-05, prohibits creating or expanding facial recognition databases "
                + "through the untargeted scraping of facial images from the internet or CCTV footage: enrol only faces collected for a targeted, lawful purpose"));

    [Theory]
    [InlineData("police", "US")]
    [InlineData("police", "GB")]
    [InlineData(null, "DE")]
    public Task OutsideTheEuOrUnattributed_NothingIsReported(string? context, string jurisdiction) =>
        Test(context, jurisdiction, Source("0", Enrol).WithoutMarkup());

    /// <summary>A photo the project ships, and a photo of unknown origin, are not camera footage.</summary>
    [Theory]
    [InlineData("BinaryData.FromBytes(File.ReadAllBytes(\"enrolment/0412-consented.jpg\"))")]
    [InlineData("BinaryData.FromBytes(File.ReadAllBytes(path))")]
    public Task NotCameraFootage_NothingIsReported(string image) =>
        Test("police", "DE", Source("0", $"await _admin.GetLargePersonGroupClient(\"staff\").AddFaceAsync(personId, {image});").WithoutMarkup());

    private const string Enrol = "await {|#0:_admin.GetLargePersonGroupClient(\"suspects\").AddFaceAsync(personId, BinaryData.FromBytes(bytes))|};";

    /// <summary>A frame from <c>new VideoCapture(camera)</c> (location #1) in a class with both Face SDKs' clients.</summary>
    internal static string Source(string camera, string enrol) => $$"""
        using System;
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using Azure;
        using Microsoft.Azure.CognitiveServices.Vision.Face;
        using OpenCvSharp;
        using Face = Azure.AI.Vision.Face;
        using Legacy = Microsoft.Azure.CognitiveServices.Vision.Face;

        public class Enrolment
        {
            private readonly Face.FaceAdministrationClient _admin = new Face.FaceAdministrationClient(new Uri("https://contoso.cognitiveservices.azure.com/"), new AzureKeyCredential("key"));
            private readonly Legacy.IFaceClient _legacy = new Legacy.FaceClient(new Legacy.ApiKeyServiceClientCredentials("key")) { Endpoint = "https://contoso.cognitiveservices.azure.com/" };

            public async Task RunAsync(Guid personId, string path, CancellationToken ct)
            {
                using var capture = new VideoCapture({{camera}});
                var frame = new Mat();
                {|#1:capture.Read(frame)|};
                byte[] bytes = frame.ToBytes(".jpg");
                {{enrol}}
            }
        }
        """;

    private static Task Test(string? context, string jurisdiction, string source, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        var test = new LeaiAnalyzerTest(StandInReferences.WithFace, new CameraFrameFlowAnalyzer(), new WholeProgramFlowAnalyzer()) { TestCode = source };
        test.SetMSBuildProperties(context, jurisdiction);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static object[] Case(string name, string enrol) => new object[] { name, enrol };
}
