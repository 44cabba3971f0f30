// Imitates AWSSDK.Rekognition 4.x (assembly AWSSDK.Rekognition.dll, namespaces Amazon.Rekognition and
// Amazon.Rekognition.Model), the netstandard2.0/net8.0 build a .NET project compiles against: member by member from the
// generated sources, and only the members the analyzer's Rekognition table and its tests use; bodies throw. In that build
// the synchronous operations (CompareFaces, ...) are internal, so only the ...Async forms are public, as here. The base
// types of AWSSDK.Core (AmazonServiceClient, AmazonWebServiceRequest, AmazonWebServiceResponse) are left out.
// Source: aws/aws-sdk-net sdk/src/Services/Rekognition/Generated/_netstandard/AmazonRekognitionClient.cs, IAmazonRekognition.cs and
// Generated/Model/{CompareFacesRequest,SearchFacesByImageRequest,SearchFacesRequest,DetectFacesRequest,Image,S3Object}.cs,
// the stored version at commit 13bd83ed (the v4 line); the package version it corresponds to is not pinned: the
// registry does not serve AWSSDK.Rekognition, and the generated shape of these members is the same across v4.
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Rekognition.Model;

namespace Amazon.Rekognition
{
    public partial interface IAmazonRekognition
    {
        Task<CompareFacesResponse> CompareFacesAsync(CompareFacesRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<SearchFacesByImageResponse> SearchFacesByImageAsync(SearchFacesByImageRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<SearchFacesResponse> SearchFacesAsync(SearchFacesRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<DetectFacesResponse> DetectFacesAsync(DetectFacesRequest request, CancellationToken cancellationToken = default(CancellationToken));
    }

    public partial class AmazonRekognitionClient : IAmazonRekognition
    {
        public AmazonRekognitionClient() { }

        public AmazonRekognitionClient(string awsAccessKeyId, string awsSecretAccessKey) { }

        public virtual Task<CompareFacesResponse> CompareFacesAsync(CompareFacesRequest request, CancellationToken cancellationToken = default(CancellationToken)) => throw null!;

        public virtual Task<SearchFacesByImageResponse> SearchFacesByImageAsync(SearchFacesByImageRequest request, CancellationToken cancellationToken = default(CancellationToken)) => throw null!;

        public virtual Task<SearchFacesResponse> SearchFacesAsync(SearchFacesRequest request, CancellationToken cancellationToken = default(CancellationToken)) => throw null!;

        public virtual Task<DetectFacesResponse> DetectFacesAsync(DetectFacesRequest request, CancellationToken cancellationToken = default(CancellationToken)) => throw null!;
    }
}

namespace Amazon.Rekognition.Model
{
    public partial class Image
    {
        public MemoryStream Bytes { get; set; } = null!;

        public S3Object S3Object { get; set; } = null!;
    }

    public partial class S3Object
    {
        public string Bucket { get; set; } = null!;

        public string Name { get; set; } = null!;

        public string Version { get; set; } = null!;
    }

    public partial class CompareFacesRequest
    {
        public float SimilarityThreshold { get; set; }

        public Image SourceImage { get; set; } = null!;

        public Image TargetImage { get; set; } = null!;
    }

    public partial class CompareFacesResponse
    {
    }

    public partial class SearchFacesByImageRequest
    {
        public string CollectionId { get; set; } = null!;

        public float FaceMatchThreshold { get; set; }

        public Image Image { get; set; } = null!;

        public int MaxFaces { get; set; }
    }

    public partial class SearchFacesByImageResponse
    {
    }

    public partial class SearchFacesRequest
    {
        public string CollectionId { get; set; } = null!;

        public string FaceId { get; set; } = null!;

        public float FaceMatchThreshold { get; set; }

        public int MaxFaces { get; set; }
    }

    public partial class SearchFacesResponse
    {
    }

    public partial class DetectFacesRequest
    {
        public Image Image { get; set; } = null!;
    }

    public partial class DetectFacesResponse
    {
    }
}
