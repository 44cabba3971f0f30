namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>One line of a table: a member of a library type, matched by metadata name, and what it does to a frame.</summary>
internal abstract class CatalogEntry
{
    protected CatalogEntry(string typeName, ApiMember member)
    {
        TypeName = typeName;
        Member = member;
    }

    /// <summary>The metadata name (<c>System.Collections.Generic.List`1</c>), so stand-ins and real assemblies match alike.</summary>
    public string TypeName { get; }

    public ApiMember Member { get; }

    /// <summary>The type as a reader writes it: <c>List</c> for <c>System.Collections.Generic.List`1</c>.</summary>
    public string ShortTypeName
    {
        get
        {
            var start = TypeName.LastIndexOf('.') + 1;
            var tick = TypeName.IndexOf('`', start);
            return tick < 0 ? TypeName.Substring(start) : TypeName.Substring(start, tick - start);
        }
    }

    /// <summary>How diagnostics name the API: <c>VideoCapture.Read</c>, and the project that published it, if one did.</summary>
    public string DisplayName => ShortTypeName + "." + Member.Name + (Project is null ? string.Empty : " (" + Project + ")");

    /// <summary>The referenced project whose published flow facts declared this entry (docs/flow.md, "Across projects").</summary>
    public string? Project { get; private set; }

    /// <summary>Marks a freshly resolved entry as published by <paramref name="project"/>; entries are not shared before.</summary>
    public CatalogEntry PublishedBy(string project)
    {
        Project = project;
        return this;
    }

    /// <summary>What the entry does, in the words of the README; also names the entry in test failures.</summary>
    public abstract string Describe();

    public override string ToString() => TypeName + "." + Member + ": " + Describe();
}
