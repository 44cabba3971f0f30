using System;
using System.Collections.Immutable;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>Reading table slots off a call: receiver, named arguments, device liveness and client provider.</summary>
internal sealed partial class MethodFlowAnalysis
{
    private FlowValue From(IOperation? instance, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, string slot)
    {
        if (slot == Slot.This)
        {
            return Eval(instance ?? ExtensionReceiver(method, arguments));
        }

        var value = FlowValue.Empty;
        foreach (var argument in arguments)
        {
            if (slot == Slot.AnyArgument || argument.Parameter?.Name == slot)
            {
                value = value.Union(EvalArgument(argument.Value));
            }
        }

        return value;
    }

    private static IOperation? Target(IInvocationOperation call, string slot)
    {
        if (slot == Slot.This)
        {
            return call.Instance ?? ExtensionReceiver(call.TargetMethod, call.Arguments);
        }

        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Name == slot)
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
        new(DisplayName(source.TypeName, source.Member), at.Syntax.GetLocation(), source.Liveness, source.IsMobileCamera, device);

    /// <summary>A device index or stream URL is live; a constant file path is recorded footage; anything else is unknown.</summary>
    private static DeviceFacts DeviceFromArguments(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Ordinal != 0)
            {
                continue;
            }

            var value = argument.Value;
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            if (value.Type?.SpecialType is SpecialType.System_Int32 || value.Type?.TypeKind == TypeKind.Enum)
            {
                return DeviceFacts.Live;
            }

            if (value.ConstantValue is { HasValue: true, Value: string path })
            {
                return IsLiveAddress(path) ? DeviceFacts.Live : DeviceFacts.Recorded;
            }

            return DeviceFacts.Unknown;
        }

        return DeviceFacts.None;
    }

    private static bool IsLiveAddress(string address)
    {
        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        return (scheme > 0 && !address.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
               || address.StartsWith("/dev/video", StringComparison.Ordinal);
    }

    private ProviderFacts ProviderOf(ClientFactory factory, ImmutableArray<IArgumentOperation> arguments)
    {
        switch (factory.Rule)
        {
            case ProviderRule.Azure:
                return ProviderFacts.Azure;
            case ProviderRule.AzureIfEndpointArgument:
                foreach (var argument in arguments)
                {
                    if (argument.Parameter?.Type.Name == nameof(Uri))
                    {
                        return ProviderFacts.Azure;
                    }
                }

                return ProviderFacts.NonAzure;
            default:
                return ProviderFromOptions(arguments);
        }
    }

    /// <summary>
    /// Without options the client talks to OpenAI's own service. With options built in sight, their endpoint decides;
    /// options or settings from elsewhere (a parameter, a field, configuration) leave the service unknown.
    /// </summary>
    private ProviderFacts ProviderFromOptions(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            var type = argument.Parameter?.Type.Name ?? string.Empty;
            if (argument.ArgumentKind == ArgumentKind.DefaultValue
                || !(type.EndsWith("Options", StringComparison.Ordinal) || type.EndsWith("Settings", StringComparison.Ordinal)))
            {
                continue;
            }

            var options = Eval(argument.Value).Provider;
            var endpoint = options & ProviderFacts.Endpoints;
            return endpoint != ProviderFacts.None ? endpoint
                : (options & ProviderFacts.OptionsObject) != 0 ? ProviderFacts.NonAzure
                : ProviderFacts.Unknown;
        }

        return ProviderFacts.NonAzure;
    }
}
