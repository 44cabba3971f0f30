namespace LawEnforcementAI.Analyzers.Tests.Catalog;

/// <summary>
/// The real overloads of every member the catalogue names on a stand-in type (parameter types and names, as Roslyn
/// displays them), transcribed from the library's source, API listing or release notes; each row cites where.
/// <see cref="StandInShapeTests"/> fails when a stand-in has an overload that is not listed here.
/// </summary>
public static class StandInSignatures
{
    /// <param name="Full">The signatures carry the return type and each parameter's default value as well (the Face rows).</param>
    public sealed record Row(string Type, string Member, string[] Signatures, string Source, bool Full = false);

    private const string EmguCapture = "emgucv/emgucv Emgu.CV/Videoio/VideoCapture.cs (4.x)";
    private const string EmguMat = "emgucv/emgucv Emgu.CV/Core/Mat.cs (4.x)";
    private const string FlashCapImages = "kekyo/FlashCap FlashCap/PixelBufferExtension.cs (1.x, assembly FlashCap)";
    private const string FlashCapShot = "kekyo/FlashCap FlashCap/CaptureDeviceDescriptorExtension.cs (1.x, assembly FlashCap)";
    private const string Maui = "dotnet/maui src/Essentials/src/MediaPicker/MediaPicker.shared.cs and FileSystem/FileSystem.shared.cs (9.0/10.0)";
    private const string ToolkitCamera = "CommunityToolkit/Maui src/CommunityToolkit.Maui.Camera (Views/CameraView.shared.cs, Interfaces/ICameraView.cs, Primitives/MediaCapturedEventArgs.cs, 3.0+)";
    private const string OpenCvExtensions = "shimat/opencvsharp src/OpenCvSharp.Extensions/BitmapConverter.cs (4.x)";
    private const string LegacyAzure = "Azure/azure-sdk-for-net sdk/openai/Azure.AI.OpenAI/api/Azure.AI.OpenAI.netstandard2.0.cs (1.0.0-beta.13 to 16) and its release notes for 1.0.0-beta.17 (image content from Stream or BinaryData with a MIME type)";
    private const string LegacyAzureImages = "Azure/azure-sdk-for-net pull request #43830 and the Azure.AI.OpenAI change log for 1.0.0-beta.17 (Uri, BinaryData + MIME type, Stream + MIME type), with the parameter names of the same custom constructors as carried into sdk/ai/Azure.AI.Inference/src/Customized/ChatMessageImageContentItem.cs";
    private const string PreviewAbstractions = "dotnet/extensions src/Libraries/Microsoft.Extensions.AI.Abstractions (9.1.0-preview.1.25064.3: IChatClient.CompleteAsync/CompleteStreamingAsync, ChatClientExtensions, ImageContent)";
    private const string PreviewOpenAI = "dotnet/extensions src/Libraries/Microsoft.Extensions.AI.OpenAI (9.1.0-preview.1.25064.3: OpenAIClientExtensions.AsChatClient, OpenAIChatClient)";
    private const string LegacyResponses = "openai/openai-dotnet src/Custom/Responses/OpenAIResponseClient.cs (2.2.0 to 2.7.x)";

    private const string Bedrock = "aws/aws-sdk-net sdk/src/Services/BedrockRuntime/Generated/_netstandard/";

    private const string Ct = "System.Threading.CancellationToken cancellationToken";
    private const string IChat = "this Microsoft.Extensions.AI.IChatClient client";
    private const string ChatOptions = "Microsoft.Extensions.AI.ChatOptions options";

