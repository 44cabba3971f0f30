using LawEnforcementAI.Analyzers.Catalog;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// A path is a value (docs/flow.md, "Frames through files"): the path a frame was written to carries "the file here holds
/// this frame" wherever the string goes (returns, arguments, fields, records), and reading a file at the value yields it.
/// </summary>
internal readonly partial struct FlowValue
{
    /// <summary>What the file at this value holds, when the value is a path something was written to; else empty.</summary>
    public FlowValue InFile => _inFile?.Value ?? Empty;

    /// <summary>
    /// A path whose file holds <paramref name="contents"/>: its frames and tokens (a file holds data, not a device, a
    /// service or a function; a path written into a file is text, not a file of its own).
    /// </summary>
    public static FlowValue PathTo(FlowValue contents)
    {
        if (contents.Frames.IsEmpty && contents.Tokens.IsEmpty)
        {
            return Empty;
        }

        return new FlowValue(default, DeviceFacts.None, ProviderFacts.None, default, default, Contents(new FlowValue(contents._frames, DeviceFacts.None, ProviderFacts.None, contents._tokens)));
    }

    /// <summary>The same text, naming no file: a path built from this one (<c>path + ".json"</c>) is another file.</summary>
    public FlowValue WithoutInFile() => _inFile is null ? this : new FlowValue(_frames, Device, Provider, _tokens, _functions, null);

    /// <summary>The same value without <paramref name="token"/>.</summary>
    public FlowValue Without(FlowToken token) =>
        Tokens.Contains(token) ? new FlowValue(_frames, Device, Provider, Tokens.Remove(token), _functions, _inFile) : this;

    private static FileContents? Contents(FlowValue value) => value.IsEmpty ? null : new FileContents(value);

    private static FileContents? UnionFiles(FileContents? mine, FileContents? theirs)
    {
        if (theirs is null || ReferenceEquals(mine, theirs))
        {
            return mine;
        }

        if (mine is null)
        {
            return theirs;
        }

        var joined = mine.Value.Union(theirs.Value);
        return joined.GrewFrom(mine.Value) ? new FileContents(joined) : mine;
    }

    /// <summary>A box, so a value can hold the value of its file.</summary>
    private sealed class FileContents
    {
        public FileContents(FlowValue value) => Value = value;

        public FlowValue Value { get; }
    }
}
