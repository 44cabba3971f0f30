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
                && _files.KeyOf(argument.Value) is { } key)
            {
                changed |= WriteFile(key, FlowValue.OfToken(new CallFileToken(site, parameter.Ordinal)), call.Syntax.GetLocation());
            }
        }

        return changed;
    }
}