    public static readonly Row[] Rows =
    [
        // Emgu.CV 4.x
        new("Emgu.CV.VideoCapture", ".ctor",
            ["VideoCapture(int camIndex, Emgu.CV.VideoCapture.API captureApi, params System.Tuple<Emgu.CV.CvEnum.CapProp, int>[] captureProperties)",
             "VideoCapture(string fileName, Emgu.CV.VideoCapture.API captureApi, params System.Tuple<Emgu.CV.CvEnum.CapProp, int>[] captureProperties)"], EmguCapture),
        new("Emgu.CV.VideoCapture", "QueryFrame", ["QueryFrame()"], EmguCapture),
        new("Emgu.CV.VideoCapture", "QuerySmallFrame", ["QuerySmallFrame()"], EmguCapture),
        new("Emgu.CV.VideoCapture", "Read", ["Read(Emgu.CV.IOutputArray m)"], EmguCapture),
        new("Emgu.CV.VideoCapture", "Retrieve", ["Retrieve(Emgu.CV.IOutputArray image, int flag)"], EmguCapture),
        new("Emgu.CV.Mat", "GetRawData", ["GetRawData(params int[] indices)"], EmguMat),
        new("Emgu.CV.Mat", "Clone", ["Clone()"], EmguMat),
        new("Emgu.CV.Mat", "ToImage", ["ToImage<TColor, TDepth>(bool tryShareData)"], EmguMat),
        new("Emgu.CV.Image`2", "ToJpegData", ["ToJpegData(int quality)"], "emgucv/emgucv Emgu.CV/Core/Image.cs (4.x): public byte[] ToJpegData(int quality = 95)"),
        new("Emgu.CV.Util.VectorOfByte", "ToArray", ["ToArray()"], "emgucv/emgucv Emgu.CV/Util/VectorOfByte.cs (generated, 4.x)"),
        new("Emgu.CV.CvInvoke", "Imencode",
            ["Imencode(string ext, Emgu.CV.IInputArray image, params System.Collections.Generic.KeyValuePair<Emgu.CV.CvEnum.ImwriteFlags, int>[] parameters)",
             "Imencode(string ext, Emgu.CV.IInputArray image, Emgu.CV.Util.VectorOfByte buf, params System.Collections.Generic.KeyValuePair<Emgu.CV.CvEnum.ImwriteFlags, int>[] parameters)"],
            "emgucv/emgucv Emgu.CV/Imgcodecs/ImgcodecsInvoke.cs (4.x)"),
        new("Emgu.CV.BitmapExtension", "ToBitmap", ["ToBitmap(this Emgu.CV.Mat mat, bool tryDataSharing)"], "emgucv/emgucv Emgu.CV.Bitmap/BitmapExtension.cs (4.x)"),

        // FlashCap 1.x
        new("FlashCap.PixelBufferExtension", "CopyImage", ["CopyImage(this FlashCap.PixelBuffer pixelBuffer)"], FlashCapImages),
        new("FlashCap.PixelBufferExtension", "ExtractImage", ["ExtractImage(this FlashCap.PixelBuffer pixelBuffer)"], FlashCapImages),
        new("FlashCap.PixelBufferExtension", "ReferImage", ["ReferImage(this FlashCap.PixelBuffer pixelBuffer)"], FlashCapImages),
        new("FlashCap.CaptureDeviceDescriptorExtension", "TakeOneShotAsync",
            ["TakeOneShotAsync(this FlashCap.CaptureDeviceDescriptor descriptor, FlashCap.VideoCharacteristics characteristics, System.Threading.CancellationToken ct)",
             "TakeOneShotAsync(this FlashCap.CaptureDeviceDescriptor descriptor, FlashCap.VideoCharacteristics characteristics, FlashCap.TranscodeFormats transcodeFormat, System.Threading.CancellationToken ct)"],
            FlashCapShot),

        // AForge.NET 2.2.5 and Accord.NET 3.8.0
        new("AForge.Video.NewFrameEventArgs", "Frame", ["System.Drawing.Bitmap Frame"], "andrewkirillov/AForge.NET Sources/Video/VideoEvents.cs (2.2.5)"),
        new("Accord.Video.NewFrameEventArgs", "Frame", ["System.Drawing.Bitmap Frame"], "accord-net/framework Sources/Accord.Video/VideoEvents.cs (3.8.0)"),

        // .NET MAUI and CommunityToolkit.Maui.Camera
        new("Microsoft.Maui.Media.MediaPicker", "CapturePhotoAsync", ["CapturePhotoAsync(Microsoft.Maui.Media.MediaPickerOptions options)"], Maui),
        new("Microsoft.Maui.Media.IMediaPicker", "CapturePhotoAsync", ["CapturePhotoAsync(Microsoft.Maui.Media.MediaPickerOptions options)"], Maui),
        new("Microsoft.Maui.Media.MediaPicker", "CaptureVideoAsync", ["CaptureVideoAsync(Microsoft.Maui.Media.MediaPickerOptions options)"], Maui),
        new("Microsoft.Maui.Media.IMediaPicker", "CaptureVideoAsync", ["CaptureVideoAsync(Microsoft.Maui.Media.MediaPickerOptions options)"], Maui),
        new("Microsoft.Maui.Storage.FileBase", "OpenReadAsync", ["OpenReadAsync()"], Maui),
        new("Microsoft.Maui.Storage.FileBase", "FullPath", ["string FullPath"], Maui),
        new("CommunityToolkit.Maui.Views.CameraView", "CaptureImage", ["CaptureImage(System.Threading.CancellationToken token)"], ToolkitCamera),
        new("CommunityToolkit.Maui.Core.ICameraView", "CaptureImage", ["CaptureImage(System.Threading.CancellationToken token)"], ToolkitCamera),
        new("CommunityToolkit.Maui.Core.MediaCapturedEventArgs", "Media", ["System.IO.Stream Media"], ToolkitCamera),

        // OpenCvSharp4.Extensions and OpenCvSharp5.GdipExtensions
        new("OpenCvSharp.Extensions.BitmapConverter", "ToBitmap",
            ["ToBitmap(this OpenCvSharp.Mat src)", "ToBitmap(this OpenCvSharp.Mat src, System.Drawing.Imaging.PixelFormat pf)", "ToBitmap(this OpenCvSharp.Mat src, System.Drawing.Bitmap dst)"], OpenCvExtensions),
        new("OpenCvSharp.GdipExtensions.BitmapConverter", "ToBitmap",
            ["ToBitmap(this OpenCvSharp.Mat src)", "ToBitmap(this OpenCvSharp.Mat src, System.Drawing.Imaging.PixelFormat pf)", "ToBitmap(this OpenCvSharp.Mat src, System.Drawing.Bitmap dst)"], "shimat/opencvsharp src/OpenCvSharp.GdipExtensions/BitmapConverter.cs (OpenCvSharp5.GdipExtensions)"),

        // Azure.AI.OpenAI 1.0.0-beta.17
        new("Azure.AI.OpenAI.OpenAIClient", ".ctor",
            ["OpenAIClient()",
             "OpenAIClient(System.Uri endpoint, Azure.AzureKeyCredential keyCredential)",
             "OpenAIClient(System.Uri endpoint, Azure.AzureKeyCredential keyCredential, Azure.AI.OpenAI.OpenAIClientOptions options)",
             "OpenAIClient(System.Uri endpoint, Azure.Core.TokenCredential tokenCredential)",
             "OpenAIClient(System.Uri endpoint, Azure.Core.TokenCredential tokenCredential, Azure.AI.OpenAI.OpenAIClientOptions options)",
             "OpenAIClient(string openAIApiKey)",
             "OpenAIClient(string openAIApiKey, Azure.AI.OpenAI.OpenAIClientOptions options)"], LegacyAzure),
        new("Azure.AI.OpenAI.OpenAIClient", "GetChatCompletions", ["GetChatCompletions(Azure.AI.OpenAI.ChatCompletionsOptions chatCompletionsOptions, " + Ct + ")"], LegacyAzure),
        new("Azure.AI.OpenAI.OpenAIClient", "GetChatCompletionsAsync", ["GetChatCompletionsAsync(Azure.AI.OpenAI.ChatCompletionsOptions chatCompletionsOptions, " + Ct + ")"], LegacyAzure),
        new("Azure.AI.OpenAI.OpenAIClient", "GetChatCompletionsStreaming", ["GetChatCompletionsStreaming(Azure.AI.OpenAI.ChatCompletionsOptions chatCompletionsOptions, " + Ct + ")"], LegacyAzure),
        new("Azure.AI.OpenAI.OpenAIClient", "GetChatCompletionsStreamingAsync", ["GetChatCompletionsStreamingAsync(Azure.AI.OpenAI.ChatCompletionsOptions chatCompletionsOptions, " + Ct + ")"], LegacyAzure),
        new("Azure.AI.OpenAI.ChatCompletionsOptions", ".ctor",
            ["ChatCompletionsOptions()", "ChatCompletionsOptions(string deploymentName, System.Collections.Generic.IEnumerable<Azure.AI.OpenAI.ChatRequestMessage> messages)"], LegacyAzure),
        new("Azure.AI.OpenAI.ChatRequestUserMessage", ".ctor",
            ["ChatRequestUserMessage(params Azure.AI.OpenAI.ChatMessageContentItem[] content)",
             "ChatRequestUserMessage(System.Collections.Generic.IEnumerable<Azure.AI.OpenAI.ChatMessageContentItem> content)",
             "ChatRequestUserMessage(string content)"], LegacyAzure),
        new("Azure.AI.OpenAI.ChatMessageImageContentItem", ".ctor",
            ["ChatMessageImageContentItem(System.Uri imageUri, Azure.AI.OpenAI.ChatMessageImageDetailLevel? detailLevel)",
             "ChatMessageImageContentItem(System.BinaryData bytes, string mimeType, Azure.AI.OpenAI.ChatMessageImageDetailLevel? detailLevel)",
             "ChatMessageImageContentItem(System.IO.Stream stream, string mimeType, Azure.AI.OpenAI.ChatMessageImageDetailLevel? detailLevel)"], LegacyAzureImages),

        // Microsoft.Extensions.AI 9.1 preview
        new("Microsoft.Extensions.AI.IChatClient", "CompleteAsync",
            ["CompleteAsync(System.Collections.Generic.IList<Microsoft.Extensions.AI.ChatMessage> chatMessages, " + ChatOptions + ", " + Ct + ")"], PreviewAbstractions),
        new("Microsoft.Extensions.AI.IChatClient", "CompleteStreamingAsync",
            ["CompleteStreamingAsync(System.Collections.Generic.IList<Microsoft.Extensions.AI.ChatMessage> chatMessages, " + ChatOptions + ", " + Ct + ")"], PreviewAbstractions),
        new("Microsoft.Extensions.AI.ChatClientExtensions", "CompleteAsync",
            ["CompleteAsync(" + IChat + ", string chatMessage, " + ChatOptions + ", " + Ct + ")",
             "CompleteAsync(" + IChat + ", Microsoft.Extensions.AI.ChatMessage chatMessage, " + ChatOptions + ", " + Ct + ")"], PreviewAbstractions),
        new("Microsoft.Extensions.AI.ChatClientExtensions", "CompleteStreamingAsync",
            ["CompleteStreamingAsync(" + IChat + ", string chatMessage, " + ChatOptions + ", " + Ct + ")",
             "CompleteStreamingAsync(" + IChat + ", Microsoft.Extensions.AI.ChatMessage chatMessage, " + ChatOptions + ", " + Ct + ")"], PreviewAbstractions),
        new("Microsoft.Extensions.AI.ImageContent", ".ctor",
            ["ImageContent(System.Uri uri, string mediaType)", "ImageContent(string uri, string mediaType)", "ImageContent(System.ReadOnlyMemory<byte> data, string mediaType)"], PreviewAbstractions),
        new("Microsoft.Extensions.AI.OpenAIClientExtensions", "AsChatClient",
            ["AsChatClient(this OpenAI.OpenAIClient openAIClient, string modelId)", "AsChatClient(this OpenAI.Chat.ChatClient chatClient)"], PreviewOpenAI),
        new("Microsoft.Extensions.AI.OpenAIChatClient", ".ctor",
            ["OpenAIChatClient(OpenAI.OpenAIClient openAIClient, string modelId)", "OpenAIChatClient(OpenAI.Chat.ChatClient chatClient)"], PreviewOpenAI),

        // OpenAI 2.2.0 to 2.7.x Responses names
        new("OpenAI.Responses.OpenAIResponseClient", ".ctor",
            ["OpenAIResponseClient(string model, string apiKey)", "OpenAIResponseClient(string model, System.ClientModel.ApiKeyCredential credential)",
             "OpenAIResponseClient(string model, System.ClientModel.ApiKeyCredential credential, OpenAI.OpenAIClientOptions options)"], LegacyResponses),
        new("OpenAI.Responses.OpenAIResponseClient", "CreateResponse",
            ["CreateResponse(System.Collections.Generic.IEnumerable<OpenAI.Responses.ResponseItem> inputItems, OpenAI.Responses.ResponseCreationOptions options, " + Ct + ")",
             "CreateResponse(string userInputText, OpenAI.Responses.ResponseCreationOptions options, " + Ct + ")"], LegacyResponses),
        new("OpenAI.Responses.OpenAIResponseClient", "CreateResponseAsync",
            ["CreateResponseAsync(System.Collections.Generic.IEnumerable<OpenAI.Responses.ResponseItem> inputItems, OpenAI.Responses.ResponseCreationOptions options, " + Ct + ")",
             "CreateResponseAsync(string userInputText, OpenAI.Responses.ResponseCreationOptions options, " + Ct + ")"], LegacyResponses),

        // Azure.AI.Vision.Face 1.0.0-beta.2 and Microsoft.Azure.CognitiveServices.Vision.Face 2.8.0-preview.3
        // AWSSDK.BedrockRuntime 4.x (the .NET build: the operations are public only as ...Async)
        new("Amazon.BedrockRuntime.AmazonBedrockRuntimeClient", ".ctor", ["AmazonBedrockRuntimeClient()", "AmazonBedrockRuntimeClient(string awsAccessKeyId, string awsSecretAccessKey)"], Bedrock + "AmazonBedrockRuntimeClient.cs"),
        new("Amazon.BedrockRuntime.AmazonBedrockRuntimeClient", "ConverseAsync", ["ConverseAsync(Amazon.BedrockRuntime.Model.ConverseRequest request, " + Ct + ")"], Bedrock + "AmazonBedrockRuntimeClient.cs"),
        new("Amazon.BedrockRuntime.IAmazonBedrockRuntime", "ConverseAsync", ["ConverseAsync(Amazon.BedrockRuntime.Model.ConverseRequest request, " + Ct + ")"], Bedrock + "IAmazonBedrockRuntime.cs"),

        // Google.GenAI (commits of googleapis/dotnet-genai: Client.cs ba1ce042, Models.cs 0068b081)
        new("Google.GenAI.Client", ".ctor", ["Client(bool? vertexAI, string apiKey, Google.Apis.Auth.OAuth2.ICredential credential, string project, string location, Google.GenAI.Types.HttpOptions httpOptions)"], "googleapis/dotnet-genai Google.GenAI/Client.cs (commit ba1ce042)"),
        new("Google.GenAI.Models", "GenerateContentAsync", ["GenerateContentAsync(string model, System.Collections.Generic.List<Google.GenAI.Types.Content> contents, Google.GenAI.Types.GenerateContentConfig config)", "GenerateContentAsync(string model, Google.GenAI.Types.Content contents, Google.GenAI.Types.GenerateContentConfig config)", "GenerateContentAsync(string model, string contents, Google.GenAI.Types.GenerateContentConfig config)"], "googleapis/dotnet-genai Google.GenAI/Models.cs (commit 0068b081)"),
        new("Google.GenAI.Models", "GenerateContentStreamAsync", ["GenerateContentStreamAsync(string model, System.Collections.Generic.List<Google.GenAI.Types.Content> contents, Google.GenAI.Types.GenerateContentConfig config)", "GenerateContentStreamAsync(string model, Google.GenAI.Types.Content contents, Google.GenAI.Types.GenerateContentConfig config)", "GenerateContentStreamAsync(string model, string contents, Google.GenAI.Types.GenerateContentConfig config)"], "googleapis/dotnet-genai Google.GenAI/Models.cs (commit 0068b081)"),

        .. FaceStandInSignatures.Rows,

        // Unity 6000.0 and Meta's MR Utility Kit
        .. UnityStandInSignatures.Rows,
    ];
}
