using System.Linq;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>What each kind of token holds, given the current values of the others.</summary>
internal sealed partial class ProgramFlowSolver
{
    /// <summary>
    /// Calls that may run more bodies than this share one value per declared method (<see cref="WideDispatchReturnToken"/>,
    /// <see cref="WideDispatchArgumentToken"/>) instead of one per call site and body. Below it routes name each body.
    /// </summary>
    internal const int MaxTargetsPerCall = 8;

    private FlowValue Compute(FlowToken token) => token switch
    {
        ParameterToken parameter => ComputeParameter(parameter.Parameter),
        MemberToken member => ComputeMember(member.Member),
        FileToken file => ComputeFile(file.Path),
        ServiceToken service => ComputeService(service),
        CallToken call => ComputeCall(call),
        InvokedFunctionsToken invoked => FunctionsOnly(Resolve(invoked.Site.DelegateTarget)),
        WideDispatchReturnToken wide => ComputeWideReturn(wide),
        WideDispatchArgumentToken wide => ComputeArguments(wide.Declared, wide.Ordinal, "passed to '" + Describe(wide.Declared) + "'"),
        FileContentsToken file => ValueOf(file.Path).InFile,
        CallFileToken call => ComputeCallFile(call),
        DeviceAddressToken address => ComputeAddress(address),
        _ => FlowValue.Empty,
    };

    /// <summary>Everything any caller passes: direct calls, calls through interfaces and base methods, delegates and events.</summary>
    private FlowValue ComputeParameter(IParameterSymbol parameter)
    {
        var value = FlowValue.Empty;
        if (parameter.ContainingSymbol is not IMethodSymbol function)
        {
            return value;
        }

        var description = "passed to '" + Describe(function) + "'";
        foreach (var declared in _implementations.DeclarationsOf(function))
        {
            value = value.Union(IsWide(declared) && !SymbolEqualityComparer.Default.Equals(declared, function.OriginalDefinition)
                ? ValueOf(new WideDispatchArgumentToken(declared, parameter.Ordinal))
                : ComputeArguments(declared, parameter.Ordinal, description));
        }

        if (_invokersOf.TryGetValue(function, out var invokers))
        {
            foreach (var site in invokers)
            {
                value = value.Union(Argument(site, parameter.Ordinal, description));
            }
        }

        return value;
    }

    private FlowValue ComputeArguments(IMethodSymbol declared, int ordinal, string description)
    {
        var value = FlowValue.Empty;
        if (_callsTo.TryGetValue(declared, out var sites))
        {
            foreach (var site in sites)
            {
                value = value.Union(Argument(site, ordinal, description));
            }
        }

        return value;
    }

    private static FlowValue FunctionsOnly(FlowValue value) =>
        new(default, DeviceFacts.None, ProviderFacts.None, default, value.Functions);

    private FlowValue Argument(CallSite site, int ordinal, string description)
    {
        _budget.TrySpend(1);
        return site.Arguments.TryGetValue(ordinal, out var argument)
            ? WithHop(Resolve(argument), new Hop(site.Location, description))
            : FlowValue.Empty;
    }

    private FlowValue ComputeMember(ISymbol member)
    {
        var value = FlowValue.Empty;
        if (_writes.TryGetValue(member, out var writes))
        {
            var description = "stored in '" + member.ContainingType?.Name + "." + member.Name + "'";
            foreach (var write in writes)
            {
                _budget.TrySpend(1);
                value = value.Union(WithHop(Resolve(write.Value), new Hop(write.Location, description)));
            }
        }

        return value;
    }

    /// <summary>What the program writes to the file at this path: a frame saved in one method and loaded in another.</summary>
    private FlowValue ComputeFile(FilePath path)
    {
        var value = FlowValue.Empty;
        if (_fileWrites.TryGetValue(path, out var writes))
        {
            var description = "written to the file '" + path.Display + "'";
            foreach (var write in writes)
            {
                _budget.TrySpend(1);
                value = value.Union(WithHop(Resolve(write.Value), new Hop(write.Location, description)));
            }
        }

        return value;
    }

    /// <summary>
    /// What the program puts into a service of the container: its registrations and what injected parameters receive.
    /// Constructor parameters of a type nobody registers stay apart (unless they are views of a shared container). The
    /// registrations that give a value are alternatives: once values have settled, one that names no service beside
    /// one that does makes the service unknown (docs/flow.md, "A join of alternatives").
    /// </summary>
    private FlowValue ComputeService(ServiceToken service)
    {
        var value = FlowValue.Empty;
        if (!_serviceWrites.TryGetValue(service, out var writes) || (service.Container is null && !writes.Any(w => w.Registers)))
        {
            return value;
        }

        bool named = false, unnamed = false;
        foreach (var write in writes)
        {
            _budget.TrySpend(1);
            var written = Resolve(write.Value);
            value = value.Union(WithHop(written, new Hop(write.Location, write.Description)));
            if (write.Registers && !write.Value.IsEmpty)
            {
                named |= NamesService(written);
                unnamed |= !NamesService(written);
            }
        }

        return _joinAlternatives && named && unnamed ? value.Union(FlowValue.OfProvider(ProviderFacts.Unknown)) : value;
    }

