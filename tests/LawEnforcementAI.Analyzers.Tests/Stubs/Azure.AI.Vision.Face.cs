// Imitates Azure.AI.Vision.Face 1.0.0-beta.2 (assembly Azure.AI.Vision.Face.dll, namespace Azure.AI.Vision.Face), member
// by member from its public API listing, and nothing of any other release: the 1.0.0-beta.1 names (DetectFromUrl, ...)
// are not here, because no listing of that release could be read. Only the members the analyzer's Face table and its
// tests use; bodies throw. The models keep their public properties and drop the IJsonModel plumbing.
// Source: Azure/azure-sdk-for-net sdk/face/Azure.AI.Vision.Face/api/Azure.AI.Vision.Face.netstandard2.0.cs, the stored
// version whose AzureAIVisionFaceClientOptions defaults to ServiceVersion.V1_2_Preview_1 (the 1.0.0-beta.3 development
// line; its CHANGELOG, commit ab0e426d, lists only "Exposed JsonModelWriteCore" over 1.0.0-beta.2), cross-checked with
// the 1.0.0-beta.2 CHANGELOG entry (commit 09efcfc0) and learn.microsoft.com/dotnet/api/azure.ai.vision.face (view
// azure-dotnet-preview: FaceAdministrationClient.GetLargePersonGroupClient(String), LargePersonGroupClient.AddFace).
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;

namespace Azure.AI.Vision.Face
{
    public class AzureAIVisionFaceClientOptions : ClientOptions
    {
        public AzureAIVisionFaceClientOptions(ServiceVersion version = ServiceVersion.V1_2_Preview_1) { }

        public enum ServiceVersion
        {
            V1_1_Preview_1 = 1,
            V1_2_Preview_1 = 2,
        }
    }

    public readonly struct FaceDetectionModel : IEquatable<FaceDetectionModel>
    {
        private readonly string _value;
        public FaceDetectionModel(string value) => _value = value;
        public static FaceDetectionModel Detection01 { get; } = new("detection_01");
        public static FaceDetectionModel Detection02 { get; } = new("detection_02");
        public static FaceDetectionModel Detection03 { get; } = new("detection_03");
        public bool Equals(FaceDetectionModel other) => _value == other._value;
        public override bool Equals(object? obj) => obj is FaceDetectionModel other && Equals(other);
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;
        public static implicit operator FaceDetectionModel(string value) => new(value);
        public override string ToString() => _value;
    }

    public readonly struct FaceRecognitionModel : IEquatable<FaceRecognitionModel>
    {
        private readonly string _value;
        public FaceRecognitionModel(string value) => _value = value;
        public static FaceRecognitionModel Recognition01 { get; } = new("recognition_01");
        public static FaceRecognitionModel Recognition02 { get; } = new("recognition_02");
        public static FaceRecognitionModel Recognition03 { get; } = new("recognition_03");
        public static FaceRecognitionModel Recognition04 { get; } = new("recognition_04");
        public bool Equals(FaceRecognitionModel other) => _value == other._value;
        public override bool Equals(object? obj) => obj is FaceRecognitionModel other && Equals(other);
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;
        public static implicit operator FaceRecognitionModel(string value) => new(value);
        public override string ToString() => _value;
    }

    public readonly struct FaceAttributeType : IEquatable<FaceAttributeType>
    {
        private readonly string _value;
        public FaceAttributeType(string value) => _value = value;
        public static FaceAttributeType HeadPose { get; } = new("headPose");
        public static FaceAttributeType QualityForRecognition { get; } = new("qualityForRecognition");
        public bool Equals(FaceAttributeType other) => _value == other._value;
        public override bool Equals(object? obj) => obj is FaceAttributeType other && Equals(other);
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;
        public static implicit operator FaceAttributeType(string value) => new(value);
        public override string ToString() => _value;
    }

    public readonly struct FindSimilarMatchMode : IEquatable<FindSimilarMatchMode>
    {
        private readonly string _value;
        public FindSimilarMatchMode(string value) => _value = value;
        public static FindSimilarMatchMode MatchFace { get; } = new("matchFace");
        public static FindSimilarMatchMode MatchPerson { get; } = new("matchPerson");
        public bool Equals(FindSimilarMatchMode other) => _value == other._value;
        public override bool Equals(object? obj) => obj is FindSimilarMatchMode other && Equals(other);
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;
        public static implicit operator FindSimilarMatchMode(string value) => new(value);
        public override string ToString() => _value;
    }

