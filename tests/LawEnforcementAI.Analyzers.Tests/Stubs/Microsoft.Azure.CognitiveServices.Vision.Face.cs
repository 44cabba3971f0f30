// Imitates Microsoft.Azure.CognitiveServices.Vision.Face 2.8.0-preview.3 (assembly
// Microsoft.Azure.CognitiveServices.Vision.Face.dll), member by member from its AutoRest-generated sources: IFaceClient
// exposes one operations group per resource (Face, PersonGroupPerson, PersonGroup, FaceList, LargePersonGroupPerson,
// LargePersonGroup, LargeFaceList); each group's interface declares the '...WithHttpMessagesAsync' methods, and the
// short names users call ('IdentifyAsync', 'AddFaceFromStreamAsync', ...) are extension methods in the matching
// '...Extensions' class with the same parameters less 'customHeaders'. Only the members the analyzer's Face table and
// its tests use; bodies throw. 2.8.0-preview.3 is the release whose Identify takes dynamicPersonGroupId and personIds
// (Person Directory, 2.8.0-preview.1) and whose detection defaults returnFaceId to null (CHANGELOG: "Change default
// value for returnFaceId parameter to false in detection operations", 2022-11-25).
// Source: Azure/azure-sdk-for-net sdk/cognitiveservices/Vision.Face/src/Generated/IFaceOperations.cs and
// FaceOperationsExtensions.cs at commit 20a8b357; IPersonGroupPerson.cs at 1cceaacd; IPersonGroupOperations.cs at
// 770e6355; IFaceListOperations.cs at 25af41bd; ILargePersonGroupPerson.cs at 934bbddb; ILargePersonGroupOperations.cs
// at 2447e286; ILargeFaceListOperations.cs at 75403a5e; IFaceClient.cs at 24642d46; FaceClient's constructor as
// AutoRest generates it; src/Customizations/ApiKeyServiceClientCredentials.cs at 934bbddb; the package CHANGELOG (2.8.0-preview.3 entry).
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Azure.CognitiveServices.Vision.Face.Models;
using Microsoft.Rest;

namespace Microsoft.Azure.CognitiveServices.Vision.Face.Models
{
    public enum FaceAttributeType { Age, Gender, HeadPose, Smile, FacialHair, Glasses, Emotion, Hair, Makeup, Occlusion, Accessories, Blur, Exposure, Noise, Mask, QualityForRecognition }

    public enum FindSimilarMatchMode { MatchPerson, MatchFace }

    public static class RecognitionModel
    {
        public const string Recognition01 = "recognition_01";
        public const string Recognition04 = "recognition_04";
    }

    public static class DetectionModel
    {
        public const string Detection01 = "detection_01";
        public const string Detection03 = "detection_03";
    }

    public class DetectedFace
    {
        public Guid? FaceId { get; set; }
    }

    public class IdentifyCandidate
    {
        public Guid PersonId { get; set; }
        public double Confidence { get; set; }
    }

    public class IdentifyResult
    {
        public Guid FaceId { get; set; }
        public IList<IdentifyCandidate> Candidates { get; set; } = null!;
    }

    public class VerifyResult
    {
        public bool IsIdentical { get; set; }
        public double Confidence { get; set; }
    }

    public class SimilarFace
    {
        public Guid? FaceId { get; set; }
        public Guid? PersistedFaceId { get; set; }
        public double Confidence { get; set; }
    }

    public class GroupResult
    {
        public IList<IList<Guid>> Groups { get; set; } = null!;
        public IList<Guid> MessyGroup { get; set; } = null!;
    }

    public class PersistedFace
    {
        public Guid PersistedFaceId { get; set; }
    }

    public class Person
    {
        public Guid PersonId { get; set; }
    }
}

namespace Microsoft.Azure.CognitiveServices.Vision.Face
{
    public class ApiKeyServiceClientCredentials : ServiceClientCredentials
    {
        public ApiKeyServiceClientCredentials(string subscriptionKey) { }
    }

