using System.Collections.Immutable;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// What the camera sources of the tables (<see cref="CameraSource"/>) yield: a frame with where it was produced, or a
/// capture device with its liveness. Owns nothing and asks nothing: the rule values and rule effects put what it makes
/// into the call's result, an argument or the device.
/// </summary>
internal static class CameraSources
{
    /// <summary>A frame read from a device (<paramref name="device"/>) gets its liveness once the device is fully known.</summary>
    public static FrameOrigin Origin(CameraSource source, IOperation at, IOperation? device = null) =>
        new(source.DisplayName, at.Syntax.GetLocation(), source.Liveness, source.IsMobileCamera, device);

    /// <summary>
    /// The device a constructor or <c>Open</c> call opens, by the argument and rules of its table entry. An address that
    /// is a parameter of the method is judged per call, by what each caller passes (<see cref="DeviceAddressToken"/>).
    /// </summary>
    public static FlowValue DeviceFromArguments(DeviceOpening opening, ImmutableArray<IArgumentOperation> arguments)
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

    /// <summary>What a call that the table names as a camera source yields: a frame or a capture device.</summary>
    public static FlowValue Value(CallShape call, CameraSource source) => source.Shape switch
    {
        SourceShape.Frame => FlowValue.Frame(Origin(source, call.Operation)),
        SourceShape.FrameFromDevice => FlowValue.Frame(Origin(source, call.Operation, call.Instance)),
        SourceShape.CaptureDevice => DeviceFromArguments(source.Opening!, call.Arguments),
        _ => FlowValue.Empty,
    };
}
