using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Face;

/// <summary>
/// LEAI005 on the overloads of the real releases beyond the rows of <see cref="FaceCalls"/>: the protocol overloads of
/// Azure.AI.Vision.Face 1.0.0-beta.2 (<c>RequestContent</c>) and the Person Directory targets of the legacy
/// 2.8.0-preview.3 <c>IdentifyAsync</c> (<c>dynamicPersonGroupId</c>, <c>personIds</c>).
/// </summary>
public class FaceOverloadTests
{
    private const string Body = "Azure.Core.RequestContent.Create(new { faceIds, largePersonGroupId = \"suspects\" })";

    [Fact]
    public Task ProtocolOverloadOfARecognitionOperation_IsReported() =>
        new FaceTest("police", "US")
        {
            TestCode = FaceSources.InMethod("using (var response = {|#0:_face.IdentifyFromLargePersonGroup(" + Body + ")|}) { }"),
            ExpectedDiagnostics = { Diag("LEAI005", "FaceClient.IdentifyFromLargePersonGroup", "identification", "police (US)").WithLocation(0) },
        }.RunAsync();

    [Fact]
    public Task ProtocolOverloadOfALivenessSession_IsNotReported() =>
        new FaceTest("police", "US")
        {
            TestCode = FaceSources.InMethod("using (var response = await _sessions.CreateLivenessSessionAsync(Azure.Core.RequestContent.Create(new { livenessOperationMode = \"Passive\" }))) { }"),
        }.RunAsync();

    [Theory]
    [InlineData("dynamicPersonGroupId: \"watchlist\"")]
    [InlineData("personIds: new[] { \"*\" }")]
    public Task LegacyIdentifyAgainstThePersonDirectory_IsReported(string target) =>
        new FaceTest("police", "US")
        {
            TestCode = FaceSources.InMethod("await {|#0:_legacy.Face.IdentifyAsync(faceIds, " + target + ")|};"),
            ExpectedDiagnostics = { Diag("LEAI005", "IFaceOperations.IdentifyAsync", "identification", "police (US)").WithLocation(0) },
        }.RunAsync();

    [Fact]
    public Task LegacyDetectionWithTheReleaseDefaultForReturnFaceId_IsNotReported() =>
        new FaceTest("police", "US")
        {
            TestCode = FaceSources.InMethod("using (await _legacy.Face.DetectWithStreamWithHttpMessagesAsync(photo)) { }"),
        }.RunAsync();
}
