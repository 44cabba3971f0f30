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
        CallToken call => ComputeCall(call),
        InvokedFunctionsToken invoked => FunctionsOnly(Resolve(invoked.Site.DelegateTarget)),
        WideDispatchReturnToken wide => ComputeWideReturn(wide),
        WideDispatchArgumentToken wide => ComputeArguments(wide.Declared, wide.Ordinal, "passed to '" + Describe(wide.Declared) + "'"),
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
            value = value.Union(template.WithoutTokens());
            foreach (var token in template.Tokens)
            {
                value = value.Union(OwnParameterOrdinal(token, target) is int ordinal
                    ? FlowValue.OfToken(new ArgumentPlaceholderToken(ordinal))
                    : ValueOf(token));
            }
        }

        return value;
    }

    private FlowValue Instantiate(FlowValue template, IMethodSymbol target, CallSite site, int nesting = 0)
    {
        var hop = new Hop(site.Location, "returned by '" + Describe(target) + "'");
        var value = WithHop(template.WithoutTokens(), hop);
        foreach (var token in template.Tokens)
        {
            var ordinal = token is ArgumentPlaceholderToken placeholder ? placeholder.Ordinal : OwnParameterOrdinal(token, target);
            if (ordinal is int own)
            {
                // What this caller passed comes back to it, and other callers' arguments stay out.
                value = value.Union(site.Arguments.TryGetValue(own, out var argument)
                    ? WithHop(Resolve(argument), new Hop(site.Location, "passed through '" + Describe(target) + "'"))
                    : FlowValue.Empty);
            }
            else if (NestedConstruction(token, target, nesting) is { } inner)
            {
                value = value.Union(InstantiateNested(inner, target, site, nesting + 1));
            }
            else
            {
                value = value.Union(WithHop(ValueOf(token), hop));
            }
        }

        return value;
    }

    private static int? OwnParameterOrdinal(FlowToken token, IMethodSymbol target) =>
        token is ParameterToken { Parameter: var parameter } && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, target)
            ? parameter.Ordinal
            : null;

    private bool IsWide(IMethodSymbol declared) => _implementations.TargetCount(declared) > MaxTargetsPerCall;

    private FlowValue WithHop(FlowValue value, Hop hop) =>
        value.HasFrames ? value.MapFrames(origin => origin.WithHop(hop, _maxHops), keepTokens: false) : value;

    private static string Describe(IMethodSymbol method) => method.MethodKind switch
    {
        MethodKind.AnonymousFunction => "a lambda in " + method.ContainingSymbol?.ContainingType?.Name + "." + method.ContainingSymbol?.Name,
        MethodKind.Constructor => "new " + method.ContainingType.Name,
        MethodKind.PropertyGet or MethodKind.PropertySet => method.ContainingType.Name + "." + (method.AssociatedSymbol?.Name ?? method.Name),
        _ => method.ContainingType?.Name + "." + method.Name,
    };
}