    public interface IFaceClient : IDisposable
    {
        string Endpoint { get; set; }
        ServiceClientCredentials Credentials { get; }
        IFaceOperations Face { get; }
        IPersonGroupPerson PersonGroupPerson { get; }
        IPersonGroupOperations PersonGroup { get; }
        IFaceListOperations FaceList { get; }
        ILargePersonGroupPerson LargePersonGroupPerson { get; }
        ILargePersonGroupOperations LargePersonGroup { get; }
        ILargeFaceListOperations LargeFaceList { get; }
    }

    public partial class FaceClient : ServiceClient<FaceClient>, IFaceClient
    {
        public FaceClient(ServiceClientCredentials credentials, params DelegatingHandler[] handlers) { }
        public string Endpoint { get; set; } = null!;
        public ServiceClientCredentials Credentials => throw null!;
        public virtual IFaceOperations Face => throw null!;
        public virtual IPersonGroupPerson PersonGroupPerson => throw null!;
        public virtual IPersonGroupOperations PersonGroup => throw null!;
        public virtual IFaceListOperations FaceList => throw null!;
        public virtual ILargePersonGroupPerson LargePersonGroupPerson => throw null!;
        public virtual ILargePersonGroupOperations LargePersonGroup => throw null!;
        public virtual ILargeFaceListOperations LargeFaceList => throw null!;
    }