    private static bool NamesService(FlowValue value) =>
        (value.Provider & (ProviderFacts.Endpoints | ProviderFacts.OptionsObject)) != ProviderFacts.None;

    /// <summary>A call returns what its target returns for these arguments: the callee's parameters are this call's.</summary>
    private FlowValue ComputeCall(CallToken call)
    {
        var site = call.Site;
        if (site.Callee is { } callee && IsWide(callee))
        {
            var shared = ValueOf(new WideDispatchReturnToken(callee, call.OutOrdinal));
            return Instantiate(shared, callee, site);
        }

        var targets = site.Callee is { } declared ? _implementations.TargetsOf(declared) : Resolve(site.DelegateTarget).Functions;
        var value = FlowValue.Empty;
        foreach (var target in targets)
        {
            value = value.Union(Instantiate(Template(target, call.OutOrdinal), target, site));
        }

        return value;
    }

    /// <summary>What a body returns (or leaves in an out/ref parameter), in terms of its own parameters.</summary>
    private FlowValue Template(IMethodSymbol target, int outOrdinal)
    {
        _budget.TrySpend(1);
        return outOrdinal < 0
            ? (_returns.TryGetValue(target, out var returned) ? returned : OwnConstructors.IsPrimary(target) ? OwnConstructors.PrimaryContents(target) : FlowValue.Empty)
            : (outOrdinal < target.Parameters.Length && _outValues.TryGetValue(target.Parameters[outOrdinal].OriginalDefinition, out var written) ? written : FlowValue.Empty);
    }

    /// <summary>The union of every body's template, each body's own parameters replaced by placeholders for the caller's arguments.</summary>
    private FlowValue ComputeWideReturn(WideDispatchReturnToken wide)
    {
        var value = FlowValue.Empty;
        foreach (var target in _implementations.TargetsOf(wide.Declared))
        {
            var template = Template(target, wide.Ordinal);
            value = value.Union(template.WithoutTokens()).Union(ReplaceTokens(template, token => token switch
            {
                _ when OwnParameterOrdinal(token, target) is int ordinal => FlowValue.OfToken(new ArgumentPlaceholderToken(ordinal)),
                FileContentsToken { Path: var path } when OwnParameterOrdinal(path, target) is int ordinal =>
                    FlowValue.OfToken(new FileContentsToken(new ArgumentPlaceholderToken(ordinal))),
                _ => ValueOf(token),
            }));
        }

        return value;
    }

    private FlowValue Instantiate(FlowValue template, IMethodSymbol target, CallSite site, int nesting = 0)
    {
        var hop = new Hop(site.Location, "returned by '" + Describe(target) + "'");
        var passedThrough = new Hop(site.Location, "passed through '" + Describe(target) + "'");

        // What this caller passed comes back to it, and other callers' arguments stay out: as a value, as the file a path
        // it passed names, and as the device a frame the callee read was read from.
        var value = WithHop(template.WithoutTokens().MapFrames(origin => OnThisCall(origin, target, site), keepTokens: false), hop);
        return value.Union(ReplaceTokens(template, token => token switch
        {
            _ when ArgumentOrdinal(token, target) is int own => WithHop(ArgumentAt(site, own), passedThrough),
            FileContentsToken { Path: var path } when ArgumentOrdinal(path, target) is int own => WithHop(ArgumentAt(site, own).InFile, passedThrough),
            _ when NestedConstruction(token, target, nesting) is { } inner => InstantiateNested(inner, target, site, nesting + 1),
            _ => WithHop(ValueOf(token), hop),
        }));
    }

    private FlowValue ArgumentAt(CallSite site, int ordinal) =>
        site.Arguments.TryGetValue(ordinal, out var argument) ? Resolve(argument) : FlowValue.Empty;

    /// <summary>The ordinal of the caller's argument a token of <paramref name="target"/>'s template stands for, if any.</summary>
    private static int? ArgumentOrdinal(FlowToken token, IMethodSymbol target) =>
        token is ArgumentPlaceholderToken placeholder ? placeholder.Ordinal : OwnParameterOrdinal(token, target);

    private static int? OwnParameterOrdinal(FlowToken token, IMethodSymbol target) =>
        token is ParameterToken { Parameter: var parameter } && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, target)
            ? parameter.Ordinal
            : null;

    private bool IsWide(IMethodSymbol declared) => _implementations.TargetCount(declared) > MaxTargetsPerCall;

    private FlowValue WithHop(FlowValue value, Hop hop) =>
        value.HasFrames || value.InFile.HasFrames ? value.MapFrames(origin => origin.WithHop(hop, _maxHops), keepTokens: false) : value;

    private static string Describe(IMethodSymbol method) => method.MethodKind switch
    {
        MethodKind.AnonymousFunction => "a lambda in " + method.ContainingSymbol?.ContainingType?.Name + "." + method.ContainingSymbol?.Name,
        MethodKind.Constructor => "new " + method.ContainingType.Name,
        MethodKind.PropertyGet or MethodKind.PropertySet => method.ContainingType.Name + "." + (method.AssociatedSymbol?.Name ?? method.Name),
        _ => method.ContainingType?.Name + "." + method.Name,
    };
}
