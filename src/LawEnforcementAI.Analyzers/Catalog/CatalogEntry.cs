using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>Which builds of a type's assembly an entry describes, where two libraries share a type's full name.</summary>
internal enum AssemblySigning
{
    Any,

    /// <summary>A strong-named assembly (NuGet's official SDKs).</summary>
    StrongNamed,

    /// <summary>An assembly without a public key (Unity compiles packages and <c>.asmdef</c> assemblies unsigned).</summary>
    Unsigned,
}

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

    /// <summary>
    /// Which assemblies the entry applies to: com.openai.unity's client has the official OpenAI SDK's full name
    /// (<c>OpenAI.OpenAIClient</c> in an assembly named OpenAI), and only its assembly identity tells them apart.
    /// </summary>
    public AssemblySigning Signing { get; private set; }

    /// <summary>Restricts a freshly built entry to assemblies signed as <paramref name="signing"/> says.</summary>
    public CatalogEntry In(AssemblySigning signing)
    {
        Signing = signing;
        return this;
    }

    /// <summary>Whether the entry applies to a type declared in <paramref name="assembly"/>.</summary>
    public bool Accepts(IAssemblySymbol? assembly) => Signing switch
    {
        AssemblySigning.StrongNamed => assembly?.Identity.HasPublicKey == true,
        AssemblySigning.Unsigned => assembly is not null && !assembly.Identity.HasPublicKey,
        _ => true,
    };

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
