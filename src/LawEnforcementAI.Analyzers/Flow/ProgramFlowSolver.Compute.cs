using System.Linq;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>What each kind of token holds, given the current values of the others.</summary>
internal sealed partial class ProgramFlowSolver
{
    private FlowValue Compute(FlowToken token) => token switch
    {
        ParameterToken parameter => ComputeParameter(parameter.Parameter),
        MemberToken member => ComputeMember(member.Member),
        CallToken call => ComputeCall(call),
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
            if (_callsTo.TryGetValue(declared, out var sites))
            {
                foreach (var site in sites)
                {
                    value = value.Union(Argument(site, parameter.Ordinal, description));
                }
            }
        }

        foreach (var site in _delegateCalls)
        {
            if (Resolve(site.DelegateTarget).Functions.Contains(function, SymbolEqualityComparer.Default))
            {
                value = value.Union(Argument(site, parameter.Ordinal, description));
            }
        }

        return value;
    }

    private FlowValue Argument(CallSite site, int ordinal, string description) =>
        site.Arguments.TryGetValue(ordinal, out var argument)
            ? WithHop(Resolve(argument), new Hop(site.Location, description))
            : FlowValue.Empty;

    private FlowValue ComputeMember(ISymbol member)
    {
        var value = FlowValue.Empty;
        if (_writes.TryGetValue(member, out var writes))
        {
            var description = "stored in '" + member.ContainingType?.Name + "." + member.Name + "'";
            foreach (var write in writes)
            {
                value = value.Union(WithHop(Resolve(write.Value), new Hop(write.Location, description)));
            }
        }

        return value;
    }

    /// <summary>A call returns what its target returns for these arguments: the callee's parameters are this call's.</summary>
    private FlowValue ComputeCall(CallToken call)
    {
        var site = call.Site;
        var targets = site.Callee is { } callee ? _implementations.TargetsOf(callee) : Resolve(site.DelegateTarget).Functions;
        var value = FlowValue.Empty;
        foreach (var target in targets)
        {
            var template = call.OutOrdinal < 0
                ? (_returns.TryGetValue(target, out var returned) ? returned : FlowValue.Empty)
                : (call.OutOrdinal < target.Parameters.Length && _outValues.TryGetValue(target.Parameters[call.OutOrdinal].OriginalDefinition, out var written) ? written : FlowValue.Empty);
            value = value.Union(Instantiate(template, target, site));
        }

        return value;
    }

    private FlowValue Instantiate(FlowValue template, IMethodSymbol target, CallSite site)
    {
        var hop = new Hop(site.Location, "returned by '" + Describe(target) + "'");
        var value = WithHop(template.WithoutTokens(), hop);
        foreach (var token in template.Tokens)
        {
            if (token is ParameterToken { Parameter: var parameter }
                && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, target))
            {
                // What this caller passed comes back to it, and other callers' arguments stay out.
                value = value.Union(site.Arguments.TryGetValue(parameter.Ordinal, out var argument)
                    ? WithHop(Resolve(argument), new Hop(site.Location, "passed through '" + Describe(target) + "'"))
                    : FlowValue.Empty);
            }
            else
            {
                value = value.Union(WithHop(ValueOf(token), hop));
            }
        }

        return value;
    }

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
