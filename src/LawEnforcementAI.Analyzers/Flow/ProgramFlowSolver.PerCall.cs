using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// What one call of a method gets back in terms of what that caller passed: the file a path it passed names, and the
/// liveness of frames read from the capture device it passed or opened on the address it passed.
/// </summary>
internal sealed partial class ProgramFlowSolver
{
    /// <summary>
    /// What <paramref name="replace"/> makes of each token of <paramref name="value"/>, in the value and in its file (a
    /// token there stands for what its value holds, now in the file).
    /// </summary>
    private static FlowValue ReplaceTokens(FlowValue value, System.Func<FlowToken, FlowValue> replace)
    {
        var result = FlowValue.Empty;
        foreach (var token in value.Tokens)
        {
            result = result.Union(replace(token));
        }

        var inFile = value.InFile;
        if (!inFile.Tokens.IsEmpty)
        {
            var contents = FlowValue.Empty;
            foreach (var token in inFile.Tokens)
            {
                contents = contents.Union(replace(token));
            }

            result = result.Union(FlowValue.PathTo(contents));
        }

        return result;
    }

    /// <summary>What the bodies a call may run write to the file at the path this call passes, for this call's arguments.</summary>
    private FlowValue ComputeCallFile(CallFileToken call)
    {
        var value = FlowValue.Empty;
        if (call.Site.Callee is not { } callee)
        {
            return value;
        }

        foreach (var target in _implementations.TargetsOf(callee))
        {
            _budget.TrySpend(1);
            if (call.Ordinal < target.Parameters.Length && _parameterFiles.TryGetValue(target.Parameters[call.Ordinal].OriginalDefinition, out var written))
            {
                value = value.Union(Instantiate(written, target, call.Site));
            }
        }

        return value;
    }

    /// <summary>
    /// A frame <paramref name="target"/> read from a device it was given (or opened on an address it was given) takes
    /// the liveness of what this call passed: recorded footage for one caller, live frames for another.
    /// </summary>
    private FrameOrigin OnThisCall(FrameOrigin origin, IMethodSymbol target, CallSite site)
    {
        if (origin.DeviceValue is not { } device)
        {
            return origin;
        }

        var replaced = false;
        var value = device.WithoutTokens();
        foreach (var token in device.Tokens)
        {
            if (OwnParameterOrdinal(token, target) is int own)
            {
                // As the caller recorded it, tokens and all: settled with everything else once the program is solved.
                value = value.Union(site.Arguments.TryGetValue(own, out var argument) ? argument : FlowValue.Empty);
                replaced = true;
            }
            else if (token is DeviceAddressToken address && SymbolEqualityComparer.Default.Equals(address.Parameter.ContainingSymbol, target))
            {
                value = value.Union(AddressAt(site, address.Parameter.Ordinal, address.Opening));
                replaced = true;
            }
            else
            {
                value = value.Union(FlowValue.OfToken(token));
            }
        }

        if (!replaced)
        {
            return origin;
        }

        foreach (var token in value.Tokens)
        {
            if (!_seen.Contains(token))
            {
                Enqueue(token);
            }
        }

        return origin.WithDevice(value);
    }

    /// <summary>Every caller's address for the parameter: what a device opened on it is when the call is not known.</summary>
    private FlowValue ComputeAddress(DeviceAddressToken address)
    {
        var value = FlowValue.Empty;
        if (address.Parameter.ContainingSymbol is not IMethodSymbol function)
        {
            return value;
        }

        var ordinal = address.Parameter.Ordinal;
        foreach (var declared in _implementations.DeclarationsOf(function))
        {
            if (_callsTo.TryGetValue(declared, out var sites))
            {
                foreach (var site in sites)
                {
                    _budget.TrySpend(1);
                    value = value.Union(Resolve(AddressAt(site, ordinal, address.Opening)));
                }
            }
        }

        if (_invokersOf.TryGetValue(function, out var invokers))
        {
            foreach (var site in invokers)
            {
                value = value.Union(Resolve(AddressAt(site, ordinal, address.Opening)));
            }
        }

        return value;
    }

    /// <summary>
    /// The device opened on the address one call passes: judged by its constant text; a parameter of the caller passes
    /// the question on to the caller's callers; anything else (configuration, text built at run time) may be a camera.
    /// </summary>
    private static FlowValue AddressAt(CallSite site, int ordinal, DeviceOpening opening)
    {
        if (site.ConstantTexts is { } texts && texts.TryGetValue(ordinal, out var text))
        {
            return FlowValue.OfDevice(opening.IsLiveAddress(text) ? DeviceFacts.Live : DeviceFacts.Recorded);
        }

        var passed = site.Arguments.TryGetValue(ordinal, out var argument) ? argument : FlowValue.Empty;
        var value = passed.Tokens.IsEmpty || !passed.WithoutTokens().IsEmpty ? FlowValue.OfDevice(DeviceFacts.Unknown) : FlowValue.Empty;
        foreach (var token in passed.Tokens)
        {
            value = value.Union(token is ParameterToken { Parameter: { Type.SpecialType: SpecialType.System_String } parameter }
                ? FlowValue.OfToken(new DeviceAddressToken(parameter, opening))
                : FlowValue.OfDevice(DeviceFacts.Unknown));
        }

        return value;
    }
}
