using System.Collections.Immutable;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>Members set by name that make an object a model request's body (<see cref="ModelRequestShape"/>).</summary>
internal sealed partial class MethodFlowAnalysis
{
    /// <summary>
    /// <c>new { messages = ... }</c>, <c>new ChatRequest { Messages = ... }</c>, <c>new JsonObject { ["messages"] = ... }</c>.
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
}
