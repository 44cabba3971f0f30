using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>The one place where the catalogue's rules meet a call or an object creation.</summary>
internal sealed partial class MethodFlowAnalysis
{
    /// <summary>What the call produces by the tables.</summary>
    private FlowValue RulesValue(CallShape call)
    {
        var unused = false;
        return ApplyRules(call, effects: false, ref unused);
    }

    /// <summary>The stores the call makes by the tables; true when any grew.</summary>
    private bool ApplyRuleEffects(CallShape call)
    {
        var changed = false;
        ApplyRules(call, effects: true, ref changed);
        return changed;
    }

    /// <summary>
    /// The value the call produces by the tables (a frame, a device, a client's service, what flows into its result),
    /// or, with <paramref name="effects"/>, the stores it makes into its receiver and arguments (<paramref name="changed"/>
    /// says whether any grew). A call is evaluated for its value wherever it appears and applied for its effects once per
    /// pass, so each rule is used exactly once in each role.
    /// </summary>
    private FlowValue ApplyRules(CallShape call, bool effects, ref bool changed)
    {
        var value = FlowValue.Empty;
        foreach (var rules in _rules.For(call.Method))
        {
            foreach (var transfer in rules.Transfers)
            {
                var intoResult = transfer.To.Kind == SlotKind.Result;
                if (intoResult && !effects)
                {
                    // A library call that returns a string builds new text (string.Concat, Convert.ToBase64String): the
                    // path of another file, if a path at all.
                    var carried = From(call, transfer.From);
                    value = value.Union(call.Method.ReturnType.SpecialType == SpecialType.System_String ? carried.WithoutInFile() : carried);
                }
                else if (!intoResult && effects && Target(call, transfer.To) is { } target)
                {
                    changed |= Assign(target, From(call, transfer.From));
                }
            }

            foreach (var source in rules.Sources)
            {
                if (effects)
                {
                    changed |= ApplySource(call, source);
                }
                else
                {
                    value = value.Union(SourceValue(call, source));
                }
            }

            foreach (var origin in rules.UnknownOrigins)
            {
                if (effects)
                {
                    changed |= ApplyUnknownOrigin(call, origin);
                }
                else
                {
                    value = value.Union(UnknownOrigins.Of(origin, call, call.Operation));
                }
            }

            if (!effects && rules.Files.Count > 0)
            {
                value = value.Union(ReadFiles(call, rules));
            }

            if (!effects && rules.ClientFactory is { } factory)
            {
                value = value.Union(FlowValue.OfProvider(ProviderOf(factory, call.Arguments)));
            }

            if (rules.ContainerService is { } service)
            {
                if (!effects)
                {
                    value = value.Union(_services.Resolved(call, service));
                }
                else if (_recording is not null)
                {
                    RecordRegistration(call, service, _recording);
                }
            }
        }

        return value;
    }

    private FlowValue SourceValue(CallShape call, CameraSource source) => source.Shape switch
    {
        SourceShape.Frame => FlowValue.Frame(Origin(source, call.Operation)),
        SourceShape.FrameFromDevice => FlowValue.Frame(Origin(source, call.Operation, call.Instance)),
        SourceShape.CaptureDevice => DeviceFromArguments(source.Opening!, call.Arguments),
        _ => FlowValue.Empty,
    };

    private bool ApplySource(CallShape call, CameraSource source)
    {
        switch (source.Shape)
        {
            case SourceShape.FrameIntoArgument when Target(call, source.FrameArgument) is { } frameTarget:
                return Assign(frameTarget, FlowValue.Frame(Origin(source, call.Operation, call.Instance)));
            case SourceShape.CaptureDeviceOpen when call.Instance is not null:
                return Assign(call.Instance, DeviceFromArguments(source.Opening!, call.Arguments));
            default:
                return false;
        }
    }
}
