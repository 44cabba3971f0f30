using System.Collections.Generic;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Providers;

/// <summary>
/// LEAI011: Amazon Rekognition's face comparison and face search (AWSSDK.Rekognition stand-in) in police or
/// law-enforcement code, any jurisdiction, cite AWS's moratorium; face detection, and code that is not law
/// enforcement's, get nothing.
/// </summary>
public class RekognitionTests
{
    internal static string InMethod(string body) => $$"""
        using System.IO;
        using System.Threading.Tasks;
        using Amazon.Rekognition;
        using Amazon.Rekognition.Model;

        public class SuspectMatcher
        {
            private readonly AmazonRekognitionClient _client = new AmazonRekognitionClient();
            private readonly IAmazonRekognition _service = new AmazonRekognitionClient("key", "secret");

            public async Task RunAsync(byte[] probe, byte[] mugshot, string faceId)
            {
                var probeImage = new Image { Bytes = new MemoryStream(probe) };
                var mugshotImage = new Image { Bytes = new MemoryStream(mugshot) };
                {{body}}
            }
        }
        """;

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Leai011(string operation, string kind, string context) =>
        Diag(
            "LEAI011",
            operation,
            kind,
            context,
            PolicyPacks.AwsRekognitionServiceTerms.Clause(ClauseKind.PoliceFaceComparison).Quote,
            PolicyPacks.AwsRekognitionServiceTerms.Cite(ClauseKind.PoliceFaceComparison));

    public static IEnumerable<object[]> Comparisons() => new[]
    {
        new object[] { "await {|#0:_client.CompareFacesAsync(new CompareFacesRequest { SourceImage = probeImage, TargetImage = mugshotImage, SimilarityThreshold = 90 })|};", "AmazonRekognitionClient.CompareFacesAsync", "face comparison" },
        new object[] { "await {|#0:_client.SearchFacesByImageAsync(new SearchFacesByImageRequest { CollectionId = \"suspects\", Image = probeImage })|};", "AmazonRekognitionClient.SearchFacesByImageAsync", "face search" },
        new object[] { "await {|#0:_client.SearchFacesAsync(new SearchFacesRequest { CollectionId = \"suspects\", FaceId = faceId })|};", "AmazonRekognitionClient.SearchFacesAsync", "face search" },
        new object[] { "await {|#0:_service.CompareFacesAsync(new CompareFacesRequest { SourceImage = probeImage, TargetImage = mugshotImage })|};", "IAmazonRekognition.CompareFacesAsync", "face comparison" },
        new object[] { "await {|#0:_service.SearchFacesByImageAsync(new SearchFacesByImageRequest { CollectionId = \"suspects\", Image = probeImage })|};", "IAmazonRekognition.SearchFacesByImageAsync", "face search" },
        new object[] { "await {|#0:_service.SearchFacesAsync(new SearchFacesRequest { CollectionId = \"suspects\", FaceId = faceId })|};", "IAmazonRekognition.SearchFacesAsync", "face search" },
    };

    [Theory]
    [MemberData(nameof(Comparisons))]
    public Task FaceComparisonInPoliceCode_CitesTheMoratorium(string body, string operation, string kind) =>
        new FaceTest("police", "US")
        {
            TestCode = InMethod(body),
            ExpectedDiagnostics = { Leai011(operation, kind, "police (US)").WithLocation(0) },
        }.RunAsync();

    /// <summary>AWS's terms bind police anywhere, unlike LEAI005's US-only clause.</summary>
    [Fact]
    public Task LawEnforcementOutsideTheUS_Reported() =>
        new FaceTest("law-enforcement", "GB")
        {
            TestCode = InMethod("await {|#0:_client.CompareFacesAsync(new CompareFacesRequest { SourceImage = probeImage, TargetImage = mugshotImage })|};"),
            ExpectedDiagnostics = { Leai011("AmazonRekognitionClient.CompareFacesAsync", "face comparison", "law-enforcement (GB)").WithLocation(0) },
        }.RunAsync();

    [Fact]
    public Task FaceDetection_NotReported() =>
        new FaceTest("police", "US")
        {
            TestCode = InMethod("await _client.DetectFacesAsync(new DetectFacesRequest { Image = probeImage });"),
        }.RunAsync();

    /// <summary>The clause names police departments: body-cam code that does not say police is not attributed to one.</summary>
    [Fact]
    public Task BodyCamOnlyCode_NotReported() =>
        new FaceTest("body-cam", null)
        {
            TestCode = InMethod("await _client.CompareFacesAsync(new CompareFacesRequest { SourceImage = probeImage, TargetImage = mugshotImage });"),
        }.RunAsync();

    [Fact]
    public Task UnattributedCode_NotReported() =>
        new FaceTest()
        {
            TestCode = InMethod("await _service.SearchFacesByImageAsync(new SearchFacesByImageRequest { CollectionId = \"suspects\", Image = probeImage });"),
        }.RunAsync();
}
