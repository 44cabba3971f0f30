using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Interface and virtual calls resolved to the implementations and overrides this compilation contains, both ways:
/// which bodies a declared member may run, and which declared members a body may be called through.
/// </summary>
internal sealed class ImplementationMap
{
    private readonly Dictionary<IMethodSymbol, List<IMethodSymbol>> _targets = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IMethodSymbol, List<IMethodSymbol>> _declarations = new(SymbolEqualityComparer.Default);

    public ImplementationMap(IEnumerable<IMethodSymbol> methods)
    {
        var seen = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        foreach (var method in methods)
        {
            var body = method.OriginalDefinition;
            if (!seen.Add(body) || body.ContainingType is null)
            {
                continue;
            }

            foreach (var declared in DeclarationsImplementedBy(body))
            {
                Link(declared, body);
            }
        }
    }

    /// <summary>The members <paramref name="body"/> overrides or implements, as declared (not itself).</summary>
    public static IEnumerable<IMethodSymbol> DeclarationsImplementedBy(IMethodSymbol body)
    {
        body = body.OriginalDefinition;
        if (body.ContainingType is null)
        {
            yield break;
        }

        for (var overridden = body.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            yield return overridden.OriginalDefinition;
        }

        foreach (var explicitImplementation in body.ExplicitInterfaceImplementations)
        {
            yield return explicitImplementation.OriginalDefinition;
        }

        foreach (var @interface in body.ContainingType.AllInterfaces)
        {
            foreach (var member in @interface.GetMembers(body.Name))
            {
                if (member is IMethodSymbol interfaceMethod
                    && body.ContainingType.FindImplementationForInterfaceMember(interfaceMethod) is IMethodSymbol implementation
                    && SymbolEqualityComparer.Default.Equals(implementation.OriginalDefinition, body))
                {
                    yield return interfaceMethod.OriginalDefinition;
                }
            }
        }
    }

    /// <summary>The bodies a call to <paramref name="declared"/> may run: itself and every implementation or override.</summary>
    public ImmutableArray<IMethodSymbol> TargetsOf(IMethodSymbol declared) => With(declared, _targets);

    /// <summary>How many bodies a call to <paramref name="declared"/> may run, without building the list.</summary>
    public int TargetCount(IMethodSymbol declared) =>
        _targets.TryGetValue(declared.OriginalDefinition, out var others) ? others.Count + 1 : 1;

    /// <summary>The members a call may name to reach <paramref name="body"/>: itself and what it implements or overrides.</summary>
    public ImmutableArray<IMethodSymbol> DeclarationsOf(IMethodSymbol body) => With(body, _declarations);

    private static ImmutableArray<IMethodSymbol> With(IMethodSymbol method, Dictionary<IMethodSymbol, List<IMethodSymbol>> map)
    {
        var key = method.OriginalDefinition;
        return map.TryGetValue(key, out var others) ? ImmutableArray.Create(key).AddRange(others) : ImmutableArray.Create(key);
    }

    private void Link(IMethodSymbol declared, IMethodSymbol body)
    {
        Add(_targets, declared, body);
        Add(_declarations, body, declared);
    }

    private static void Add(Dictionary<IMethodSymbol, List<IMethodSymbol>> map, IMethodSymbol key, IMethodSymbol value)
    {
        var list = map.GetOrAdd(key);
        if (!list.Contains(value, SymbolEqualityComparer.Default))
        {
            list.Add(value);
        }
    }
}
