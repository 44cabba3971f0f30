using System.Collections.Generic;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Frames through files (docs/flow.md, "Frames through files"): one "file at this path" slot per path the body can name
/// (<see cref="FilePath"/>). A write stores into the slot, a read yields it; paths that mean the same in every method
/// (constants, fields) are also a <see cref="FileToken"/> that the solver fills with what the rest of the program writes
/// there. A path is a value: a path this body wrote a frame to carries the frame (<see cref="FlowValue.InFile"/>)
/// wherever it goes, and a read at a path from elsewhere asks what the file it names holds (<see cref="FileContentsToken"/>).
/// Owns the file slots and the key of each path expression. Asks the scan for the single initializer of a local.
/// </summary>
internal sealed class BodyFiles
{
    private readonly BodyScan _scan;
    private readonly Dictionary<FilePath, FlowValue> _files = new();

    /// <summary>The key of each path expression asked for (null: it has none).</summary>
    private Dictionary<IOperation, FilePath?>? _pathKeys;

    public BodyFiles(BodyScan scan)
    {
        _scan = scan;
    }

    /// <summary>No file written yet: no expression can be a path to one.</summary>
    public bool IsEmpty => _files.Count == 0;

    public FilePath? KeyOf(IOperation path)
    {
        _pathKeys ??= new Dictionary<IOperation, FilePath?>();
        if (!_pathKeys.TryGetValue(path, out var key))
        {
            key = FilePath.Of(path, _scan.SingleInitializer);
            _pathKeys.Add(path, key);
        }

        return key;
    }

    /// <summary>The key of the path the call's <paramref name="slot"/> names.</summary>
    public FilePath? PathOf(CallShape call, Slot slot)
    {
        foreach (var argument in call.Arguments)
        {
            if (slot.Matches(argument.Parameter))
            {
                return KeyOf(argument.Value);
            }
        }

        return null;
    }

    /// <summary>What this body wrote at the path.</summary>
    public FlowValue Written(FilePath path) => _files.TryGetValue(path, out var written) ? written : FlowValue.Empty;

    /// <summary>Adds <paramref name="value"/> to the file at the path; true when that grew.</summary>
    public bool Write(FilePath path, FlowValue value)
    {
        _files.TryGetValue(path, out var before);
        var after = before.Union(value);
        if (!after.GrewFrom(before))
        {
            return false;
        }

        _files[path] = after;
        return true;
    }

    /// <summary>
    /// An expression that names a file this body writes (the same key, <see cref="FilePath"/>) is a path to what was
    /// written there, and carries it wherever it goes: returned, passed on, stored.
    /// </summary>
    public FlowValue PathToWrittenFile(IOperation operation) =>
        KeyOf(operation) is { } key && _files.TryGetValue(key, out var written) ? FlowValue.PathTo(written) : FlowValue.Empty;

    /// <summary>
    /// What the file a path value names holds: the file it carries from where it was written, and for a path from a
    /// parameter, a field or a call, whatever the program wrote at the path that reaches it.
    /// </summary>
    public static FlowValue FileNamedBy(FlowValue path)
    {
        var value = path.InFile;
        foreach (var token in path.Tokens)
        {
            if (FileContentsToken.CanName(token))
            {
                value = value.Union(FlowValue.OfToken(new FileContentsToken(token)));
            }
        }

        return value;
    }

    /// <summary>
    /// Text built from a path (<c>path + ".json"</c>, <c>$"{path}.json"</c>, or a local holding it) names another file: the
    /// file its parts name is not read. (Its value has already dropped <see cref="FlowValue.InFile"/>; its tokens cannot.)
    /// </summary>
    public bool IsBuiltText(IOperation path, int depth = 0) => OperationPeeling.Peel(path, Wrappers.Conversions | Wrappers.Parentheses) switch
    {
        IBinaryOperation or IInterpolatedStringOperation => true,
        ILocalReferenceOperation local when depth < 4 => _scan.SingleInitializer(local.Local) is { } initializer && IsBuiltText(initializer, depth + 1),
        _ => false,
    };

    /// <summary>A stream opened on a file already holds what the file holds; writing that back adds nothing.</summary>
    public static FlowValue WithoutOwnFile(FlowValue value, FilePath path) => value.Without(new FileToken(path));
}
