using System.Collections.Generic;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// A path is a value (docs/flow.md, "Frames through files"): a path this body wrote a frame to carries the frame
/// (<see cref="FlowValue.InFile"/>) wherever it goes, a read at a path from elsewhere asks what the file it names holds
/// (<see cref="FileContentsToken"/>), and a path handed to a method of the compilation holds what that method writes there
/// (<see cref="CallFileToken"/>).
/// </summary>
internal sealed partial class MethodFlowAnalysis
{
    /// <summary>The key of each path expression asked for (null: it has none).</summary>
    private Dictionary<IOperation, FilePath?>? _pathKeys;

    private FilePath? KeyOf(IOperation path)
    {
        _pathKeys ??= new Dictionary<IOperation, FilePath?>();
        if (!_pathKeys.TryGetValue(path, out var key))
        {
            key = FilePath.Of(path, _scan.SingleInitializer);
            _pathKeys.Add(path, key);
        }

        return key;
    }

    /// <summary>
    /// What the file a path value names holds: the file it carries from where it was written, and for a path from a
    /// parameter, a field or a call, whatever the program wrote at the path that reaches it.
    /// </summary>
    private static FlowValue FileNamedBy(FlowValue path)
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
    private bool IsBuiltText(IOperation path, int depth)
    {
        return OperationPeeling.Peel(path, Wrappers.Conversions | Wrappers.Parentheses) switch
        {
            IBinaryOperation or IInterpolatedStringOperation => true,
            ILocalReferenceOperation local when depth < 4 => _scan.SingleInitializer(local.Local) is { } initializer && IsBuiltText(initializer, depth + 1),
            _ => false,
        };
    }

    /// <summary>
    /// An expression that names a file this body writes (the same key, <see cref="FilePath"/>) is a path to what was
    /// written there, and carries it wherever it goes: returned, passed on, stored.
    /// </summary>
    private FlowValue PathToWrittenFile(IOperation operation) =>
        KeyOf(operation) is { } key && _files.TryGetValue(key, out var written) ? FlowValue.PathTo(written) : FlowValue.Empty;

    /// <summary>A write at the path the caller passes for a parameter: the caller's file at that path holds it.</summary>
    private void RecordParameterFile(IOperation? path, FlowValue written)
    {
        path = OperationPeeling.Peel(path, Wrappers.Conversions);
        if (_recording is { Owner: IMethodSymbol owner } && !written.IsEmpty
            && path is IParameterReferenceOperation { Parameter: var parameter }
            && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, owner))
        {
            var key = parameter.OriginalDefinition;
            _recording.ParameterFiles[key] = _recording.ParameterFiles.TryGetValue(key, out var before) ? before.Union(Settle(written)) : Settle(written);
        }
    }

    /// <summary>
    /// In a body that reads files: a path passed to a method of the compilation holds what that method writes at the path
    /// it is given (<c>Save(frame, path); File.ReadAllBytes(path)</c>).
    /// </summary>
    private bool WriteFilesPassedTo(IInvocationOperation call, CallSite site)
    {
        var changed = false;
        if (!_scan.ReadsFiles)
        {
            return changed;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument is { ArgumentKind: not ArgumentKind.DefaultValue, Parameter: { Type.SpecialType: SpecialType.System_String, RefKind: RefKind.None } parameter }
                && KeyOf(argument.Value) is { } key)
            {
                changed |= WriteFile(key, FlowValue.OfToken(new CallFileToken(site, parameter.Ordinal)), call.Syntax.GetLocation());
            }
        }

        return changed;
    }
}
