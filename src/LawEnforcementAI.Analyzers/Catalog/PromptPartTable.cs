using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// What makes a model request carry an image, for the prompt rules (LEAI003, LEAI004): the SDKs' image parts, and the
/// marks an image leaves in text (a <c>data:image/</c> URI, the JSON part types of the chat and responses REST APIs).
/// Everything else in a request that is text is read as the prompt.
/// </summary>
internal static class PromptPartTable
{
    public static readonly ImmutableArray<ImagePart> ImageParts = ImmutableArray.Create(
        new ImagePart("OpenAI.Chat.ChatMessageContentPart", "CreateImagePart"),
        new ImagePart("OpenAI.Responses.ResponseContentPart", "CreateInputImagePart"),
        new ImagePart("Azure.AI.Inference.ChatMessageImageContentItem", ApiMember.Constructor),
        new ImagePart("Azure.AI.OpenAI.ChatMessageImageContentItem", ApiMember.Constructor),
        new ImagePart("Microsoft.Extensions.AI.DataContent", ApiMember.Constructor, mediaTypeParameter: "mediaType", uriParameter: "uri"),
        new ImagePart("Microsoft.Extensions.AI.UriContent", ApiMember.Constructor, mediaTypeParameter: "mediaType"),
        new ImagePart("Microsoft.Extensions.AI.ImageContent", ApiMember.Constructor),
        new ImagePart("Microsoft.SemanticKernel.ImageContent", ApiMember.Constructor));

    /// <summary>The image part types of the chat completions and responses REST APIs.</summary>
    public static readonly ImmutableArray<string> RestImagePartTypes = ImmutableArray.Create("image_url", "input_image");

    /// <summary>
    /// Text that carries or announces an image: a data URI, the part type of a REST request's JSON, or a frame pasted
    /// into a message as <c>{"image": "&lt;base64&gt;"}</c> (the GPT-4V cookbook's way of sending video frames).
    /// </summary>
    public static readonly ImmutableArray<string> ImageMarks = ImmutableArray.Create("data:image/", "\"image_url\"", "\"input_image\"", "\"image\":");

    /// <summary>
    /// A JSON name or value that is an image part of the chat completions or responses REST APIs, or the cookbook's
    /// pasted frame, written as an anonymous type's member, a <c>JsonObject</c> key or a string constant
    /// (<c>new { type = "image_url", image_url = ... }</c>, <c>new { image = b64 }</c>).
    /// </summary>
    public static readonly ImmutableHashSet<string> ImageJsonNames = ImmutableHashSet.CreateRange(RestImagePartTypes).Add("image");

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(PromptPartTable), imageParts: ImageParts);
}
