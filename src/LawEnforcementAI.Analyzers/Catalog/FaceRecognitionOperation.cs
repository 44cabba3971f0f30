namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// One Azure AI Face recognition operation: every overload of the member named by <see cref="CatalogEntry.Member"/>
/// declared by the type <see cref="CatalogEntry.TypeName"/> (for the legacy SDK's extension methods, the static '...Extensions' class).
/// </summary>
internal sealed class FaceRecognitionOperation : CatalogEntry
{
    public FaceRecognitionOperation(string typeMetadataName, string memberName, FaceOperationKind kind)
        : base(typeMetadataName, ApiMember.Named(memberName))
    {
        Kind = kind;
    }

    public FaceOperationKind Kind { get; }

    public override string Describe() => "Face recognition operation (" + Kind + ")";
}
