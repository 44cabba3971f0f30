using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Frames through files: one "file at this path" slot per path the body can name (<see cref="FilePath"/>). A write
/// stores into the slot, a read yields it; paths that mean the same in every method (constants, fields) are also a
/// <see cref="FileToken"/> that the solver fills with what the rest of the program writes there.
/// </summary>
internal sealed partial class MethodFlowAnalysis
{
    /// <summary>What the table's reads and opens of this call yield: what this body and (for shared paths) the program wrote there.</summary>
    private FlowValue ReadFiles(CallShape call, MemberRules rules)
    {
        var value = FlowValue.Empty;
        foreach (var access in rules.Files)
        {
            // Reads, and opens that only read; a file created or opened for writing is not an image brought in.
            if ((access.Kind == FileOperationKind.Read || (access.Kind == FileOperationKind.Open && access.ReadsOnly))
                && Target(call, access.Path) is { } readPath && _origins.MayNameAnyFile(readPath))
            {
                value = value.Union(_origins.OfFileRead(call, Eval(readPath)));
            }

            if (access.Kind == FileOperationKind.Write)
            {
                continue;
            }

            if (_files.PathOf(call, access.Path) is { } path)
            {
                value = value.Union(_files.Written(path));
                if (path.IsShared)
                {
                    value = value.Union(FlowValue.OfToken(new FileToken(path)));
                }
            }

            if (Target(call, access.Path) is { } pathArgument && !_files.IsBuiltText(pathArgument))
            {
                value = value.Union(BodyFiles.FileNamedBy(Eval(pathArgument)));
            }
        }

        return value;
    }

    /// <summary>The writes this call makes to files: its content argument, or what is written into the stream it opens.</summary>
    private bool ApplyFileWrites(CallShape call)
    {
        var changed = false;
        foreach (var rules in _rules.For(call.Method))
        {
            foreach (var access in rules.Files)
            {
                if (access.Kind == FileOperationKind.Read || _files.PathOf(call, access.Path) is not { } path)
                {
                    continue;
                }

                var written = access.Kind == FileOperationKind.Write
                    ? From(call, access.Content)
                    : OpenedInto(call.Operation) is { } stream ? BodyFiles.WithoutOwnFile(_variables.Of(stream), path) : FlowValue.Empty;
                changed |= WriteFile(path, written, call.Operation.Syntax.GetLocation());
                RecordParameterFile(Target(call, access.Path), written);
            }
        }

        return changed;
    }

    private bool WriteFile(FilePath path, FlowValue value, Location location)
    {
        if (value.IsEmpty)
        {
            return false;
        }

        if (_recording is not null && path.IsShared)
        {
            _recording.FileWrites.Add(new FileWrite(path, Settle(value), location));
        }

        return _files.Write(path, value);
    }

    /// <summary>The variable, field or parameter a stream returned by <paramref name="operation"/> is kept in.</summary>
    private ISymbol? OpenedInto(IOperation operation)
    {
        var node = operation.Parent;
        var child = operation;
        while (node is IConversionOperation or IParenthesizedOperation)
        {
            child = node;
            node = node.Parent;
        }

        return node switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation assignment when assignment.Value == child => RootOf(assignment.Target),
            _ => null,
        };
    }

}
