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
/// per member (<see cref="MemberToken"/>).
/// </summary>
internal sealed partial class MethodFlowAnalysis
{
    /// <summary>The type whose object this body builds, when the body is an instance constructor.</summary>
    private INamedTypeSymbol? _constructedType;

    /// <summary>What the constructor stores into the object's fields and properties, recorded on the summary pass.</summary>
    private FlowValue _constructedContents;

    private void BeginConstructor(ISymbol owner)
    {
        if (owner is IMethodSymbol { MethodKind: MethodKind.Constructor, IsStatic: false } constructor)
        {
            _constructedType = constructor.ContainingType.OriginalDefinition;
        }
    }

    /// <summary>A store on the summary pass into an instance member of the object under construction (or of its bases).</summary>
    private void NoteConstructedStore(ISymbol root, FlowValue value)
    {
        if (_constructedType is not null && root is IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false }
            && DeclaredInOrAbove(root, _constructedType))
        {
            _constructedContents = _constructedContents.Union(value);
        }
    }

    private static bool DeclaredInOrAbove(ISymbol member, INamedTypeSymbol type)
    {
        var declaring = member.ContainingType?.OriginalDefinition;
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, declaring))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The constructor's object: its stores, and what a <c>: this(…)</c> or <c>: base(…)</c> call put in first.</summary>
    private void RecordConstructedObject(ISymbol owner, MethodSummary summary)
    {
        if (_constructedType is null || owner is not IMethodSymbol constructor)
        {
            return;
        }

        var value = _constructedContents;
        foreach (var effect in _scan.Effects)
        {
            if (effect is IInvocationOperation { TargetMethod.MethodKind: MethodKind.Constructor, Instance: IInstanceReferenceOperation } chained)
            {
                // Not Eval: the initializer call's type is void, which the type filter would drop.
                value = value.Union(EvalCall(chained));
            }
        }

        if (!value.IsEmpty)
        {
            summary.Returns[constructor.OriginalDefinition] = Settle(value);
        }
    }

    /// <summary>
    /// What an object that library code made (a deserializer, a parser, <c>ToObject</c>) holds, as a whole: the
    /// instance is such a call, or a local one was kept in (or a foreach over one). Its frames are in every member, since
    /// nothing says which member the text put them in. An object built in sight (initializer, constructor) is not read
    /// this way: what was stored in each of its members is known member by member.
    /// </summary>
    private FlowValue ReadBackContent(IOperation instance, bool throughLocal = true)
    {
        switch (OperationPeeling.Peel(instance, Wrappers.Conversions | Wrappers.Awaits | Wrappers.Parentheses | Wrappers.ConditionalAccess, MaxDepth))
        {
            case IInvocationOperation call when call.TargetMethod.MethodKind != MethodKind.DelegateInvoke && !_rules.IsInCompilation(call.TargetMethod):
                return Eval(call).FramesOnly();
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

    /// <summary><c>record with { Prompt = … }</c>: the copy carries the original and what the initializer puts in.</summary>
    private FlowValue EvalWith(IWithOperation with) => Eval(with.Operand).Union(EvalInitializer(with.Initializer));

    private FlowValue EvalCreation(IObjectCreationOperation creation)
    {
        var value = FlowValue.Empty;
        if (creation.Constructor is { } programConstructor && _rules.IsInCompilation(programConstructor))
        {
            var site = CallSiteFor(creation, programConstructor);
            if (OwnConstructors.MayStore(programConstructor))
            {
                // The object carries what this call's constructor stores into it, filled in with this call's arguments.
                value = FlowValue.OfToken(new CallToken(site));
            }
        }

        if (creation.Constructor is { } constructor)
        {
            value = value.Union(RulesValue(CallShape.Of(creation, constructor)));
            if (_rules.Index.IsOptionsType(constructor.ContainingType))
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
        var isOptions = initializer.Type is INamedTypeSymbol type && _rules.Index.IsOptionsType(type);
        foreach (var item in initializer.Initializers)
        {
            if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } endpoint && _rules.IsEndpoint(property.Property))
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

    private static IEnumerable<IOperation> ArgumentValues(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            yield return argument.Value;
        }
    }
}