    public interface IFaceOperations
    {
        Task<HttpOperationResponse<IList<SimilarFace>>> FindSimilarWithHttpMessagesAsync(Guid faceId, string? faceListId = default, string? largeFaceListId = default, IList<Guid?>? faceIds = default, int? maxNumOfCandidatesReturned = 20, FindSimilarMatchMode mode = default, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<GroupResult>> GroupWithHttpMessagesAsync(IList<Guid> faceIds, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<IList<IdentifyResult>>> IdentifyWithHttpMessagesAsync(IList<Guid> faceIds, string? personGroupId = default, string? largePersonGroupId = default, string? dynamicPersonGroupId = default, IList<string>? personIds = default, int? maxNumOfCandidatesReturned = 1, double? confidenceThreshold = default, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<VerifyResult>> VerifyFaceToFaceWithHttpMessagesAsync(Guid faceId1, Guid faceId2, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<VerifyResult>> VerifyFaceToPersonWithHttpMessagesAsync(Guid faceId, Guid personId, string? personGroupId = default, string? largePersonGroupId = default, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<IList<DetectedFace>>> DetectWithUrlWithHttpMessagesAsync(string url, bool? returnFaceId = default, bool? returnFaceLandmarks = false, IList<FaceAttributeType>? returnFaceAttributes = default, string? recognitionModel = default, bool? returnRecognitionModel = false, string? detectionModel = default, int? faceIdTimeToLive = 86400, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<IList<DetectedFace>>> DetectWithStreamWithHttpMessagesAsync(Stream image, bool? returnFaceId = default, bool? returnFaceLandmarks = false, IList<FaceAttributeType>? returnFaceAttributes = default, string? recognitionModel = default, bool? returnRecognitionModel = false, string? detectionModel = default, int? faceIdTimeToLive = 86400, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
    }

    public static partial class FaceOperationsExtensions
    {
        public static Task<IList<SimilarFace>> FindSimilarAsync(this IFaceOperations operations, Guid faceId, string? faceListId = default, string? largeFaceListId = default, IList<Guid?>? faceIds = default, int? maxNumOfCandidatesReturned = 20, FindSimilarMatchMode mode = default, CancellationToken cancellationToken = default) => throw null!;
        public static Task<GroupResult> GroupAsync(this IFaceOperations operations, IList<Guid> faceIds, CancellationToken cancellationToken = default) => throw null!;
        public static Task<IList<IdentifyResult>> IdentifyAsync(this IFaceOperations operations, IList<Guid> faceIds, string? personGroupId = default, string? largePersonGroupId = default, string? dynamicPersonGroupId = default, IList<string>? personIds = default, int? maxNumOfCandidatesReturned = 1, double? confidenceThreshold = default, CancellationToken cancellationToken = default) => throw null!;
        public static Task<VerifyResult> VerifyFaceToFaceAsync(this IFaceOperations operations, Guid faceId1, Guid faceId2, CancellationToken cancellationToken = default) => throw null!;
        public static Task<VerifyResult> VerifyFaceToPersonAsync(this IFaceOperations operations, Guid faceId, Guid personId, string? personGroupId = default, string? largePersonGroupId = default, CancellationToken cancellationToken = default) => throw null!;
        public static Task<IList<DetectedFace>> DetectWithUrlAsync(this IFaceOperations operations, string url, bool? returnFaceId = default, bool? returnFaceLandmarks = false, IList<FaceAttributeType>? returnFaceAttributes = default, string? recognitionModel = default, bool? returnRecognitionModel = false, string? detectionModel = default, int? faceIdTimeToLive = 86400, CancellationToken cancellationToken = default) => throw null!;
        public static Task<IList<DetectedFace>> DetectWithStreamAsync(this IFaceOperations operations, Stream image, bool? returnFaceId = default, bool? returnFaceLandmarks = false, IList<FaceAttributeType>? returnFaceAttributes = default, string? recognitionModel = default, bool? returnRecognitionModel = false, string? detectionModel = default, int? faceIdTimeToLive = 86400, CancellationToken cancellationToken = default) => throw null!;
    }

    public interface IPersonGroupPerson
    {
        Task<HttpOperationResponse<Person>> CreateWithHttpMessagesAsync(string personGroupId, string? name = default, string? userData = default, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<PersistedFace>> AddFaceFromUrlWithHttpMessagesAsync(string personGroupId, Guid personId, string url, string? userData = default, IList<int>? targetFace = default, string? detectionModel = default, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<PersistedFace>> AddFaceFromStreamWithHttpMessagesAsync(string personGroupId, Guid personId, Stream image, string? userData = default, IList<int>? targetFace = default, string? detectionModel = default, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse> DeleteWithHttpMessagesAsync(string personGroupId, Guid personId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
    }

    public static partial class PersonGroupPersonExtensions
    {
        public static Task<Person> CreateAsync(this IPersonGroupPerson operations, string personGroupId, string? name = default, string? userData = default, CancellationToken cancellationToken = default) => throw null!;
        public static Task<PersistedFace> AddFaceFromUrlAsync(this IPersonGroupPerson operations, string personGroupId, Guid personId, string url, string? userData = default, IList<int>? targetFace = default, string? detectionModel = default, CancellationToken cancellationToken = default) => throw null!;
        public static Task<PersistedFace> AddFaceFromStreamAsync(this IPersonGroupPerson operations, string personGroupId, Guid personId, Stream image, string? userData = default, IList<int>? targetFace = default, string? detectionModel = default, CancellationToken cancellationToken = default) => throw null!;
        public static Task DeleteAsync(this IPersonGroupPerson operations, string personGroupId, Guid personId, CancellationToken cancellationToken = default) => throw null!;
    }

    public interface IPersonGroupOperations
    {
        Task<HttpOperationResponse> CreateWithHttpMessagesAsync(string personGroupId, string? name = default, string? userData = default, string? recognitionModel = default, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse> TrainWithHttpMessagesAsync(string personGroupId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse> DeleteWithHttpMessagesAsync(string personGroupId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
    }

    public static partial class PersonGroupOperationsExtensions
    {
        public static Task CreateAsync(this IPersonGroupOperations operations, string personGroupId, string? name = default, string? userData = default, string? recognitionModel = default, CancellationToken cancellationToken = default) => throw null!;
        public static Task TrainAsync(this IPersonGroupOperations operations, string personGroupId, CancellationToken cancellationToken = default) => throw null!;
        public static Task DeleteAsync(this IPersonGroupOperations operations, string personGroupId, CancellationToken cancellationToken = default) => throw null!;
    }

    public interface IFaceListOperations
    {
        Task<HttpOperationResponse<PersistedFace>> AddFaceFromUrlWithHttpMessagesAsync(string faceListId, string url, string? userData = default, IList<int>? targetFace = default, string? detectionModel = default, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<PersistedFace>> AddFaceFromStreamWithHttpMessagesAsync(string faceListId, Stream image, string? userData = default, IList<int>? targetFace = default, string? detectionModel = default, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
    }

    public static partial class FaceListOperationsExtensions
    {
        public static Task<PersistedFace> AddFaceFromUrlAsync(this IFaceListOperations operations, string faceListId, string url, string? userData = default, IList<int>? targetFace = default, string? detectionModel = default, CancellationToken cancellationToken = default) => throw null!;
        public static Task<PersistedFace> AddFaceFromStreamAsync(this IFaceListOperations operations, string faceListId, Stream image, string? userData = default, IList<int>? targetFace = default, string? detectionModel = default, CancellationToken cancellationToken = default) => throw null!;
    }

    public interface ILargePersonGroupPerson
    {
        Task<HttpOperationResponse<Person>> CreateWithHttpMessagesAsync(string largePersonGroupId, string? name = default, string? userData = default, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<PersistedFace>> AddFaceFromUrlWithHttpMessagesAsync(string largePersonGroupId, Guid personId, string url, string? userData = default, IList<int>? targetFace = default, string? detectionModel = default, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<PersistedFace>> AddFaceFromStreamWithHttpMessagesAsync(string largePersonGroupId, Guid personId, Stream image, string? userData = default, IList<int>? targetFace = default, string? detectionModel = default, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
    }

    public static partial class LargePersonGroupPersonExtensions
    {
        public static Task<Person> CreateAsync(this ILargePersonGroupPerson operations, string largePersonGroupId, string? name = default, string? userData = default, CancellationToken cancellationToken = default) => throw null!;
        public static Task<PersistedFace> AddFaceFromUrlAsync(this ILargePersonGroupPerson operations, string largePersonGroupId, Guid personId, string url, string? userData = default, IList<int>? targetFace = default, string? detectionModel = default, CancellationToken cancellationToken = default) => throw null!;
        public static Task<PersistedFace> AddFaceFromStreamAsync(this ILargePersonGroupPerson operations, string largePersonGroupId, Guid personId, Stream image, string? userData = default, IList<int>? targetFace = default, string? detectionModel = default, CancellationToken cancellationToken = default) => throw null!;
    }

    public interface ILargePersonGroupOperations
    {
        Task<HttpOperationResponse> TrainWithHttpMessagesAsync(string largePersonGroupId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
    }

    public static partial class LargePersonGroupOperationsExtensions
    {
        public static Task TrainAsync(this ILargePersonGroupOperations operations, string largePersonGroupId, CancellationToken cancellationToken = default) => throw null!;
    }

    public interface ILargeFaceListOperations
    {
        Task<HttpOperationResponse> TrainWithHttpMessagesAsync(string largeFaceListId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<PersistedFace>> AddFaceFromUrlWithHttpMessagesAsync(string largeFaceListId, string url, string? userData = default, IList<int>? targetFace = default, string? detectionModel = default, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<PersistedFace>> AddFaceFromStreamWithHttpMessagesAsync(string largeFaceListId, Stream image, string? userData = default, IList<int>? targetFace = default, string? detectionModel = default, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
    }

    public static partial class LargeFaceListOperationsExtensions
    {
        public static Task TrainAsync(this ILargeFaceListOperations operations, string largeFaceListId, CancellationToken cancellationToken = default) => throw null!;
        public static Task<PersistedFace> AddFaceFromUrlAsync(this ILargeFaceListOperations operations, string largeFaceListId, string url, string? userData = default, IList<int>? targetFace = default, string? detectionModel = default, CancellationToken cancellationToken = default) => throw null!;
        public static Task<PersistedFace> AddFaceFromStreamAsync(this ILargeFaceListOperations operations, string largeFaceListId, Stream image, string? userData = default, IList<int>? targetFace = default, string? detectionModel = default, CancellationToken cancellationToken = default) => throw null!;
    }
}
