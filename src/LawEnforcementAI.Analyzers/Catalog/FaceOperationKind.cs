namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// What an Azure AI Face call does with a face, in the words of the Limited Access page: each kind is part of "Azure Face
/// recognition", which clause F bars for use by or for US police. Detection is not a kind here on purpose (docs/rules/LEAI005.md).
/// </summary>
internal enum FaceOperationKind
{
    /// <summary>1:N, a face against the persons of a group or directory.</summary>
    Identification,

    /// <summary>1:1, a face against another face or against one person.</summary>
    Verification,

    /// <summary>A face against a list or array of faces.</summary>
    FindSimilar,

    /// <summary>Faces split into groups of the same person.</summary>
    Grouping,

    /// <summary>Building the gallery the other kinds search: persons, their faces, training.</summary>
    Enrolment,
}

internal static class FaceOperationKindText
{
    /// <summary>The wording in LEAI005's message.</summary>
    public static string Describe(this FaceOperationKind kind) => kind switch
    {
        FaceOperationKind.Identification => "identification",
        FaceOperationKind.Verification => "verification",
        FaceOperationKind.FindSimilar => "find-similar",
        FaceOperationKind.Grouping => "grouping",
        _ => "enrolment into a recognition gallery",
    };
}
