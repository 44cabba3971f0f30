using System.Collections.Immutable;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Where the catalogue's rules meet a call or an object creation, for the value it yields: a frame or a device
/// (<see cref="CameraSources"/>), a client's service, what flows into its result, what a file read brings in, a
/// resolved service. A call is evaluated for its value wherever it appears and applied for its effects once per pass
/// (<see cref="RuleEffects"/>), so each rule is used exactly once in each role.
/// Owns nothing. Asks the evaluator for operands, the variable state what keeps a call's result, the files what a path
/// holds, the unknown origins what a read from outside is, and the container services what a resolution hands back.
/// </summary>
internal sealed class RuleValues
{
    private readonly ValueEvaluator _values;
    private readonly BodyRules _rules;
    private readonly VariableState _state;
    private readonly BodyFiles _files;
    private readonly UnknownOrigins _origins;
    private readonly ContainerServices _services;

    public RuleValues(ValueEvaluator values, BodyRules rules, VariableState state, BodyFiles files, UnknownOrigins origins, ContainerServices services)
    {
        _values = values;
        _rules = rules;
        _state = state;
        _files = files;
        _origins = origins;
        _services = services;
    }

    /// <summary>What the call produces by the tables.</summary>
    public FlowValue OfCall(CallShape call)
    {
        var value = FlowValue.Empty;
        foreach (var rules in _rules.For(call.Method))
        {
            foreach (var transfer in rules.Transfers)
            {
                if (transfer.To.Kind == SlotKind.Result)
                {
                    // A library call that returns a string builds new text (string.Concat, Convert.ToBase64String): the
                    // path of another file, if a path at all.
                    var carried = Transcribed(From(call, transfer.From), transfer);
                    value = value.Union(call.Method.ReturnType.SpecialType == SpecialType.System_String ? carried.WithoutInFile() : carried);
                }
            }

            foreach (var source in rules.Sources)
            {
                value = value.Union(CameraSources.Value(call, source));
            }

            foreach (var origin in rules.UnknownOrigins)
            {
                value = value.Union(UnknownOrigins.Of(origin, call, call.Operation));
            }

            if (rules.Files.Count > 0)
            {
                value = value.Union(ReadFiles(call, rules));
            }

            if (rules.ClientFactory is { } factory)
            {
                value = value.Union(FlowValue.OfProvider(ProviderOf(factory, call.Arguments)));
            }

            if (rules.ContainerService is { } service)
            {
                value = value.Union(_services.Resolved(call, service));
            }
        }

        return value;
    }

    /// <summary>
    /// What a transfer carries: a speech-to-text call's output is the transcript of what went in. Tokens stay as they are:
    /// a recording another method hands in becomes its transcript only as far as this body can see (docs/flow.md).
    /// </summary>
    public static FlowValue Transcribed(FlowValue carried, Catalog.FlowThrough transfer) =>
        transfer.Transcribes && !carried.Frames.IsEmpty ? carried.MapFrames(o => o.AsTranscript(), keepTokens: true) : carried;

    /// <summary>What a slot of the call holds: the receiver, or the union of the arguments it names.</summary>
    public FlowValue From(CallShape call, Slot slot)
    {
        if (slot.Kind == SlotKind.Receiver)
        {
            return _values.Eval(call.Instance ?? Operands.ExtensionReceiver(call.Method, call.Arguments));
        }

        if (slot.Kind == SlotKind.Result)
        {
            // The result as a source, two ways: what the call itself yields (a registration such as
            // builder.AddOpenAIChatCompletion(...) whose result is dropped still adds that client to its builder), and what
            // is later written into the variable that keeps the result (a writer over a stream).
            var kept = Operands.OpenedInto(call.Operation, _rules) is { } holder ? _state.Of(holder) : FlowValue.Empty;
            return kept.Union(OfCall(call));
        }

        var value = FlowValue.Empty;
        if (slot.Kind == SlotKind.Ambient)
        {
            // What this body stored into the static state before the call reads it (RenderTexture.active = rt).
            foreach (var member in _rules.Index.AmbientMembers(slot))
            {
                value = value.Union(_state.Of(member.OriginalDefinition));
            }

            return value;
        }

        foreach (var argument in call.Arguments)
        {
            if (slot.Matches(argument.Parameter))
            {
                value = value.Union(_values.Calls.OfArgument(argument.Value));
            }
        }

        return value;
    }

    /// <summary>What the table's reads and opens of this call yield: what this body and (for shared paths) the program wrote there.</summary>
    private FlowValue ReadFiles(CallShape call, MemberRules rules)
    {
        var value = FlowValue.Empty;
        foreach (var access in rules.Files)
        {
            // Reads, and opens that only read; a file created or opened for writing is not an image brought in.
            if ((access.Kind == FileOperationKind.Read || (access.Kind == FileOperationKind.Open && access.ReadsOnly))
                && Operands.Target(call, access.Path) is { } readPath && _origins.MayNameAnyFile(readPath))
            {
                value = value.Union(_origins.OfFileRead(call, _values.Eval(readPath)));
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

            if (Operands.Target(call, access.Path) is { } pathArgument && !_files.IsBuiltText(pathArgument))
            {
                value = value.Union(BodyFiles.FileNamedBy(_values.Eval(pathArgument)));
            }
        }

        return value;
    }

    /// <summary>The service a client targets, by the fields of its factory's table entry.</summary>
    private ProviderFacts ProviderOf(ClientFactory factory, ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (factory.AzureIfGiven is { } endpoint && endpoint.Matches(argument.Parameter))
            {
                return ProviderFacts.Azure;
            }
        }

        foreach (var argument in arguments)
        {
            if (factory.Endpoint is { } url && url.Matches(argument.Parameter))
            {
                return KnownOrUnknown(_values.Eval(argument.Value));
            }
        }

        foreach (var argument in arguments)
        {
            if (factory.Options is { } options && argument.ArgumentKind != ArgumentKind.DefaultValue && options.Matches(argument.Parameter))
            {
                return ProviderFromOptions(_values.Eval(argument.Value), factory.Default);
            }
        }

        return factory.Default;
    }

    /// <summary>An endpoint that cannot be read (configuration, a parameter nobody passes a constant to) may be any service.</summary>
    private static ProviderFacts KnownOrUnknown(FlowValue url)
    {
        var endpoint = url.Provider & ProviderFacts.Endpoints;
        return endpoint == ProviderFacts.None ? ProviderFacts.Unknown : endpoint;
    }

    /// <summary>An endpoint set to something we cannot read is an unknown service, not OpenAI's default.</summary>
    public static FlowValue EndpointValue(FlowValue assigned)
    {
        var endpoint = assigned.Provider & ProviderFacts.Endpoints;
        return FlowValue.OfProvider(endpoint == ProviderFacts.None ? ProviderFacts.Unknown : endpoint);
    }

    /// <summary>
    /// Options built in sight decide by their endpoint (none set: the SDK's default service, the factory's default);
    /// options from elsewhere (a parameter, a field, configuration) leave the service unknown.
    /// </summary>
    private static ProviderFacts ProviderFromOptions(FlowValue options, ProviderFacts defaultService)
    {
        var endpoint = options.Provider & ProviderFacts.Endpoints;
        return endpoint != ProviderFacts.None ? endpoint
            : (options.Provider & ProviderFacts.OptionsObject) != 0 ? defaultService
            : ProviderFacts.Unknown;
    }
}
