using LawEnforcementAI.Analyzers.Catalog;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Where the catalogue's rules meet a call or an object creation, for the stores it makes: into its receiver and
/// arguments (a transfer, a frame read into a buffer, a device opened, an upload copied into a stream), into files (a
/// write, or what is written into the stream it opens), and on the recording pass into the container (a registration).
/// The value the same rules give the call is <see cref="RuleValues"/>'s.
/// Owns nothing. Asks the rule values for what a slot holds, and the stores and the summary recorder to store it.
/// </summary>
internal sealed class RuleEffects
{
    private readonly ValueEvaluator _values;
    private readonly BodyRules _rules;
    private readonly VariableState _state;
    private readonly BodyFiles _files;
    private readonly Stores _stores;
    private readonly SummaryRecorder _recorder;

    public RuleEffects(ValueEvaluator values, BodyRules rules, VariableState state, BodyFiles files, Stores stores, SummaryRecorder recorder)
    {
        _values = values;
        _rules = rules;
        _state = state;
        _files = files;
        _stores = stores;
        _recorder = recorder;
    }

    /// <summary>The stores the call makes by the tables; true when any grew.</summary>
    public bool Apply(CallShape call) => ApplyRules(call) | ApplyFileWrites(call);

    private bool ApplyRules(CallShape call)
    {
        var changed = false;
        foreach (var rules in _rules.For(call.Method))
        {
            foreach (var transfer in rules.Transfers)
            {
                if (transfer.To.Kind != SlotKind.Result && Operands.Target(call, transfer.To) is { } target)
                {
                    changed |= _stores.Assign(target, RuleValues.Transcribed(_values.Rules.From(call, transfer.From), transfer));
                }
            }

            foreach (var source in rules.Sources)
            {
                changed |= ApplySource(call, source);
            }

            foreach (var origin in rules.UnknownOrigins)
            {
                changed |= ApplyUnknownOrigin(call, origin);
            }

            if (rules.ContainerService is { } service)
            {
                _recorder.Registration(call, service);
            }
        }

        return changed;
    }

    private bool ApplySource(CallShape call, CameraSource source)
    {
        switch (source.Shape)
        {
            case SourceShape.FrameIntoArgument when Operands.Target(call, source.FrameArgument) is { } frameTarget:
                // A source of fixed liveness (a live camera texture) is live whatever device object it was read from.
                var device = source.Liveness == FrameLiveness.Unknown ? call.Instance : null;
                return _stores.Assign(frameTarget, FlowValue.Frame(CameraSources.Origin(source, call.Operation, device)));
            case SourceShape.CaptureDeviceOpen when call.Instance is not null:
                return _stores.Assign(call.Instance, CameraSources.DeviceFromArguments(source.Opening!, call.Arguments));
            default:
                return false;
        }
    }

    /// <summary><c>upload.CopyToAsync(stream)</c>: the stream now holds the upload.</summary>
    private bool ApplyUnknownOrigin(CallShape call, UnknownOriginSource source) =>
        source.Shape == UnknownOriginShape.IntoArgument
        && Operands.Target(call, source.Argument) is { } target
        && _stores.Assign(target, UnknownOrigins.IntoArgument(source, call));

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
                    ? _values.Rules.From(call, access.Content)
                    : Operands.OpenedInto(call.Operation, _rules) is { } stream ? BodyFiles.WithoutOwnFile(_state.Of(stream), path) : FlowValue.Empty;
                changed |= _stores.WriteFile(path, written, call.Operation.Syntax.GetLocation());
                _recorder.ParameterFile(Operands.Target(call, access.Path), written);
            }
        }

        return changed;
    }
}
