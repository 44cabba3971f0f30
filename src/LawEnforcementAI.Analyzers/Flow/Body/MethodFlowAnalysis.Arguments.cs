using System.Collections.Immutable;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>Reading table slots off a call: receiver, named arguments, device liveness and client provider.</summary>
internal sealed partial class MethodFlowAnalysis
{
    /// <summary>What a slot of the call holds: the receiver, or the union of the arguments it names.</summary>
    private FlowValue From(CallShape call, Slot slot)
    {
        if (slot.Kind == SlotKind.Receiver)
        {
            return Eval(call.Instance ?? ExtensionReceiver(call.Method, call.Arguments));
        }

        if (slot.Kind == SlotKind.Result)
        {
            // The result as a source, two ways: what the call itself yields (a registration such as
            // builder.AddOpenAIChatCompletion(...) whose result is dropped still adds that client to its builder), and what
            // is later written into the variable that keeps the result (a writer over a stream).
            var kept = OpenedInto(call.Operation) is { } holder ? _variables.Of(holder) : FlowValue.Empty;
            return kept.Union(RulesValue(call));
        }

        var value = FlowValue.Empty;
        foreach (var argument in call.Arguments)
        {
            if (slot.Matches(argument.Parameter))
            {
                value = value.Union(EvalArgument(argument.Value));
            }
        }

        return value;
    }

    /// <summary>The expression a slot stores into: the receiver, or the first argument it names (an out argument, a stream).</summary>
    private static IOperation? Target(CallShape call, Slot slot)
    {
        if (slot.Kind == SlotKind.Receiver)
        {
            return call.Instance ?? ExtensionReceiver(call.Method, call.Arguments);
        }

        foreach (var argument in call.Arguments)
        {
            if (slot.IsArgument && slot.Matches(argument.Parameter))
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static IOperation? ExtensionReceiver(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
    {
        if (!method.IsExtensionMethod)
        {
            return null;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Ordinal == 0)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>A frame read from a device (<paramref name="device"/>) gets its liveness once the device is fully known.</summary>
    private static FrameOrigin Origin(CameraSource source, IOperation at, IOperation? device = null) =>
        new(source.DisplayName, at.Syntax.GetLocation(), source.Liveness, source.IsMobileCamera, device);

    /// <summary>
    /// The device a constructor or <c>Open</c> call opens, by the argument and rules of its table entry. An address that
    /// is a parameter of the method is judged per call, by what each caller passes (<see cref="DeviceAddressToken"/>).
    /// </summary>
    private static FlowValue DeviceFromArguments(DeviceOpening opening, ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (!opening.Argument.Matches(argument.Parameter))
            {
                continue;
            }

            var value = OperationPeeling.WithoutConversions(argument.Value);
            if (opening.IndexIsLive && (value.Type?.SpecialType is SpecialType.System_Int32 || value.Type?.TypeKind == TypeKind.Enum))
            {
                return FlowValue.OfDevice(DeviceFacts.Live);
            }

            if (value.ConstantValue is { HasValue: true, Value: string path })
            {
                return FlowValue.OfDevice(opening.IsLiveAddress(path) ? DeviceFacts.Live : DeviceFacts.Recorded);
            }

            if (value is IParameterReferenceOperation { Parameter: { Type.SpecialType: SpecialType.System_String } parameter }
                && parameter.ContainingSymbol is IMethodSymbol { MethodKind: not (MethodKind.LocalFunction or MethodKind.AnonymousFunction) })
            {
                return FlowValue.OfToken(new DeviceAddressToken(parameter, opening));
            }

            return FlowValue.OfDevice(DeviceFacts.Unknown);
        }

        return FlowValue.Empty;
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
                return KnownOrUnknown(Eval(argument.Value));
            }
        }

        foreach (var argument in arguments)
        {
            if (factory.Options is { } options && argument.ArgumentKind != ArgumentKind.DefaultValue && options.Matches(argument.Parameter))
            {
                return ProviderFromOptions(Eval(argument.Value));
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

    /// <summary>
    /// The service a raw HTTP call reaches: its URL argument when that is absolute (or still to be solved), else the
    /// client's <c>BaseAddress</c>, else unknown. The URL decides, not the client: one <c>HttpClient</c> posts anywhere.
    /// </summary>
    private FlowValue RestEndpoint(IInvocationOperation call, Slot endpoint)
    {
        var url = FlowValue.Empty;
        foreach (var argument in call.Arguments)
        {
            if (endpoint.Matches(argument.Parameter))
            {
                url = url.Union(Eval(argument.Value));
            }
        }

        if ((url.Provider & ProviderFacts.Endpoints) != ProviderFacts.None || url.IsSymbolic)
        {
            return url;
        }

        // A relative route keeps what it says of the request ("chat/completions") whichever base address it goes to.
        var route = FlowValue.OfProvider(url.Provider & ProviderFacts.ModelRequest);
        var client = Eval(call.Instance ?? ExtensionReceiver(call.TargetMethod, call.Arguments));
        return (client.Provider & ProviderFacts.Endpoints) != ProviderFacts.None || client.IsSymbolic
            ? client.Union(route)
            : FlowValue.OfProvider(ProviderFacts.Unknown).Union(route);
    }

    /// <summary>
    /// Options built in sight decide by their endpoint (none set: OpenAI's default service); options from elsewhere (a
    /// parameter, a field, configuration) leave the service unknown.
    /// </summary>
    private static ProviderFacts ProviderFromOptions(FlowValue options)
    {
        var endpoint = options.Provider & ProviderFacts.Endpoints;
        return endpoint != ProviderFacts.None ? endpoint
            : (options.Provider & ProviderFacts.OptionsObject) != 0 ? ProviderFacts.NonAzure
            : ProviderFacts.Unknown;
    }
}
