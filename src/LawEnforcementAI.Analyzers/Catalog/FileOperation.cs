namespace LawEnforcementAI.Analyzers.Catalog;

internal enum FileOperationKind
{
    /// <summary>Writes the value of <see cref="FileOperation.Content"/> to the file at <see cref="FileOperation.Path"/>.</summary>
    Write,

    /// <summary>Returns what the file at <see cref="FileOperation.Path"/> holds.</summary>
    Read,

    /// <summary>
    /// Returns a stream over the file at <see cref="FileOperation.Path"/>: reading it yields what the file holds, and what is
    /// written into the variable the stream is kept in is written to the file.
    /// </summary>
    Open,
}

/// <summary>
/// A library member that writes a frame to a path or reads one back. The engine keeps one "file at this path" slot per
/// path it can name (docs/flow.md, "Frames through files"), so a frame written and read back at the same path is still
/// that frame, and a file nobody writes a frame to (a logo) is not one.
/// </summary>
internal sealed class FileOperation : CatalogEntry
{
    public FileOperation(string typeName, ApiMember member, FileOperationKind kind, Slot path, Slot content, bool readsOnly = false)
        : base(typeName, member)
    {
        Kind = kind;
        Path = path;
        Content = content;
        ReadsOnly = readsOnly;
    }

    public FileOperationKind Kind { get; }

    /// <summary>
    /// An open that only reads (<c>File.OpenRead</c>): it brings in what the file holds, so from a path the code does not
    /// fix it is an image of unknown origin, where a file created or opened for writing is not.
    /// </summary>
    public bool ReadsOnly { get; }

    /// <summary>The argument that names the file.</summary>
    public Slot Path { get; }

    /// <summary>For a write, the value written (the receiver, or an argument); for a read or open, the result.</summary>
    public Slot Content { get; }

    public override string Describe() => Kind switch
    {
        FileOperationKind.Write => "writes the " + Content + " to the file at " + Path,
        FileOperationKind.Read => "reads the file at " + Path,
        _ when ReadsOnly => "opens the file at " + Path + " for reading",
        _ => "opens the file at " + Path + " (written through the stream, read back from it)",
    };
}
