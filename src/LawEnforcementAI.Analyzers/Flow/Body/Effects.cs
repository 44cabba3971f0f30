using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Statements that store a value somewhere: declarations, assignments, loops, event subscriptions, initializers, and
/// calls (a local function's parameters, what a method of the compilation leaves in out and ref arguments or in a file
/// at a path it is given, and the tables' effects through <see cref="RuleEffects"/>). Applying one is a step of the
/// fixed point; it says whether anything grew.
/// Owns nothing. Asks the evaluator for what is stored, and the stores (or the variable state, for whole variables) to
/// store it.
/// </summary>
internal sealed class Effects
{
    private readonly ValueEvaluator _values;
    private readonly BodyRules _rules;
    private readonly BodyScan _scan;
    private readonly BodyFiles _files;
    private readonly VariableState _state;
    private readonly Stores _stores;
    private readonly RuleEffects _ruleEffects;

    public Effects(ValueEvaluator values, BodyRules rules, BodyScan scan, BodyFiles files, VariableState state, Stores stores, RuleEffects ruleEffects)
    {
        _values = values;
        _rules = rules;
        _scan = scan;
        _files = files;
        _state = state;
        _stores = stores;
        _ruleEffects = ruleEffects;
    }

    public bool Apply(IOperation effect) => effect switch
    {
        IVariableDeclaratorOperation declarator => AssignWhole(declarator.Symbol, BodyScan.InitializerOf(declarator)),
        ISimpleAssignmentOperation assignment when VariableState.WholeVariable(assignment.Target) is { } variable => AssignWhole(variable, assignment.Value),
        ISimpleAssignmentOperation assignment => _stores.Assign(assignment.Target, _values.Eval(assignment.Value)),
        ICompoundAssignmentOperation compound => _stores.Assign(compound.Target, _values.Eval(compound.Value)),
        ICoalesceAssignmentOperation coalesce when VariableState.WholeVariable(coalesce.Target) is { } variable =>
            _state.AssignWhole(variable, null, _values.Alternatives(coalesce.Target, coalesce.Value)),
        ICoalesceAssignmentOperation coalesce => _stores.Assign(coalesce.Target, _values.Eval(coalesce.Value)),
        IForEachLoopOperation loop => _state.JoinAll(loop.Locals, _values.Eval(loop.Collection)),
        IEventAssignmentOperation { Adds: true } subscription => _stores.Assign(subscription.EventReference, _values.Eval(subscription.HandlerValue)),
        IFieldInitializerOperation field => InitializeMembers(field.InitializedFields, field),
        IPropertyInitializerOperation property => InitializeMembers(property.InitializedProperties, property),
        IInvocationOperation call => ApplyCall(call),
        IObjectCreationOperation { Constructor: { } constructor } creation => _ruleEffects.Apply(CallShape.Of(creation, constructor)),
        _ => false,
    };

    private bool AssignWhole(ISymbol variable, IOperation? assigned) => _state.AssignWhole(variable, assigned, _values.Eval(assigned));

    private bool ApplyCall(IInvocationOperation call)
    {
        var changed = false;
        if (call.TargetMethod.MethodKind == MethodKind.LocalFunction)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter is { } parameter)
                {
                    changed |= _state.Join(parameter.OriginalDefinition, _values.Eval(argument.Value));
                }
            }
        }

        if (_rules.IsSanitizer(call.TargetMethod))
        {
            // Nothing it leaves in out/ref arguments or its receiver is a frame; its body still hears its arguments.
            _values.Calls.OfCall(call);
            return changed;
        }

        if (_rules.IsProgramCall(call.TargetMethod))
        {
            changed |= ApplyProgramCall(call);
        }
        else if (call.TargetMethod.MethodKind == MethodKind.DelegateInvoke)
        {
            // Called for its effect on the solver: the functions it may run receive these arguments.
            _values.Calls.OfDelegateCall(call);
        }

        changed |= _ruleEffects.Apply(CallShape.Of(call));
        return changed;
    }

    /// <summary>What a method of the compilation leaves in out/ref arguments is known to the solver only.</summary>
    private bool ApplyProgramCall(IInvocationOperation call)
    {
        var site = _values.Calls.CallSiteFor(call, call.TargetMethod);
        var changed = WriteFilesPassedTo(call, site);
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is { RefKind: RefKind.Out or RefKind.Ref } parameter)
            {
                changed |= _stores.Assign(argument.Value, FlowValue.OfToken(new CallToken(site, parameter.Ordinal)));
            }
        }

        return changed;
    }

    /// <summary>
    /// In a body that reads files: a path passed to a method of the compilation holds what that method writes at the path
    /// it is given (<c>Save(frame, path); File.ReadAllBytes(path)</c>), a <see cref="CallFileToken"/>.
    /// </summary>
    private bool WriteFilesPassedTo(IInvocationOperation call, CallSite site)
    {
        var changed = false;
        if (!_scan.ReadsFiles)
        {
            return changed;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument is { ArgumentKind: not ArgumentKind.DefaultValue, Parameter: { Type.SpecialType: SpecialType.System_String, RefKind: RefKind.None } parameter }
                && _files.KeyOf(argument.Value) is { } key)
            {
                changed |= _stores.WriteFile(key, FlowValue.OfToken(new CallFileToken(site, parameter.Ordinal)), call.Syntax.GetLocation());
            }
        }

        return changed;
    }

    private bool InitializeMembers<TMember>(ImmutableArray<TMember> members, ISymbolInitializerOperation initializer)
        where TMember : ISymbol
    {
        var value = _values.Eval(initializer.Value);
        var changed = false;
        foreach (var member in members)
        {
            changed |= _stores.Store(member.OriginalDefinition, value, initializer.Value.Syntax.GetLocation());
        }

        return changed;
    }
}
