using System.Collections.Generic;
using System.Collections.Immutable;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Objects built in sight: what a creation or initializer puts into the object is part of it, and members set by name
/// can make it a model request's body (<see cref="ModelRequestShape"/>).
/// </summary>
internal sealed partial class MethodFlowAnalysis
{
    private FlowValue EvalCreation(IObjectCreationOperation creation)
    {
        var value = FlowValue.Empty;
        if (creation.Constructor is { } programConstructor && IsInCompilation(programConstructor))
        {
            CallSiteFor(creation, programConstructor);
        }

        if (creation.Constructor is { } constructor)
        {
            value = value.Union(RulesValue(CallShape.Of(creation, constructor)));
            if (_index.IsOptionsType(constructor.ContainingType))
            {
                value = value.Union(FlowValue.OfProvider(ProviderFacts.OptionsObject));
            }
        }

        return creation.Initializer is null ? value : value.Union(EvalInitializer(creation.Initializer));
    }

    /// <summary><c>new T { Endpoint = …, Messages = { m } }</c>: what is put into the object is part of it.</summary>
    private FlowValue EvalInitializer(IObjectOrCollectionInitializerOperation initializer)
    {
        var value = FlowValue.Empty;
        var isOptions = initializer.Type is INamedTypeSymbol type && _index.IsOptionsType(type);
        foreach (var item in initializer.Initializers)
        {
            if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } endpoint && IsEndpoint(property.Property))
            {
                value = value.Union(EndpointValue(Eval(endpoint.Value)));
                continue;
            }

            var itemValue = FlowValue.OfProvider(MarkOf(item)).Union(item switch
            {
                ISimpleAssignmentOperation { Value: IObjectOrCollectionInitializerOperation nested } => EvalInitializer(nested),
                ISimpleAssignmentOperation assignment => Eval(assignment.Value),
                IMemberInitializerOperation member => EvalInitializer(member.Initializer),
                IInvocationOperation add => EvalAll(ArgumentValues(add.Arguments)),
                _ => FlowValue.Empty,
            });

            // Only the endpoint of options (or of a request message) names the service: an organization id, a header
            // or a body read from configuration says nothing about where the request goes.
            value = value.Union(isOptions ? itemValue.WithoutProvider() : itemValue);
        }

        return value;
    }

    /// <summary>
    /// Members set by name that make an object a model request's body: <c>new { messages = ... }</c>,
    /// <c>new ChatRequest { Messages = ... }</c>, <c>new JsonObject { ["messages"] = ... }</c> (<see cref="ModelRequestShape"/>).
    /// </summary>
    private static ProviderFacts MembersMark(ImmutableArray<IOperation> initializers)
    {
        var facts = ProviderFacts.None;
        foreach (var item in initializers)
        {
            facts |= MarkOf(item);
        }

        return facts;
    }

    private static ProviderFacts MarkOf(IOperation item) =>
        item is IAssignmentOperation { Target: IPropertyReferenceOperation property } ? MemberMark(property) : ProviderFacts.None;

    /// <summary>A property named like a model request's part, or an indexer whose key is one.</summary>
    private static ProviderFacts MemberMark(IPropertyReferenceOperation property)
    {
        if (property.Arguments.IsEmpty)
        {
            return ModelRequestShape.OfName(property.Property.Name);
        }

        return property.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key } ? ModelRequestShape.OfName(key) : ProviderFacts.None;
    }

    private static IEnumerable<IOperation> ArgumentValues(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            yield return argument.Value;
        }
    }
}
