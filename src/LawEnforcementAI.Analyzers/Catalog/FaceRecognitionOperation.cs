namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// One Azure AI Face recognition operation: every overload of <see cref="MemberName"/> declared by the type
/// <see cref="TypeMetadataName"/> (for the legacy SDK's extension methods, the static '...Extensions' class).
/// </summary>
internal sealed class FaceRecognitionOperation
{
    public FaceRecognitionOperation(string typeMetadataName, string memberName, FaceOperationKind kind)
    {
        TypeMetadataName = typeMetadataName;
        MemberName = memberName;
        Kind = kind;
    }

    public string TypeMetadataName { get; }

    public string MemberName { get; }

    public FaceOperationKind Kind { get; }
}
