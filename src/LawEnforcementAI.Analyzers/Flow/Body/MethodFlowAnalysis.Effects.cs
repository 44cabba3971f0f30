using System.Collections.Immutable;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>Statements that store a value somewhere: declarations, assignments, loops, out arguments and receivers.</summary>
internal sealed partial class MethodFlowAnalysis
{
    private bool Apply(IOperation effect) => effect switch
    {
        IVariableDeclaratorOperation declarator => AssignWhole(declarator.Symbol, BodyScan.InitializerOf(declarator)),
        ISimpleAssignmentOperation assignment when VariableState.WholeVariable(assignment.Target) is { } variable => AssignWhole(variable, assignment.Value),
        ISimpleAssignmentOperation assignment => Assign(assignment.Target, Eval(assignment.Value)),
        ICompoundAssignmentOperation compound => Assign(compound.Target, Eval(compound.Value)),
        ICoalesceAssignmentOperation coalesce when VariableState.WholeVariable(coalesce.Target) is { } variable => _variables.AssignWhole(variable, null, Alternatives(coalesce.Target, coalesce.Value)),
        ICoalesceAssignmentOperation coalesce => Assign(coalesce.Target, Eval(coalesce.Value)),
        IForEachLoopOperation loop => _variables.JoinAll(loop.Locals, Eval(loop.Collection)),
        IEventAssignmentOperation { Adds: true } subscription => Assign(subscription.EventReference, Eval(subscription.HandlerValue)),
        IFieldInitializerOperation field => InitializeMembers(field.InitializedFields, field),
        IPropertyInitializerOperation property => InitializeMembers(property.InitializedProperties, property),
        IInvocationOperation call => ApplyCall(call),
        IObjectCreationOperation { Constructor: { } constructor } creation => ApplyCreation(CallShape.Of(creation, constructor)),
        _ => false,
    };

    private bool ApplyCreation(CallShape creation) => ApplyRuleEffects(creation) | ApplyFileWrites(creation);

    private bool ApplyCall(IInvocationOperation call)
    {
        var changed = false;
        if (call.TargetMethod.MethodKind == MethodKind.LocalFunction)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter is { } parameter)
                {
                    changed |= _variables.Join(parameter.OriginalDefinition, Eval(argument.Value));
                }
            }
        }

        if (_rules.IsSanitizer(call.TargetMethod))
        {
            // Nothing it leaves in out/ref arguments or its receiver is a frame; its body still hears its arguments.
            EvalCall(call);
            return changed;
        }

        if (_rules.IsProgramCall(call.TargetMethod))
        {
            changed |= ApplyProgramCall(call);
        }
        else if (call.TargetMethod.MethodKind == MethodKind.DelegateInvoke)
        {
            // Called for its effect on the solver: the functions it may run receive these arguments.
            EvalDelegateCall(call);
        }

        changed |= ApplyRuleEffects(CallShape.Of(call));
        changed |= ApplyFileWrites(CallShape.Of(call));
        return changed;
    }

    /// <summary>What a method of the compilation leaves in out/ref arguments is known to the solver only.</summary>
    private bool ApplyProgramCall(IInvocationOperation call)
    {
        var site = CallSiteFor(call, call.TargetMethod);
        var changed = WriteFilesPassedTo(call, site);
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is { RefKind: RefKind.Out or RefKind.Ref } parameter)
            {
                changed |= Assign(argument.Value, FlowValue.OfToken(new CallToken(site, parameter.Ordinal)));
            }
        }

        return changed;
    }

    private bool InitializeMembers<TMember>(ImmutableArray<TMember> members, ISymbolInitializerOperation initializer)
        where TMember : ISymbol
    {
        var value = Eval(initializer.Value);
        var changed = false;
        foreach (var member in members)
        {
            changed |= Store(member.OriginalDefinition, value, initializer.Value.Syntax.GetLocation());
        }

        return changed;
    }

    /// <summary>Stores into the variable, field or parameter at the root of <paramref name="target"/>.</summary>
    private bool Assign(IOperation target, FlowValue value)
    {
        if (target is IPropertyReferenceOperation property && _rules.IsEndpoint(property.Property))
        {
            value = EndpointValue(value);
        }
        else if (target is IMemberReferenceOperation { Instance.Type: INamedTypeSymbol owner } && _rules.Index.IsOptionsType(owner))
        {
            // Another setting of options or of a request message (its Content, a header): it carries frames, not a service.
            value = value.WithoutProvider();
        }

        // body["messages"] = ... or request.Messages = ...: the object becomes a model request's body.
        if (target is IPropertyReferenceOperation named && MemberMark(named) is var mark and not ProviderFacts.None)
        {
            value = value.Union(FlowValue.OfProvider(mark));
        }

        return RootOf(target) is { } root && Store(root, value, target.Syntax.GetLocation());
    }

    /// <summary>Members declared in source are also recorded for the program solver, on the recording pass.</summary>
    private bool Store(ISymbol root, FlowValue value, Location location)
    {
        if (_recording is not null && _rules.IsSourceMember(root) && !value.IsEmpty)
        {
            _recording.Writes.Add(new MemberWrite(root, Settle(value), location));
        }

        RecordInjectedWrite(root, value, location);
        if (_recording is not null)
        {
            NoteConstructedStore(root, value);
        }

        return _variables.Join(root, value);
    }

    /// <summary>An endpoint set to something we cannot read is an unknown service, not OpenAI's default.</summary>
    private static FlowValue EndpointValue(FlowValue assigned)
    {
        var endpoint = assigned.Provider & ProviderFacts.Endpoints;
        return FlowValue.OfProvider(endpoint == ProviderFacts.None ? ProviderFacts.Unknown : endpoint);
    }

    /// <summary>
    /// Objects are tracked as a whole: storing into <c>message.Content</c> or <c>options.Messages</c> marks
    /// <c>message</c> or <c>options</c>. Members of <c>this</c> and statics are tracked by their own symbol.
    /// </summary>
    private ISymbol? RootOf(IOperation operation) =>
        OperationPeeling.Peel(operation, Wrappers.Declarations | Wrappers.Conversions | Wrappers.Elements | Wrappers.Members, MaxDepth, static (operation, analysis) => analysis.IsRootMember(operation), this) switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter.OriginalDefinition,
            IMemberReferenceOperation member => member.Member.OriginalDefinition,
            _ => null,
        };

    private bool IsRootMember(IOperation operation) =>
        operation is IMemberReferenceOperation member && (_rules.IsSourceMember(member.Member) || member.Instance is null or IInstanceReferenceOperation);

}
