using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// Azure AI Face calls that add a face image to a recognition gallery (a large person group's person, a face list), as
/// sinks of the flow whose request is the image: a camera frame reaching one is camera footage enrolled into a face
/// database (LEAI022, EU AI Act art. 5(1)(e)). The same calls are enrolment rows of <see cref="FaceRecognitionTable"/>
/// for LEAI005, which needs no flow. The protocol overloads (<c>RequestContent</c>) and enrolment by URL are not rows:
/// a camera frame reaches them only as uploaded bytes elsewhere.
/// </summary>
internal static class FaceEnrolmentTable
{
    private const string NewNamespace = "Azure.AI.Vision.Face.";
    private const string LegacyNamespace = "Microsoft.Azure.CognitiveServices.Vision.Face.";

    public static readonly ImmutableArray<VisionSink> Sinks = ImmutableArray.Create(
        // Azure.AI.Vision.Face 1.0.0-beta.2
        VisionSink.FaceEnrolment(NewNamespace + "LargePersonGroupClient", "AddFace", "imageContent"),
        VisionSink.FaceEnrolment(NewNamespace + "LargePersonGroupClient", "AddFaceAsync", "imageContent"),
        VisionSink.FaceEnrolment(NewNamespace + "LargeFaceListClient", "AddFace", "imageContent"),
        VisionSink.FaceEnrolment(NewNamespace + "LargeFaceListClient", "AddFaceAsync", "imageContent"),

        // Microsoft.Azure.CognitiveServices.Vision.Face 2.8.0-preview.3: the extension methods users call.
        VisionSink.FaceEnrolment(LegacyNamespace + "PersonGroupPersonExtensions", "AddFaceFromStreamAsync", "image"),
        VisionSink.FaceEnrolment(LegacyNamespace + "FaceListOperationsExtensions", "AddFaceFromStreamAsync", "image"),
        VisionSink.FaceEnrolment(LegacyNamespace + "LargePersonGroupPersonExtensions", "AddFaceFromStreamAsync", "image"),
        VisionSink.FaceEnrolment(LegacyNamespace + "LargeFaceListOperationsExtensions", "AddFaceFromStreamAsync", "image"));

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(FaceEnrolmentTable), sinks: Sinks);
}
