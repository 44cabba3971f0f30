using System.Collections.Generic;
using System.Collections.Immutable;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Objects, tracked as a whole: an object carries what its initializer, a <c>with</c>, and for the compilation's own
/// types its constructor put into it. A constructor's summary "returns" what it stores in terms of its parameters, so
/// the solver gives each <c>new T(…)</c> what <em>that</em> call passed (the context sensitivity of returns), and
/// serialising or posting the object carries it like an anonymous object. Reading one member of such an object stays
/// per member (<see cref="MemberToken"/>). Members set by name (<c>messages</c>) make an object a model request's body
/// (<see cref="ModelRequestShape"/>).
/// Owns nothing. Asks the evaluator for what is put into an object, the call values for a constructor's call site, the
/// rule values for what the tables say of a creation, and the scan for the values a local is given.
/// </summary>
internal sealed class ObjectValues
{
    private readonly ValueEvaluator _values;
    private readonly BodyRules _rules;
    private readonly BodyScan _scan;

    public ObjectValues(ValueEvaluator values, BodyRules rules, BodyScan scan)
    {
        _values = values;
        _rules = rules;
        _scan = scan;
    }

    /// <summary><c>record with { Prompt = … }</c>: the copy carries the original and what the initializer puts in.</summary>
    public FlowValue OfWith(IWithOperation with) => _values.Eval(with.Operand).Union(OfInitializer(with.Initializer));

    public FlowValue OfCreation(IObjectCreationOperation creation)
    {
        var value = FlowValue.Empty;
        if (creation.Constructor is { } programConstructor && _rules.IsInCompilation(programConstructor))
        {
            var site = _values.Calls.CallSiteFor(creation, programConstructor);
            if (OwnConstructors.MayStore(programConstructor))
            {
                // The object carries what this call's constructor stores into it, filled in with this call's arguments.
                value = FlowValue.OfToken(new CallToken(site));
            }
        }

        if (creation.Constructor is { } constructor)
        {
            value = value.Union(_values.Rules.OfCall(CallShape.Of(creation, constructor)));
            if (_rules.Index.IsOptionsType(constructor.ContainingType))
            {
                value = value.Union(FlowValue.OfProvider(ProviderFacts.OptionsObject));
            }
        }

        return creation.Initializer is null ? value : value.Union(OfInitializer(creation.Initializer));
    }

    /// <summary>
    /// What an object that library code made (a deserializer, a parser, <c>ToObject</c>) holds, as a whole: the
    /// instance is such a call, or a local one was kept in (or a foreach over one). Its frames are in every member, since
    /// nothing says which member the text put them in. An object built in sight (initializer, constructor) is not read
    /// this way: what was stored in each of its members is known member by member.
    /// </summary>
    public FlowValue ReadBackContent(IOperation instance, bool throughLocal = true)
    {
        switch (OperationPeeling.Peel(instance, Wrappers.Conversions | Wrappers.Awaits | Wrappers.Parentheses | Wrappers.ConditionalAccess, ValueEvaluator.MaxDepth))
        {
            case IInvocationOperation call when call.TargetMethod.MethodKind != MethodKind.DelegateInvoke && !_rules.IsInCompilation(call.TargetMethod):
                return _values.Eval(call).FramesOnly();
            case ILocalReferenceOperation local when throughLocal:
                var value = FlowValue.Empty;
                foreach (var definition in _scan.DefinitionsOf(local.Local))
                {
                    value = value.Union(ReadBackContent(definition, throughLocal: false));
                }

                return value;
            default:
                return FlowValue.Empty;
        }
    }

    /// <summary>
    /// <c>new { messages = ... }</c>, <c>new ChatRequest { Messages = ... }</c>, <c>new JsonObject { ["messages"] = ... }</c>.
    /// </summary>
    public static ProviderFacts MembersMark(ImmutableArray<IOperation> initializers)
    {
        var facts = ProviderFacts.None;
        foreach (var item in initializers)
        {
            facts |= MarkOf(item);
        }

        return facts;
    }

    /// <summary>A property named like a model request's part, or an indexer whose key is one.</summary>
    public static ProviderFacts MemberMark(IPropertyReferenceOperation property)
    {
        if (property.Arguments.IsEmpty)
        {
            return ModelRequestShape.OfName(property.Property.Name);
        }

        return property.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key } ? ModelRequestShape.OfName(key) : ProviderFacts.None;
    }

    private static ProviderFacts MarkOf(IOperation item) =>
        item is IAssignmentOperation { Target: IPropertyReferenceOperation property } ? MemberMark(property) : ProviderFacts.None;

    /// <summary><c>new T { Endpoint = …, Messages = { m } }</c>: what is put into the object is part of it.</summary>
    private FlowValue OfInitializer(IObjectOrCollectionInitializerOperation initializer)
    {
        var value = FlowValue.Empty;
        var isOptions = initializer.Type is INamedTypeSymbol type && _rules.Index.IsOptionsType(type);
        foreach (var item in initializer.Initializers)
        {
            if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } endpoint && _rules.IsEndpoint(property.Property))
            {
                value = value.Union(RuleValues.EndpointValue(_values.Eval(endpoint.Value)));
                continue;
            }

            var itemValue = FlowValue.OfProvider(MarkOf(item)).Union(item switch
            {
                ISimpleAssignmentOperation { Value: IObjectOrCollectionInitializerOperation nested } => OfInitializer(nested),
                ISimpleAssignmentOperation assignment => _values.Eval(assignment.Value),
                IMemberInitializerOperation member => OfInitializer(member.Initializer),
                IInvocationOperation add => _values.EvalAll(ArgumentValues(add.Arguments)),
                _ => FlowValue.Empty,
            });

            // Only the endpoint of options (or of a request message) names the service: an organization id, a header
            // or a body read from configuration says nothing about where the request goes.
            value = value.Union(isOptions ? itemValue.WithoutProvider() : itemValue);
        }

        return value;
    }

    private static IEnumerable<IOperation> ArgumentValues(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            yield return argument.Value;
        }
    }
}
