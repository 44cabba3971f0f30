using System.Collections.Generic;
using System.Linq;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Face;

/// <summary>
/// The rows: a call of every Face recognition operation of both SDKs, written as a user writes it, and the calls that
/// must stay silent (detection, with and without face IDs, liveness sessions, creating or deleting an empty container).
/// </summary>
internal static class FaceCalls
{
    private const string New = "Azure.AI.Vision.Face.";
    private const string Old = "Microsoft.Azure.CognitiveServices.Vision.Face.";
    private const string BookingPhotoUrl = "\"https://evidence.contoso.example/booking/0417.jpg\"";

    /// <summary>Each recognition operation, synchronous and asynchronous, on the receiver a user has for it.</summary>
    public static IEnumerable<FaceCall> Recognition() =>
        AzureAIVisionFace().Concat(LegacyExtensionMethods()).Concat(LegacyInterfaceMethods());

    private static IEnumerable<FaceCall> AzureAIVisionFace()
    {
        (string Member, string Kind, string Arguments)[] faceClient =
        [
            ("IdentifyFromLargePersonGroup", "identification", "faceIds, \"suspects\""),
            ("VerifyFaceToFace", "verification", "faceId, otherFaceId"),
            ("VerifyFromLargePersonGroup", "verification", "faceId, \"suspects\", personId"),
            ("FindSimilar", "find-similar", "faceId, faceIds"),
            ("FindSimilarFromLargeFaceList", "find-similar", "faceId, \"mugshots\""),
            ("Group", "grouping", "faceIds"),
        ];
        foreach (var (member, kind, arguments) in faceClient)
        {
            foreach (var call in SyncAndAsync(New + "FaceClient", "FaceClient", "_face", member, kind, arguments))
            {
                yield return call;
            }
        }

        (string Type, string Receiver, string Member, string Arguments)[] enrolment =
        [
            ("LargePersonGroupClient", "_admin.GetLargePersonGroupClient(\"suspects\")", "CreatePerson", "\"Jane Doe\""),
            ("LargePersonGroupClient", "_admin.GetLargePersonGroupClient(\"suspects\")", "AddFace", "personId, image"),
            ("LargePersonGroupClient", "_admin.GetLargePersonGroupClient(\"suspects\")", "Train", "WaitUntil.Completed"),
            ("LargeFaceListClient", "_admin.GetLargeFaceListClient(\"mugshots\")", "AddFace", "photoUrl"),
            ("LargeFaceListClient", "_admin.GetLargeFaceListClient(\"mugshots\")", "Train", "WaitUntil.Started"),
        ];
        foreach (var (type, receiver, member, arguments) in enrolment)
        {
            foreach (var call in SyncAndAsync(New + type, type, receiver, member, "enrolment into a recognition gallery", arguments))
            {
                yield return call;
            }
        }
    }

    private static IEnumerable<FaceCall> SyncAndAsync(string type, string shortType, string receiver, string member, string kind, string arguments)
    {
        yield return new FaceCall(type, member, shortType + "." + member, kind, $"{{|#0:{receiver}.{member}({arguments})|}};");
        yield return new FaceCall(type, member + "Async", shortType + "." + member + "Async", kind, $"await {{|#0:{receiver}.{member}Async({arguments})|}};");
    }

    /// <summary>The legacy SDK's operations: group, the <c>IFaceClient</c> property that hands it out, operation, kind, arguments.</summary>
    private static readonly (string Group, string Property, string Operation, string Kind, string Arguments)[] LegacyOperations =
    [
        ("FaceOperations", "Face", "Identify", "identification", "faceIds, \"suspects\""),
        ("FaceOperations", "Face", "VerifyFaceToFace", "verification", "faceId, otherFaceId"),
        ("FaceOperations", "Face", "VerifyFaceToPerson", "verification", "faceId, personId, \"suspects\""),
        ("FaceOperations", "Face", "FindSimilar", "find-similar", "faceId, \"mugshots\""),
        ("FaceOperations", "Face", "Group", "grouping", "faceIds"),
        ("PersonGroupPerson", "PersonGroupPerson", "Create", "enrolment into a recognition gallery", "\"suspects\", \"Jane Doe\""),
        ("PersonGroupPerson", "PersonGroupPerson", "AddFaceFromUrl", "enrolment into a recognition gallery", "\"suspects\", personId, " + BookingPhotoUrl),
        ("PersonGroupPerson", "PersonGroupPerson", "AddFaceFromStream", "enrolment into a recognition gallery", "\"suspects\", personId, photo"),
        ("PersonGroupOperations", "PersonGroup", "Train", "enrolment into a recognition gallery", "\"suspects\""),
        ("FaceListOperations", "FaceList", "AddFaceFromUrl", "enrolment into a recognition gallery", "\"mugshots\", " + BookingPhotoUrl),
        ("FaceListOperations", "FaceList", "AddFaceFromStream", "enrolment into a recognition gallery", "\"mugshots\", photo"),
        ("LargePersonGroupPerson", "LargePersonGroupPerson", "Create", "enrolment into a recognition gallery", "\"suspects\", \"Jane Doe\""),
        ("LargePersonGroupPerson", "LargePersonGroupPerson", "AddFaceFromUrl", "enrolment into a recognition gallery", "\"suspects\", personId, " + BookingPhotoUrl),
        ("LargePersonGroupPerson", "LargePersonGroupPerson", "AddFaceFromStream", "enrolment into a recognition gallery", "\"suspects\", personId, photo"),
        ("LargePersonGroupOperations", "LargePersonGroup", "Train", "enrolment into a recognition gallery", "\"suspects\""),
        ("LargeFaceListOperations", "LargeFaceList", "Train", "enrolment into a recognition gallery", "\"mugshots\""),
        ("LargeFaceListOperations", "LargeFaceList", "AddFaceFromUrl", "enrolment into a recognition gallery", "\"mugshots\", " + BookingPhotoUrl),
        ("LargeFaceListOperations", "LargeFaceList", "AddFaceFromStream", "enrolment into a recognition gallery", "\"mugshots\", photo"),
    ];

