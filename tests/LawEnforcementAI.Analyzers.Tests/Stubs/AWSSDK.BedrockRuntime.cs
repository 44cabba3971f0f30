// Imitates AWSSDK.BedrockRuntime 4.x (assembly AWSSDK.BedrockRuntime.dll, namespaces Amazon.BedrockRuntime and
// Amazon.BedrockRuntime.Model), the netstandard2.0/net8.0 build a .NET project compiles against: member by member from the
// generated sources, and only the members the analyzer's Bedrock table and its tests use; bodies throw. The base types
// of AWSSDK.Core (AmazonServiceClient, AmazonWebServiceRequest, ConstantClass) are left out: ConversationRole and
// ImageFormat keep their constructor and the static values used here.
// Source: aws/aws-sdk-net sdk/src/Services/BedrockRuntime/Generated/_netstandard/AmazonBedrockRuntimeClient.cs and
// IAmazonBedrockRuntime.cs (ConverseAsync), Generated/Model/{ConverseRequest,Message,ContentBlock,ImageBlock,ImageSource}.cs
// and Generated/ServiceEnumerations.cs (ConversationRole, ImageFormat), the stored versions of the v4 line; the package
// version they correspond to is not pinned: the registry does not serve AWSSDK.BedrockRuntime (only AWSSDK.Core).
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.BedrockRuntime.Model;

namespace Amazon.BedrockRuntime
{
    public partial interface IAmazonBedrockRuntime
    {
        Task<ConverseResponse> ConverseAsync(ConverseRequest request, CancellationToken cancellationToken = default(CancellationToken));
    }

    public partial class AmazonBedrockRuntimeClient : IAmazonBedrockRuntime
    {
        public AmazonBedrockRuntimeClient() { }

        public AmazonBedrockRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey) { }

        public virtual Task<ConverseResponse> ConverseAsync(ConverseRequest request, CancellationToken cancellationToken = default(CancellationToken)) => throw null!;
    }

    public class ConversationRole
    {
        public static readonly ConversationRole Assistant = new ConversationRole("assistant");
        public static readonly ConversationRole User = new ConversationRole("user");

        public ConversationRole(string value) { }
    }

    public class ImageFormat
    {
        public static readonly ImageFormat Jpeg = new ImageFormat("jpeg");
        public static readonly ImageFormat Png = new ImageFormat("png");

        public ImageFormat(string value) { }
    }
}

namespace Amazon.BedrockRuntime.Model
{
    public partial class ConverseRequest
    {
        public List<Message> Messages { get; set; } = null!;

        public string ModelId { get; set; } = null!;
    }

    public partial class ConverseResponse
    {
    }

    public partial class Message
    {
        public List<ContentBlock> Content { get; set; } = null!;

        public ConversationRole Role { get; set; } = null!;
    }

    public partial class ContentBlock
    {
        public ImageBlock Image { get; set; } = null!;

        public string Text { get; set; } = null!;
    }

    public partial class ImageBlock
    {
        public ImageFormat Format { get; set; } = null!;

        public ImageSource Source { get; set; } = null!;
    }

    public partial class ImageSource
    {
        public MemoryStream Bytes { get; set; } = null!;
    }
}
