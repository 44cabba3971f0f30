using System.Collections.Immutable;
using static LawEnforcementAI.Analyzers.Catalog.FaceOperationKind;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// Amazon Rekognition's face comparison and search (AWSSDK.Rekognition 4.x, the public <c>...Async</c> operations of
/// its .NET build), which the AWS Service Terms keep from police in criminal investigations (LEAI011). Face detection
/// (<c>DetectFacesAsync</c>) is deliberately absent: it finds faces, it compares none. The client and the interface a
/// container hands out are both rows, so a call through either matches.
/// </summary>
internal static class RekognitionTable
{
    private const string Client = "Amazon.Rekognition.AmazonRekognitionClient";
    private const string Interface = "Amazon.Rekognition.IAmazonRekognition";

    public static readonly ImmutableArray<FaceRecognitionOperation> Operations = ImmutableArray.Create(
        new FaceRecognitionOperation(Client, "CompareFacesAsync", Verification, ProviderFacts.Aws),
        new FaceRecognitionOperation(Client, "SearchFacesByImageAsync", Identification, ProviderFacts.Aws),
        new FaceRecognitionOperation(Client, "SearchFacesAsync", Identification, ProviderFacts.Aws),
        new FaceRecognitionOperation(Interface, "CompareFacesAsync", Verification, ProviderFacts.Aws),
        new FaceRecognitionOperation(Interface, "SearchFacesByImageAsync", Identification, ProviderFacts.Aws),
        new FaceRecognitionOperation(Interface, "SearchFacesAsync", Identification, ProviderFacts.Aws));

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(RekognitionTable), faceOperations: Operations);
}
