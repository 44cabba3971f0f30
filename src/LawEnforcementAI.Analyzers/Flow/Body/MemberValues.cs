using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// What a read of a parameter, field, property or event holds: what the body stored there, and for what the body cannot
/// see (callers' arguments, other methods' stores, a getter's body, a shared container, an injected service) a token
/// the program solver fills in. Also the tables' camera sources and unknown origins that are properties.
/// Owns the record properties' primary-constructor parameters, found once per body. Asks the variable state what the
/// body stored, the evaluator for the instance of a member, the unknown origins for an entry point's image parameter,
/// the container services for an injected one, and the call values for the call site of a getter.
/// </summary>
internal sealed class MemberValues
{
    private readonly ValueEvaluator _values;
    private readonly BodyRules _rules;
    private readonly VariableState _state;
    private readonly UnknownOrigins _origins;
    private readonly ContainerServices _services;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<IPropertySymbol, IParameterSymbol?> _positionalParameters = new(SymbolEqualityComparer.Default);

    public MemberValues(ValueEvaluator values, BodyRules rules, VariableState state, UnknownOrigins origins, ContainerServices services, CancellationToken cancellationToken)
    {
        _values = values;
        _rules = rules;
        _state = state;
        _origins = origins;
        _services = services;
        _cancellationToken = cancellationToken;
    }

    /// <summary>A local function's parameters are bound here; any other parameter also holds what its callers pass.</summary>
    public FlowValue OfParameter(IParameterSymbol parameter)
    {
        var value = _state.Of(parameter.OriginalDefinition);
        return parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction }
            ? value
            : value.Union(_origins.OfParameter(parameter)).Union(SharedContainer(parameter.Type, null)).Union(_services.Injected(parameter))
                .Union(FlowValue.OfToken(new ParameterToken(parameter)));
    }

    public FlowValue OfMember(IMemberReferenceOperation member)
    {
        var value = _state.Of(member.Member.OriginalDefinition);
        if (_rules.IsSourceMember(member.Member))
        {
            // The other views of a shared container first: their route to a frame is the direct one, while this member's
            // own stores may hold the same frame one step later (a constructor storing the injected container).
            value = value.Union(SharedContainer(member.Type, member.Member)).Union(FlowValue.OfToken(new MemberToken(member.Member)));
            if (member.Member is IPropertySymbol { GetMethod: { } getter } && _rules.IsInCompilation(getter))
            {
                value = value.Union(FlowValue.OfToken(new CallToken(_values.Calls.CallSiteFor(member, getter))));
            }

            if (member.Member is IPropertySymbol positional && PositionalParameter(positional) is { } parameter)
            {
                value = value.Union(FlowValue.OfToken(new ParameterToken(parameter)));
            }

            return member.Instance is null or IInstanceReferenceOperation ? value : value.Union(_values.Objects.ReadBackContent(member.Instance));
        }

        if (member is IPropertyReferenceOperation property)
        {
            foreach (var rules in _rules.For(property.Property))
            {
                foreach (var source in rules.Sources)
                {
                    value = value.Union(FlowValue.Frame(CameraSources.Origin(source, member)));
                }

                foreach (var origin in rules.UnknownOrigins)
                {
                    value = value.Union(UnknownOrigins.Of(origin, null, member));
                }

                // A configuration value (IConfiguration["AzureOpenAI:Endpoint"]) may name any service.
                if (rules.ClientFactory is { Endpoint: null, Options: null, AzureIfGiven: null } factory)
                {
                    value = value.Union(FlowValue.OfProvider(factory.Default));
                }
            }
        }

        // Whole-object tracking: a member of a frame-holding local is part of that frame (the type filter drops sizes and flags).
        return member.Instance is null or IInstanceReferenceOperation ? value : value.Union(_values.Eval(member.Instance));
    }

    /// <summary>
    /// A channel, concurrent queue or other shared container (<see cref="SharedContainers"/>) is one value with every
    /// field and property of the same family and element type: what one class writes into its field, another reads from
    /// its own, however the object was handed to both.
    /// </summary>
    private FlowValue SharedContainer(ITypeSymbol? type, ISymbol? self)
    {
        var value = FlowValue.Empty;
        if (_rules.Index.SharedContainerOf(type) is null)
        {
            return value;
        }

        // Only now: most bodies touch no shared container, and finding them all is a pass over the compilation.
        foreach (var member in _rules.Context.SharedContainers.MembersLike(_rules.Index, type))
        {
            if (!SymbolEqualityComparer.Default.Equals(member, self?.OriginalDefinition))
            {
                value = value.Union(FlowValue.OfToken(new MemberToken(member)));
            }
        }

        // And what is written through an injected parameter of the container's type (a primary constructor's channel).
        return value.Union(FlowValue.OfToken(_services.TokenOf(type!)));
    }

    /// <summary>
    /// A record's positional property holds its primary-constructor argument; the compiler's initializer for it is
    /// synthesized, so no operation block shows the store.
    /// </summary>
    private IParameterSymbol? PositionalParameter(IPropertySymbol property)
    {
        if (!property.ContainingType.IsRecord)
        {
            return null;
        }

        if (!_positionalParameters.TryGetValue(property, out var parameter))
        {
            parameter = FindPositionalParameter(property);
            _positionalParameters.Add(property, parameter);
        }

        return parameter;
    }

    private IParameterSymbol? FindPositionalParameter(IPropertySymbol property)
    {
        if (!property.ContainingType.IsRecord || property.DeclaringSyntaxReferences.IsEmpty
            || property.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not ParameterSyntax syntax)
        {
            return null;
        }

        foreach (var constructor in property.ContainingType.OriginalDefinition.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.DeclaringSyntaxReferences.Any(r => r.GetSyntax(_cancellationToken) == syntax))
                {
                    return parameter;
                }
            }
        }

        return null;
    }
}
