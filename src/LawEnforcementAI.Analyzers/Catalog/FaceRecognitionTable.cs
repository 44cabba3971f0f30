using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using static LawEnforcementAI.Analyzers.Catalog.FaceOperationKind;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// The Azure AI Face recognition operations LEAI005 reports (policy clause F), by declaring type and member name, so a
/// new operation is a row here and never a new branch in the analyzer. Every overload of a listed name counts, the
/// protocol overloads (<c>RequestContent</c>) included. Detection (<c>Detect</c>, <c>DetectWithStreamAsync</c>, ... even
/// with <c>returnFaceId: true</c>) and liveness sessions are deliberately absent: docs/rules/LEAI005.md says why. Each row
/// names a member of the one release its SDK's stand-in copies (tests/.../Catalog/StandInShapeTests checks them).
/// </summary>
internal static class FaceRecognitionTable
{
    private const string NewNamespace = "Azure.AI.Vision.Face.";
    private const string LegacyNamespace = "Microsoft.Azure.CognitiveServices.Vision.Face.";

    /// <summary>Azure.AI.Vision.Face 1.0.0-beta.2.</summary>
    public static readonly ImmutableArray<FaceRecognitionOperation> AzureAIVisionFace = Rows(
        Both(NewNamespace + "FaceClient", Identification, "IdentifyFromLargePersonGroup"),
        Both(NewNamespace + "FaceClient", Verification, "VerifyFaceToFace", "VerifyFromLargePersonGroup"),
        Both(NewNamespace + "FaceClient", FindSimilar, "FindSimilar", "FindSimilarFromLargeFaceList"),
        Both(NewNamespace + "FaceClient", Grouping, "Group"),
        Both(NewNamespace + "LargePersonGroupClient", Enrolment, "CreatePerson", "AddFace", "Train"),
        Both(NewNamespace + "LargeFaceListClient", Enrolment, "AddFace", "Train"));

    /// <summary>
    /// Microsoft.Azure.CognitiveServices.Vision.Face 2.8.0-preview.3: the extension methods users call
    /// (<c>client.Face.IdentifyAsync(...)</c>) and the interface methods they wrap (<c>...WithHttpMessagesAsync</c>).
    /// </summary>
    public static readonly ImmutableArray<FaceRecognitionOperation> LegacyFace = Rows(
        Legacy("FaceOperations", Identification, "Identify"),
        Legacy("FaceOperations", Verification, "VerifyFaceToFace", "VerifyFaceToPerson"),
        Legacy("FaceOperations", FindSimilar, "FindSimilar"),
        Legacy("FaceOperations", Grouping, "Group"),
        Legacy("PersonGroupPerson", Enrolment, "Create", "AddFaceFromUrl", "AddFaceFromStream"),
        Legacy("PersonGroupOperations", Enrolment, "Train"),
        Legacy("FaceListOperations", Enrolment, "AddFaceFromUrl", "AddFaceFromStream"),
        Legacy("LargePersonGroupPerson", Enrolment, "Create", "AddFaceFromUrl", "AddFaceFromStream"),
        Legacy("LargePersonGroupOperations", Enrolment, "Train"),
        Legacy("LargeFaceListOperations", Enrolment, "Train", "AddFaceFromUrl", "AddFaceFromStream"));

    public static readonly ImmutableArray<FaceRecognitionOperation> All = AzureAIVisionFace.AddRange(LegacyFace);

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(FaceRecognitionTable), faceOperations: All);

    private static ImmutableArray<FaceRecognitionOperation> Rows(params IEnumerable<FaceRecognitionOperation>[] groups) =>
        groups.SelectMany(g => g).ToImmutableArray();

    /// <summary>The synchronous name and its <c>Async</c> twin, as the new SDK declares every operation.</summary>
    private static IEnumerable<FaceRecognitionOperation> Both(string type, FaceOperationKind kind, params string[] names)
    {
        foreach (var name in names)
        {
            yield return new FaceRecognitionOperation(type, name, kind);
            yield return new FaceRecognitionOperation(type, name + "Async", kind);
        }
    }

    /// <summary>
    /// The legacy SDK's operations group <c>I{group}</c> (<c>FaceOperations</c> is <c>IFaceOperations</c>, the person
    /// groups are <c>IPersonGroupPerson</c> without the suffix): <c>{name}Async</c> in its <c>{group}Extensions</c> class
    /// and <c>{name}WithHttpMessagesAsync</c> on the interface.
    /// </summary>
    private static IEnumerable<FaceRecognitionOperation> Legacy(string group, FaceOperationKind kind, params string[] names)
    {
        foreach (var name in names)
        {
            yield return new FaceRecognitionOperation(LegacyNamespace + group + "Extensions", name + "Async", kind);
            yield return new FaceRecognitionOperation(LegacyNamespace + "I" + group, name + "WithHttpMessagesAsync", kind);
        }
    }
}
