namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// One Azure AI Face recognition operation: every overload of the member named by <see cref="CatalogEntry.Member"/>
/// declared by the type <see cref="CatalogEntry.TypeName"/> (for the legacy SDK's extension methods, the static '...Extensions' class).
/// </summary>
internal sealed class FaceRecognitionOperation : CatalogEntry
{
    public FaceRecognitionOperation(string typeMetadataName, string memberName, FaceOperationKind kind, ProviderFacts provider = ProviderFacts.Azure)
        : base(typeMetadataName, ApiMember.Named(memberName))
    {
        Kind = kind;
        Provider = provider;
    }

    /// <summary>Whose face service it is: Microsoft's (Azure AI Face, LEAI005) or AWS's (Amazon Rekognition, LEAI011).</summary>
    public ProviderFacts Provider { get; }

    public FaceOperationKind Kind { get; }

    public override string Describe() =>
        (Provider == ProviderFacts.Aws ? "Amazon Rekognition face comparison (" : "Face recognition operation (") + Kind + ")";
}
