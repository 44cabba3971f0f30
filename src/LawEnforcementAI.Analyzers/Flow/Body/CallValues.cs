using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// What a call yields: a local function or a lambda of this body what it returns here, a method of the compilation a
/// <see cref="CallToken"/> for the solver (returns are context sensitive at the call site), a library call what the
/// tables say (<see cref="RuleValues"/>), a sanitizer nothing.
/// Owns the body's call sites, one per call, creation or getter that the solver must follow; the summary records them.
/// Asks the evaluator for operands and the scan for what the body's functions return.
/// </summary>
internal sealed class CallValues
{
    private readonly ValueEvaluator _values;
    private readonly BodyRules _rules;
    private readonly BodyScan _scan;
    private readonly Dictionary<IOperation, CallSite> _callSites = new();

    public CallValues(ValueEvaluator values, BodyRules rules, BodyScan scan)
    {
        _values = values;
        _rules = rules;
        _scan = scan;
    }

    /// <summary>Every call site asked for so far, by the operation that makes the call.</summary>
    public IReadOnlyDictionary<IOperation, CallSite> Sites => _callSites;

    public FlowValue OfCall(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        var value = method.MethodKind switch
        {
            MethodKind.LocalFunction => _values.EvalAll(_scan.ReturnsOfLocalFunction(method.OriginalDefinition)),
            MethodKind.DelegateInvoke => OfDelegateCall(call),
            _ when _rules.IsProgramCall(method) => FlowValue.OfToken(new CallToken(CallSiteFor(call, method))),
            _ => FlowValue.Empty,
        };

        // Evaluated first all the same: a sanitizer in this compilation still hears its arguments (its body may send them).
        value = value.Union(_values.Rules.OfCall(CallShape.Of(call)));
        return _rules.IsSanitizer(method) ? FlowValue.Empty : value;
    }

    /// <summary>
    /// Invoking a delegate runs whatever functions it holds: lambdas of this body are evaluated here, anything else
    /// (a delegate from a field, a parameter, an event) is left to the solver.
    /// </summary>
    public FlowValue OfDelegateCall(IInvocationOperation call)
    {
        var target = _values.Eval(call.Instance);
        var value = FlowValue.Empty;
        var allLocal = !target.IsSymbolic && !target.Functions.IsEmpty;
        foreach (var function in target.Functions)
        {
            if (_scan.LocalLambda(function) is { } lambda)
            {
                value = value.Union(_values.EvalAll(_scan.ReturnsOfLambda(lambda)));
            }
            else
            {
                allLocal = false;
            }
        }

        return allLocal ? value : value.Union(FlowValue.OfToken(new CallToken(CallSiteFor(call, null))));
    }

    /// <summary>A lambda passed straight to a library call (<c>Task.Run(() => …)</c>) contributes what it returns.</summary>
    public FlowValue OfArgument(IOperation argument)
    {
        var value = _values.Eval(argument);
        foreach (var function in value.Functions)
        {
            if (_scan.LocalLambda(function) is { } lambda)
            {
                value = value.Union(_values.EvalAll(_scan.ReturnsOfLambda(lambda)));
            }
        }

        return value;
    }

    /// <summary>A factory's value: what its lambda returns, or a call of the method it names (the solver knows its return).</summary>
    public FlowValue FactoryReturns(IOperation factory)
    {
        var value = FlowValue.Empty;
        foreach (var function in _values.Eval(factory).Functions)
        {
            if (_scan.LocalLambda(function) is { } lambda)
            {
                value = value.Union(_values.EvalAll(_scan.ReturnsOfLambda(lambda)));
            }
            else if (_rules.IsProgramCall(function))
            {
                value = value.Union(FlowValue.OfToken(new CallToken(CallSiteFor(factory, function))));
            }
        }

        return value;
    }

    public CallSite CallSiteFor(IOperation operation, IMethodSymbol? callee)
    {
        if (!_callSites.TryGetValue(operation, out var site))
        {
            site = new CallSite(callee?.OriginalDefinition, FlowValue.Empty, operation.Syntax.GetLocation());
            _callSites.Add(operation, site);
        }

        return site;
    }
}
