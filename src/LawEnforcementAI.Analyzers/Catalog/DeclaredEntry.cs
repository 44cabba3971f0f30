using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// An entry a team declared for one exact member (a documentation-comment ID names one overload), rather than a
/// table entry that matches every member of a name.
/// </summary>
internal readonly struct DeclaredEntry
{
    public DeclaredEntry(ISymbol member, CatalogEntry entry)
    {
        Member = member;
        Entry = entry;
    }

    public ISymbol Member { get; }

    public CatalogEntry Entry { get; }
}
