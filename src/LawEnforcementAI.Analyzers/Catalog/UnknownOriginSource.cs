namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>How an API hands over an image whose origin the analysis cannot see.</summary>
internal enum UnknownOriginShape
{
    /// <summary>The call's result or the property's value is the image (an upload's stream, a blob's content).</summary>
    Returns,

    /// <summary>The call writes the image into <see cref="UnknownOriginSource.Argument"/> (<c>IFormFile.CopyTo(stream)</c>).</summary>
    IntoArgument,

    /// <summary>
    /// The result is the image unless <see cref="UnknownOriginSource.Argument"/> is a constant: a download from a URL in
    /// the code is a static asset, one from a URL that varies is not.
    /// </summary>
    ReturnsUnlessConstantArgument,
}

/// <summary>
/// An API that yields image data from outside the program (an upload, a request body, a blob, a download): LEAI007 asks
/// a reviewer where it comes from when it reaches a vision request in law-enforcement code.
/// </summary>
internal sealed class UnknownOriginSource : CatalogEntry
{
    private UnknownOriginSource(string typeName, ApiMember member, string kind, UnknownOriginShape shape, Slot argument)
        : base(typeName, member)
    {
        Kind = kind;
        Shape = shape;
        Argument = argument;
    }

    /// <summary>What the message calls it: "upload", "HTTP request body", "blob", "download".</summary>
    public string Kind { get; }

    public UnknownOriginShape Shape { get; }

    public Slot Argument { get; }

    /// <summary>How the message names the origin: <c>upload 'IFormFile.OpenReadStream'</c>.</summary>
    public string OriginName => Kind + " '" + DisplayName + "'";

    public static UnknownOriginSource Returns(string type, ApiMember member, string kind) =>
        new(type, member, kind, UnknownOriginShape.Returns, default);

    public static UnknownOriginSource IntoArgument(string type, ApiMember member, string kind, string parameter) =>
        new(type, member, kind, UnknownOriginShape.IntoArgument, Slot.Parameter(parameter));

    public static UnknownOriginSource UnlessConstant(string type, ApiMember member, string kind, string parameter) =>
        new(type, member, kind, UnknownOriginShape.ReturnsUnlessConstantArgument, Slot.Parameter(parameter));

    public override string Describe() => Shape switch
    {
        UnknownOriginShape.IntoArgument => "writes an image of unknown origin (" + Kind + ") into " + Argument,
        UnknownOriginShape.ReturnsUnlessConstantArgument => "an image of unknown origin (" + Kind + ") unless " + Argument + " is a constant",
        _ => "an image of unknown origin (" + Kind + ")",
    };
}