    public readonly struct LivenessOperationMode : IEquatable<LivenessOperationMode>
    {
        private readonly string _value;
        public LivenessOperationMode(string value) => _value = value;
        public static LivenessOperationMode Passive { get; } = new("Passive");
        public static LivenessOperationMode PassiveActive { get; } = new("PassiveActive");
        public bool Equals(LivenessOperationMode other) => _value == other._value;
        public override bool Equals(object? obj) => obj is LivenessOperationMode other && Equals(other);
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;
        public static implicit operator LivenessOperationMode(string value) => new(value);
        public override string ToString() => _value;
    }

    public class FaceDetectionResult { internal FaceDetectionResult() { } public Guid? FaceId => throw null!; }
    public class FaceFindSimilarResult { internal FaceFindSimilarResult() { } public float Confidence => throw null!; public Guid? FaceId => throw null!; public Guid? PersistedFaceId => throw null!; }
    public class FaceGroupingResult { internal FaceGroupingResult() { } public IReadOnlyList<IList<Guid>> Groups => throw null!; public IReadOnlyList<Guid> MessyGroup => throw null!; }
    public class FaceIdentificationCandidate { internal FaceIdentificationCandidate() { } public float Confidence => throw null!; public Guid PersonId => throw null!; }
    public class FaceIdentificationResult { internal FaceIdentificationResult() { } public IReadOnlyList<FaceIdentificationCandidate> Candidates => throw null!; public Guid FaceId => throw null!; }
    public class FaceVerificationResult { internal FaceVerificationResult() { } public float Confidence => throw null!; public bool IsIdentical => throw null!; }
    public class AddFaceResult { internal AddFaceResult() { } public Guid PersistedFaceId => throw null!; }
    public class CreatePersonResult { internal CreatePersonResult() { } public Guid PersonId => throw null!; }
    public class CreateLivenessSessionResult { internal CreateLivenessSessionResult() { } public string AuthToken => throw null!; public string SessionId => throw null!; }
    public class CreateLivenessWithVerifySessionResult { internal CreateLivenessWithVerifySessionResult() { } public string AuthToken => throw null!; public string SessionId => throw null!; }
    public class CreateLivenessSessionContent { public CreateLivenessSessionContent(LivenessOperationMode livenessOperationMode) { } }
    public class CreateLivenessWithVerifySessionContent { public CreateLivenessWithVerifySessionContent(LivenessOperationMode livenessOperationMode) { } }

    /// <summary>Detection, identification, verification, find-similar and grouping.</summary>
    public class FaceClient
    {
        protected FaceClient() { }
        public FaceClient(Uri endpoint, AzureKeyCredential credential) { }
        public FaceClient(Uri endpoint, AzureKeyCredential credential, AzureAIVisionFaceClientOptions options) { }
        public FaceClient(Uri endpoint, TokenCredential credential) { }
        public FaceClient(Uri endpoint, TokenCredential credential, AzureAIVisionFaceClientOptions options) { }

