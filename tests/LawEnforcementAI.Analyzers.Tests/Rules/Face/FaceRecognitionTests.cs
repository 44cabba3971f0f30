using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Face;

/// <summary>
/// LEAI005 (clause F): every Face recognition operation of both SDKs is reported for US police and for law enforcement with
/// no jurisdiction, with the operation, its kind and the context in the message; outside that audience, and for calls
/// that compare no faces, nothing.
/// </summary>
public class FaceRecognitionTests
{
    public static TheoryData<FaceCall> RecognitionCalls() => new(FaceCalls.Recognition());

    public static TheoryData<string, string> NotRecognitionCalls()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, statement) in FaceCalls.NotRecognition())
        {
            data.Add(name, statement);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RecognitionCalls))]
    public Task PoliceInTheUS_EveryOperationIsReported(FaceCall call) =>
        new FaceTest("police", "US")
        {
            TestCode = FaceSources.InMethod(call.Statement),
            ExpectedDiagnostics = { Diag("LEAI005", call.Display, call.Kind, "police (US)").WithLocation(0) },
        }.RunAsync();

    [Theory]
    [MemberData(nameof(RecognitionCalls))]
    public Task LawEnforcementWithNoJurisdiction_EveryOperationIsReported(FaceCall call) =>
        new FaceTest("law-enforcement", jurisdiction: null)
        {
            TestCode = FaceSources.InMethod(call.Statement),
            ExpectedDiagnostics = { Diag("LEAI005", call.Display, call.Kind, "law-enforcement (jurisdiction unset)").WithLocation(0) },
        }.RunAsync();

    [Theory]
    [InlineData("police", "GB")]
    [InlineData("law-enforcement", "DE")]
    [InlineData("body-cam", "US")]
    [InlineData("dash-cam", null)]
    [InlineData("none", "US")]
    [InlineData(null, "US")]
    [InlineData(null, null)]
    public Task OutsideUSPolice_NothingIsReported(string? context, string? jurisdiction) =>
        new FaceTest(context, jurisdiction)
        {
            TestCode = FaceSources.InMethod(string.Join("\n", FaceCalls.Recognition().Select(c => c.Statement))).WithoutMarkup(),
        }.RunAsync();

    [Theory]
    [MemberData(nameof(NotRecognitionCalls))]
    public Task DetectionLivenessAndEmptyContainers_AreNotReported(string name, string statement)
    {
        Assert.False(string.IsNullOrEmpty(name));
        return new FaceTest("police", "US") { TestCode = FaceSources.InMethod(statement) }.RunAsync();
    }

    /// <summary>A user's own method named like a Face operation is not one: matching is by symbol, not by name.</summary>
    [Fact]
    public Task OwnMethodsNamedLikeFaceOperations_AreNotReported() =>
        new FaceTest("police", "US")
        {
            TestCode = """
                using System;
                using System.Collections.Generic;
                using System.Threading.Tasks;

                public class SuspectRegistry
                {
                    public Task<Guid?> IdentifyAsync(IList<Guid> faceIds, string personGroupId) => Task.FromResult<Guid?>(null);
                    public bool VerifyFaceToFace(Guid a, Guid b) => a == b;
                    public void Group(IEnumerable<Guid> faceIds) { }
                }

                public static class RegistryExtensions
                {
                    public static Task<int> AddFaceFromStreamAsync(this SuspectRegistry registry, string id) => Task.FromResult(0);
                }

                public class Desk
                {
                    public async Task RunAsync(SuspectRegistry registry, IList<Guid> faceIds)
                    {
                        await registry.IdentifyAsync(faceIds, "suspects");
                        registry.VerifyFaceToFace(faceIds[0], faceIds[1]);
                        registry.Group(faceIds);
                        await registry.AddFaceFromStreamAsync("suspects");
                    }
                }
                """,
        }.RunAsync();

    /// <summary>A monorepo attributes one folder through .editorconfig: only the calls in it are reported.</summary>
    [Fact]
    public Task EditorConfigSection_AttributesOnlyItsFolder() =>
        new FaceTest(configuration: true)
        {
            TestState =
            {
                Sources =
                {
                    ("/src/Booking/BookingDesk.cs", FaceSources.InMethod("await {|#0:_face.IdentifyFromLargePersonGroupAsync(faceIds, \"suspects\")|};")),
                    ("/src/Lobby/VisitorDesk.cs", FaceSources.InMethod("await _face.IdentifyFromLargePersonGroupAsync(faceIds, \"visitors\");", "VisitorDesk")),
                },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n[/src/Booking/**.cs]\nai_policy_context = police\nai_policy_jurisdiction = US\n") },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI000").WithMessage("AI policy analysis is active for this project: police (US) from .editorconfig/.globalconfig"),
                Diag("LEAI005", "FaceClient.IdentifyFromLargePersonGroupAsync", "identification", "police (US)").WithLocation(0),
            },
        }.RunAsync();

    /// <summary>A folder opts out with <c>none</c> while the project is police: its calls are not reported.</summary>
    [Fact]
    public Task EditorConfigNone_OptsAFolderOutOfAPoliceProject() =>
        new FaceTest("police", "US")
        {
            TestState =
            {
                Sources =
                {
                    ("/src/Booking/BookingDesk.cs", FaceSources.InMethod("await {|#0:_legacy.Face.IdentifyAsync(faceIds, \"suspects\")|};")),
                    ("/src/Training/Demo.cs", FaceSources.InMethod("await _legacy.Face.IdentifyAsync(faceIds, \"demo\");", "Demo")),
                },
                AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n[/src/Training/**.cs]\nai_policy_context = none\n") },
            },
            ExpectedDiagnostics = { Diag("LEAI005", "IFaceOperations.IdentifyAsync", "identification", "police (US)").WithLocation(0) },
        }.RunAsync();

    [Fact]
    public Task AssemblyAttribute_Attributes() =>
        new FaceTest
        {
            TestState =
            {
                Sources =
                {
                    FaceSources.InMethod("{|#0:_face.VerifyFaceToFace(faceId, otherFaceId)|};"),
                    (PackageFiles.AttributePath, PackageFiles.AttributeSource),
                    ("/src/Properties/AssemblyInfo.cs", "[assembly: LawEnforcementAI.AIPolicyContext(\"police\")]"),
                },
            },
            ExpectedDiagnostics = { Diag("LEAI005", "FaceClient.VerifyFaceToFace", "verification", "police (jurisdiction unset)").WithLocation(0) },
        }.RunAsync();

    /// <summary>The static form of a legacy extension method is the same operation.</summary>
    [Fact]
    public Task LegacyExtensionCalledAsAStaticMethod_IsReported() =>
        new FaceTest("police", "US")
        {
            TestCode = FaceSources.InMethod("await {|#0:Legacy.FaceOperationsExtensions.GroupAsync(_legacy.Face, faceIds)|};"),
            ExpectedDiagnostics = { Diag("LEAI005", "IFaceOperations.GroupAsync", "grouping", "police (US)").WithLocation(0) },
        }.RunAsync();

    /// <summary>
    /// A subclass of the client (a decorator, a test double) still calls the service: the call binds to the override, which
    /// is matched through the SDK method it overrides, and the decorator's own call of the base is reported too.
    /// </summary>
    [Fact]
    public Task CallThroughASubclassOfTheClient_IsReported() =>
        new FaceTest("police", "US")
        {
            TestCode = FaceSources.InMethod(
                "var logged = new LoggedFaceClient();\nawait {|#0:logged.IdentifyFromLargePersonGroupAsync(faceIds, \"suspects\")|};")
                + """

                public class LoggedFaceClient : Azure.AI.Vision.Face.FaceClient
                {
                    public override Task<Response<IReadOnlyList<Azure.AI.Vision.Face.FaceIdentificationResult>>> IdentifyFromLargePersonGroupAsync(IEnumerable<Guid> faceIds, string largePersonGroupId, int? maxNumOfCandidatesReturned = null, float? confidenceThreshold = null, CancellationToken cancellationToken = default) =>
                        {|#1:base.IdentifyFromLargePersonGroupAsync(faceIds, largePersonGroupId, maxNumOfCandidatesReturned, confidenceThreshold, cancellationToken)|};
                }
                """,
            ExpectedDiagnostics =
            {
                Diag("LEAI005", "LoggedFaceClient.IdentifyFromLargePersonGroupAsync", "identification", "police (US)").WithLocation(0),
                Diag("LEAI005", "FaceClient.IdentifyFromLargePersonGroupAsync", "identification", "police (US)").WithLocation(1),
            },
        }.RunAsync();

    /// <summary>Every row is an entry of the table (Catalog/CatalogCoverageTests checks the other way: every entry is reached by a row).</summary>
    [Fact]
    public void EveryRowIsATableEntry()
    {
        var table = FaceRecognitionTable.All.Select(o => o.TypeName + "." + o.Member.Name).ToHashSet();
        var rows = FaceCalls.Recognition().Select(c => c.TypeMetadataName + "." + c.MemberName).ToHashSet();

        Assert.Empty(rows.Except(table));
    }

    /// <summary>Each table entry names a type and member that exist in the stand-ins, so a typo in the table cannot hide.</summary>
    [Fact]
    public void EveryTableEntryResolvesInTheStandIns()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "FaceConsumer", references: TestReferences.Platform.AddRange(StandInReferences.WithFace));
        var missing = FaceRecognitionTable.All
            .Where(o => compilation.GetTypeByMetadataName(o.TypeName)?.GetMembers(o.Member.Name).IsEmpty != false)
            .Select(o => o.TypeName + "." + o.Member.Name)
            .ToList();
        Assert.Empty(missing);
    }
    /// <summary>The rule page lists every operation of the table (the new SDK's by its synchronous name, the legacy SDK's by its extension method).</summary>
    [Fact]
    public void RulePageListsEveryTableOperation()
    {
        var page = RepositoryFiles.Read("docs", "rules", "LEAI005.md");
        var names = FaceRecognitionTable.AzureAIVisionFace.Select(o => o.Member.Name.EndsWith("Async", System.StringComparison.Ordinal) ? o.Member.Name[..^"Async".Length] : o.Member.Name)
            .Concat(FaceRecognitionTable.LegacyFace.Select(o => o.Member.Name.Replace("WithHttpMessagesAsync", "Async", System.StringComparison.Ordinal)))
            .Distinct();
        Assert.All(names, name => Assert.Contains("`" + name + "`", page, System.StringComparison.Ordinal));
    }
}
