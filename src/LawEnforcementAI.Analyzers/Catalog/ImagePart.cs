namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// A library member that puts an image into a model request (an image content part, an image item), for LEAI003 and
/// LEAI004, which read the text sent with an image whatever the image's origin. Where the member also takes other
/// media, <see cref="MediaTypeParameter"/> (a MIME type) or <see cref="UriParameter"/> (a <c>data:</c> URI) says which:
/// a constant that names no image makes the part no image; anything else counts as one.
/// </summary>
internal sealed class ImagePart : CatalogEntry
{
    public ImagePart(string typeName, ApiMember member, string? mediaTypeParameter = null, string? uriParameter = null)
        : base(typeName, member)
    {
        MediaTypeParameter = mediaTypeParameter;
        UriParameter = uriParameter;
    }

    public string? MediaTypeParameter { get; }

    public string? UriParameter { get; }

    public override string Describe() => "makes an image part" + (MediaTypeParameter is { } media ? " when `" + media + "` is an image type" : string.Empty);
}