        // Detection (not recognition: LEAI005 stays silent).
        public virtual Response<IReadOnlyList<FaceDetectionResult>> Detect(BinaryData imageContent, FaceDetectionModel detectionModel, FaceRecognitionModel recognitionModel, bool returnFaceId, IEnumerable<FaceAttributeType>? returnFaceAttributes = null, bool? returnFaceLandmarks = null, bool? returnRecognitionModel = null, int? faceIdTimeToLive = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Response<IReadOnlyList<FaceDetectionResult>> Detect(Uri url, FaceDetectionModel detectionModel, FaceRecognitionModel recognitionModel, bool returnFaceId, IEnumerable<FaceAttributeType>? returnFaceAttributes = null, bool? returnFaceLandmarks = null, bool? returnRecognitionModel = null, int? faceIdTimeToLive = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response<IReadOnlyList<FaceDetectionResult>>> DetectAsync(BinaryData imageContent, FaceDetectionModel detectionModel, FaceRecognitionModel recognitionModel, bool returnFaceId, IEnumerable<FaceAttributeType>? returnFaceAttributes = null, bool? returnFaceLandmarks = null, bool? returnRecognitionModel = null, int? faceIdTimeToLive = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response<IReadOnlyList<FaceDetectionResult>>> DetectAsync(Uri url, FaceDetectionModel detectionModel, FaceRecognitionModel recognitionModel, bool returnFaceId, IEnumerable<FaceAttributeType>? returnFaceAttributes = null, bool? returnFaceLandmarks = null, bool? returnRecognitionModel = null, int? faceIdTimeToLive = null, CancellationToken cancellationToken = default) => throw null!;

        public virtual Response FindSimilar(RequestContent content, RequestContext? context = null) => throw null!;
        public virtual Response<IReadOnlyList<FaceFindSimilarResult>> FindSimilar(Guid faceId, IEnumerable<Guid> faceIds, int? maxNumOfCandidatesReturned = null, FindSimilarMatchMode? mode = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response> FindSimilarAsync(RequestContent content, RequestContext? context = null) => throw null!;
        public virtual Task<Response<IReadOnlyList<FaceFindSimilarResult>>> FindSimilarAsync(Guid faceId, IEnumerable<Guid> faceIds, int? maxNumOfCandidatesReturned = null, FindSimilarMatchMode? mode = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Response FindSimilarFromLargeFaceList(RequestContent content, RequestContext? context = null) => throw null!;
        public virtual Response<IReadOnlyList<FaceFindSimilarResult>> FindSimilarFromLargeFaceList(Guid faceId, string largeFaceListId, int? maxNumOfCandidatesReturned = null, FindSimilarMatchMode? mode = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response> FindSimilarFromLargeFaceListAsync(RequestContent content, RequestContext? context = null) => throw null!;
        public virtual Task<Response<IReadOnlyList<FaceFindSimilarResult>>> FindSimilarFromLargeFaceListAsync(Guid faceId, string largeFaceListId, int? maxNumOfCandidatesReturned = null, FindSimilarMatchMode? mode = null, CancellationToken cancellationToken = default) => throw null!;

        public virtual Response Group(RequestContent content, RequestContext? context = null) => throw null!;
        public virtual Response<FaceGroupingResult> Group(IEnumerable<Guid> faceIds, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response> GroupAsync(RequestContent content, RequestContext? context = null) => throw null!;
        public virtual Task<Response<FaceGroupingResult>> GroupAsync(IEnumerable<Guid> faceIds, CancellationToken cancellationToken = default) => throw null!;

        public virtual Response IdentifyFromLargePersonGroup(RequestContent content, RequestContext? context = null) => throw null!;
        public virtual Response<IReadOnlyList<FaceIdentificationResult>> IdentifyFromLargePersonGroup(IEnumerable<Guid> faceIds, string largePersonGroupId, int? maxNumOfCandidatesReturned = null, float? confidenceThreshold = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response> IdentifyFromLargePersonGroupAsync(RequestContent content, RequestContext? context = null) => throw null!;
        public virtual Task<Response<IReadOnlyList<FaceIdentificationResult>>> IdentifyFromLargePersonGroupAsync(IEnumerable<Guid> faceIds, string largePersonGroupId, int? maxNumOfCandidatesReturned = null, float? confidenceThreshold = null, CancellationToken cancellationToken = default) => throw null!;

        public virtual Response VerifyFaceToFace(RequestContent content, RequestContext? context = null) => throw null!;
        public virtual Response<FaceVerificationResult> VerifyFaceToFace(Guid faceId1, Guid faceId2, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response> VerifyFaceToFaceAsync(RequestContent content, RequestContext? context = null) => throw null!;
        public virtual Task<Response<FaceVerificationResult>> VerifyFaceToFaceAsync(Guid faceId1, Guid faceId2, CancellationToken cancellationToken = default) => throw null!;
        public virtual Response VerifyFromLargePersonGroup(RequestContent content, RequestContext? context = null) => throw null!;
        public virtual Response<FaceVerificationResult> VerifyFromLargePersonGroup(Guid faceId, string largePersonGroupId, Guid personId, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response> VerifyFromLargePersonGroupAsync(RequestContent content, RequestContext? context = null) => throw null!;
        public virtual Task<Response<FaceVerificationResult>> VerifyFromLargePersonGroupAsync(Guid faceId, string largePersonGroupId, Guid personId, CancellationToken cancellationToken = default) => throw null!;
    }

    /// <summary>Hands out the sub-clients of the containers faces are enrolled into.</summary>
    public class FaceAdministrationClient
    {
        protected FaceAdministrationClient() { }
        public FaceAdministrationClient(Uri endpoint, AzureKeyCredential credential) { }
        public FaceAdministrationClient(Uri endpoint, AzureKeyCredential credential, AzureAIVisionFaceClientOptions options) { }
        public FaceAdministrationClient(Uri endpoint, TokenCredential credential) { }
        public FaceAdministrationClient(Uri endpoint, TokenCredential credential, AzureAIVisionFaceClientOptions options) { }

        public virtual LargeFaceListClient GetLargeFaceListClient(string largeFaceListId) => throw null!;
        public virtual LargePersonGroupClient GetLargePersonGroupClient(string largePersonGroupId) => throw null!;
    }

    /// <summary>One large person group: persons, their faces, training.</summary>
    public class LargePersonGroupClient
    {
        protected LargePersonGroupClient() { }
        public LargePersonGroupClient(Uri endpoint, AzureKeyCredential credential, string largePersonGroupId) { }
        public LargePersonGroupClient(Uri endpoint, AzureKeyCredential credential, string largePersonGroupId, AzureAIVisionFaceClientOptions options) { }
        public LargePersonGroupClient(Uri endpoint, TokenCredential credential, string largePersonGroupId) { }
        public LargePersonGroupClient(Uri endpoint, TokenCredential credential, string largePersonGroupId, AzureAIVisionFaceClientOptions options) { }

        public virtual Response AddFace(Guid personId, RequestContent content, IEnumerable<int>? targetFace = null, string? detectionModel = null, string? userData = null, RequestContext? context = null) => throw null!;
        public virtual Response<AddFaceResult> AddFace(Guid personId, BinaryData imageContent, IEnumerable<int>? targetFace = null, FaceDetectionModel? detectionModel = null, string? userData = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Response<AddFaceResult> AddFace(Guid personId, Uri uri, IEnumerable<int>? targetFace = null, FaceDetectionModel? detectionModel = null, string? userData = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response> AddFaceAsync(Guid personId, RequestContent content, IEnumerable<int>? targetFace = null, string? detectionModel = null, string? userData = null, RequestContext? context = null) => throw null!;
        public virtual Task<Response<AddFaceResult>> AddFaceAsync(Guid personId, BinaryData imageContent, IEnumerable<int>? targetFace = null, FaceDetectionModel? detectionModel = null, string? userData = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response<AddFaceResult>> AddFaceAsync(Guid personId, Uri uri, IEnumerable<int>? targetFace = null, FaceDetectionModel? detectionModel = null, string? userData = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Response Create(string name, string? userData = null, FaceRecognitionModel? recognitionModel = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response> CreateAsync(string name, string? userData = null, FaceRecognitionModel? recognitionModel = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Response CreatePerson(RequestContent content, RequestContext? context = null) => throw null!;
        public virtual Response<CreatePersonResult> CreatePerson(string name, string? userData = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response> CreatePersonAsync(RequestContent content, RequestContext? context = null) => throw null!;
        public virtual Task<Response<CreatePersonResult>> CreatePersonAsync(string name, string? userData = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Response Delete(RequestContext? context = null) => throw null!;
        public virtual Task<Response> DeleteAsync(RequestContext? context = null) => throw null!;
        public virtual Operation Train(WaitUntil waitUntil, RequestContext? context = null) => throw null!;
        public virtual Task<Operation> TrainAsync(WaitUntil waitUntil, RequestContext? context = null) => throw null!;
    }

    /// <summary>One large face list: faces for find-similar, training.</summary>
    public class LargeFaceListClient
    {
        protected LargeFaceListClient() { }
        public LargeFaceListClient(Uri endpoint, AzureKeyCredential credential, string largeFaceListId) { }
        public LargeFaceListClient(Uri endpoint, AzureKeyCredential credential, string largeFaceListId, AzureAIVisionFaceClientOptions options) { }
        public LargeFaceListClient(Uri endpoint, TokenCredential credential, string largeFaceListId) { }
        public LargeFaceListClient(Uri endpoint, TokenCredential credential, string largeFaceListId, AzureAIVisionFaceClientOptions options) { }

        public virtual Response AddFace(RequestContent content, IEnumerable<int>? targetFace = null, string? detectionModel = null, string? userData = null, RequestContext? context = null) => throw null!;
        public virtual Response<AddFaceResult> AddFace(BinaryData imageContent, IEnumerable<int>? targetFace = null, FaceDetectionModel? detectionModel = null, string? userData = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Response<AddFaceResult> AddFace(Uri uri, IEnumerable<int>? targetFace = null, FaceDetectionModel? detectionModel = null, string? userData = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response> AddFaceAsync(RequestContent content, IEnumerable<int>? targetFace = null, string? detectionModel = null, string? userData = null, RequestContext? context = null) => throw null!;
        public virtual Task<Response<AddFaceResult>> AddFaceAsync(BinaryData imageContent, IEnumerable<int>? targetFace = null, FaceDetectionModel? detectionModel = null, string? userData = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response<AddFaceResult>> AddFaceAsync(Uri uri, IEnumerable<int>? targetFace = null, FaceDetectionModel? detectionModel = null, string? userData = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Response Create(string name, string? userData = null, FaceRecognitionModel? recognitionModel = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response> CreateAsync(string name, string? userData = null, FaceRecognitionModel? recognitionModel = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Response Delete(RequestContext? context = null) => throw null!;
        public virtual Task<Response> DeleteAsync(RequestContext? context = null) => throw null!;
        public virtual Operation Train(WaitUntil waitUntil, RequestContext? context = null) => throw null!;
        public virtual Task<Operation> TrainAsync(WaitUntil waitUntil, RequestContext? context = null) => throw null!;
    }

    /// <summary>Liveness sessions: whether a live person is in front of a device. Not recognition.</summary>
    public class FaceSessionClient
    {
        protected FaceSessionClient() { }
        public FaceSessionClient(Uri endpoint, AzureKeyCredential credential) { }
        public FaceSessionClient(Uri endpoint, AzureKeyCredential credential, AzureAIVisionFaceClientOptions options) { }
        public FaceSessionClient(Uri endpoint, TokenCredential credential) { }
        public FaceSessionClient(Uri endpoint, TokenCredential credential, AzureAIVisionFaceClientOptions options) { }

        public virtual Response<CreateLivenessSessionResult> CreateLivenessSession(CreateLivenessSessionContent body, CancellationToken cancellationToken = default) => throw null!;
        public virtual Response CreateLivenessSession(RequestContent content, RequestContext? context = null) => throw null!;
        public virtual Task<Response<CreateLivenessSessionResult>> CreateLivenessSessionAsync(CreateLivenessSessionContent body, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response> CreateLivenessSessionAsync(RequestContent content, RequestContext? context = null) => throw null!;
        public virtual Response<CreateLivenessWithVerifySessionResult> CreateLivenessWithVerifySession(CreateLivenessWithVerifySessionContent jsonContent, Stream verifyImage, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response<CreateLivenessWithVerifySessionResult>> CreateLivenessWithVerifySessionAsync(CreateLivenessWithVerifySessionContent jsonContent, Stream verifyImage, CancellationToken cancellationToken = default) => throw null!;
        public virtual Response<IReadOnlyList<FaceDetectionResult>> DetectFromSessionImage(string sessionImageId, FaceDetectionModel? detectionModel = null, FaceRecognitionModel? recognitionModel = null, bool? returnFaceId = null, IEnumerable<FaceAttributeType>? returnFaceAttributes = null, bool? returnFaceLandmarks = null, bool? returnRecognitionModel = null, int? faceIdTimeToLive = null, CancellationToken cancellationToken = default) => throw null!;
        public virtual Task<Response<IReadOnlyList<FaceDetectionResult>>> DetectFromSessionImageAsync(string sessionImageId, FaceDetectionModel? detectionModel = null, FaceRecognitionModel? recognitionModel = null, bool? returnFaceId = null, IEnumerable<FaceAttributeType>? returnFaceAttributes = null, bool? returnFaceLandmarks = null, bool? returnRecognitionModel = null, int? faceIdTimeToLive = null, CancellationToken cancellationToken = default) => throw null!;
    }
}
