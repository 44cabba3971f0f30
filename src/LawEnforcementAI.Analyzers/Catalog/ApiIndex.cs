using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// The tables resolved against one compilation by metadata name, so stubs and real assemblies match alike.
/// Built once per compilation; read-only afterwards, so safe to share across concurrent actions.
/// </summary>
public sealed class ApiIndex
{
    private readonly Dictionary<INamedTypeSymbol, Dictionary<string, MemberRules>> _byType = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<string, MemberRules> _anyType = new();
    private readonly Dictionary<INamedTypeSymbol, MemberRules> _everyMember = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> _optionsTypes = new(SymbolEqualityComparer.Default);

    private ApiIndex()
    {
    }

    public bool HasSources { get; private set; }

    public bool HasSinks { get; private set; }

    public static ApiIndex Create(Compilation compilation)
    {
        var index = new ApiIndex();
        var types = new Dictionary<string, INamedTypeSymbol?>();
        INamedTypeSymbol? Resolve(string name)
        {
            if (!types.TryGetValue(name, out var type))
            {
                type = compilation.GetTypeByMetadataName(name);
                types.Add(name, type);
            }

            return type;
        }

        foreach (var source in CameraSourceTable.Entries)
        {
            if (index.Rules(Resolve(source.TypeName), source.Member) is { } rules)
            {
                rules.Sources.Add(source);
                index.HasSources = true;
            }
        }

        foreach (var sink in VisionSinkTable.Sinks)
        {
            if (index.Rules(Resolve(sink.TypeName), sink.Member) is { } rules)
            {
                rules.Sink = sink;
                index.HasSinks = true;
            }
        }

        foreach (var factory in VisionSinkTable.ClientFactories)
        {
            index.Rules(Resolve(factory.TypeName), factory.Member)?.ClientFactory = factory;
        }

        foreach (var endpoint in VisionSinkTable.EndpointProperties)
        {
            if (Resolve(endpoint.TypeName) is { } optionsType)
            {
                index._optionsTypes.Add(optionsType);
                index.Rules(optionsType, endpoint.Property)!.IsEndpointProperty = true;
            }
        }

        foreach (var transfer in FlowThroughTable.Entries)
        {
            var rules = transfer.TypeName is null
                ? GetOrAdd(index._anyType, transfer.Member)
                : transfer.Member == Slot.AnyArgument
                    ? index.EveryMember(Resolve(transfer.TypeName))
                    : index.Rules(Resolve(transfer.TypeName), transfer.Member);
            rules?.Transfers.Add(transfer);
        }

        return index;
    }

    /// <summary>
    /// The rules for a method or property, looking through overrides to the member the tables name
    /// (<c>AzureOpenAIClient.GetChatClient</c> overrides <c>OpenAIClient.GetChatClient</c>).
    /// </summary>
    public void Collect(ISymbol member, List<MemberRules> found)
    {
        found.Clear();
        for (ISymbol? current = member; current is not null; current = Overridden(current))
        {
            var type = current.ContainingType?.OriginalDefinition;
            if (type is null)
            {
                break;
            }

            if (_byType.TryGetValue(type, out var members) && members.TryGetValue(NameOf(current), out var rules))
            {
                found.Add(rules);
            }

            if (_everyMember.TryGetValue(type, out var every))
            {
                found.Add(every);
            }
        }

        if (_anyType.TryGetValue(member.Name, out var anyType))
        {
            found.Add(anyType);
        }
    }

    /// <summary>Client options types whose endpoint decides the service (derived types included).</summary>
    public bool IsOptionsType(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (_optionsTypes.Contains(current.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    private static string NameOf(ISymbol member) =>
        member is IMethodSymbol { MethodKind: MethodKind.Constructor } ? Slot.Constructor : member.Name;

    private static ISymbol? Overridden(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        _ => null,
    };

    private MemberRules? Rules(INamedTypeSymbol? type, string member)
    {
        if (type is null)
        {
            return null;
        }

        if (!_byType.TryGetValue(type, out var members))
        {
            members = new Dictionary<string, MemberRules>();
            _byType.Add(type, members);
        }

        return GetOrAdd(members, member);
    }

    private MemberRules? EveryMember(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return null;
        }

        if (!_everyMember.TryGetValue(type, out var rules))
        {
            rules = new MemberRules();
            _everyMember.Add(type, rules);
        }

        return rules;
    }

    private static MemberRules GetOrAdd(Dictionary<string, MemberRules> map, string key)
    {
        if (!map.TryGetValue(key, out var rules))
        {
            rules = new MemberRules();
            map.Add(key, rules);
        }

        return rules;
    }
}