    /// <summary><c>_legacy.Face.IdentifyAsync(...)</c>: the extension methods, as the SDK's samples call them.</summary>
    private static IEnumerable<FaceCall> LegacyExtensionMethods() =>
        LegacyOperations.Select(o => new FaceCall(
            Old + o.Group + "Extensions", o.Operation + "Async", "I" + o.Group + "." + o.Operation + "Async", o.Kind,
            $"await {{|#0:_legacy.{o.Property}.{o.Operation}Async({o.Arguments})|}};"));

    /// <summary><c>_legacy.Face.IdentifyWithHttpMessagesAsync(...)</c>: the interface methods the extensions wrap.</summary>
    private static IEnumerable<FaceCall> LegacyInterfaceMethods() =>
        LegacyOperations.Select(o => new FaceCall(
            Old + "I" + o.Group, o.Operation + "WithHttpMessagesAsync", "I" + o.Group + "." + o.Operation + "WithHttpMessagesAsync", o.Kind,
            $"using (await {{|#0:_legacy.{o.Property}.{o.Operation}WithHttpMessagesAsync({o.Arguments})|}}) {{ }}"));

    /// <summary>Calls LEAI005 must not report in any project: no face is compared with another.</summary>
    public static IEnumerable<(string Name, string Statement)> NotRecognition() =>
    [
        ("Detect, BinaryData, returnFaceId: false", "_face.Detect(image, Face.FaceDetectionModel.Detection03, Face.FaceRecognitionModel.Recognition04, returnFaceId: false);"),
        ("Detect, BinaryData, returnFaceId: true", "_face.Detect(image, Face.FaceDetectionModel.Detection03, Face.FaceRecognitionModel.Recognition04, returnFaceId: true);"),
        ("DetectAsync, Uri, returnFaceId: true", "await _face.DetectAsync(photoUrl, Face.FaceDetectionModel.Detection03, Face.FaceRecognitionModel.Recognition04, returnFaceId: true);"),
        ("legacy DetectWithStreamAsync, returnFaceId: true", "await _legacy.Face.DetectWithStreamAsync(photo, returnFaceId: true);"),
        ("legacy DetectWithUrlAsync, default returnFaceId", "await _legacy.Face.DetectWithUrlAsync(" + BookingPhotoUrl + ");"),
        ("legacy DetectWithStreamWithHttpMessagesAsync", "using (await _legacy.Face.DetectWithStreamWithHttpMessagesAsync(photo, returnFaceId: true)) { }"),
        ("liveness session", "await _sessions.CreateLivenessSessionAsync(new Face.CreateLivenessSessionContent(Face.LivenessOperationMode.Passive));"),
        ("liveness-with-verify session", "await _sessions.CreateLivenessWithVerifySessionAsync(new Face.CreateLivenessWithVerifySessionContent(Face.LivenessOperationMode.Passive), photo);"),
        ("detection from a session image", "_sessions.DetectFromSessionImage(\"session-image\");"),
        ("create an empty large person group", "_admin.GetLargePersonGroupClient(\"suspects\").Create(\"Suspects\");"),
        ("delete a large face list", "_admin.GetLargeFaceListClient(\"mugshots\").Delete();"),
        ("legacy: create an empty person group", "await _legacy.PersonGroup.CreateAsync(\"suspects\", \"Suspects\");"),
        ("legacy: delete a person", "await _legacy.PersonGroupPerson.DeleteAsync(\"suspects\", personId);"),
    ];
}
