using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The fields and properties declared in source whose type is a shared container (a channel, its writer or reader, a
/// concurrent queue, ...), grouped by <see cref="SharedContainerKey"/>. The engine treats each group as one value:
/// reading any of them reads what was stored through all of them. That is how a channel created once and handed to a
/// producer and a consumer (by constructor injection or a composition root) connects the two, without following
/// object identity: the engine cannot see which instance a container registered in a DI container is.
/// </summary>
internal sealed class SharedContainers
{
    private readonly Dictionary<SharedContainerKey, List<ISymbol>> _members = new();

    private SharedContainers()
    {
    }

    public static SharedContainers Find(Compilation compilation, ApiIndex index, ApiCatalog catalogue, CancellationToken cancellationToken)
    {
        var found = new SharedContainers();
        var names = ContainerMemberNames.Of(compilation, catalogue, cancellationToken);
        if (names.Count == 0)
        {
            return found;
        }

        // Only the members with a candidate name are created (the declaration table knows names without binding).
        foreach (var member in compilation.GetSymbolsWithName(names.Contains, SymbolFilter.Member, cancellationToken))
        {
            switch (member)
            {
                case IFieldSymbol { IsConst: false, IsImplicitlyDeclared: false } field when index.SharedContainerOf(field.Type) is { } key:
                    found._members.GetOrAdd(key).Add(field.OriginalDefinition);
                    break;
                case IPropertySymbol property when index.SharedContainerOf(property.Type) is { } key:
                    found._members.GetOrAdd(key).Add(property.OriginalDefinition);
                    break;
            }
        }

        foreach (var members in found._members.Values)
        {
            // Source order, so unions (and the routes they keep) are the same on every build.
            members.Sort((a, b) => CompareLocations(a.Locations.FirstOrDefault(), b.Locations.FirstOrDefault()));
        }

        return found;
    }

    /// <summary>The source fields and properties that are the same shared container as a value of <paramref name="type"/>.</summary>
    public IReadOnlyList<ISymbol> MembersLike(ApiIndex index, ITypeSymbol? type) =>
        index.SharedContainerOf(type) is { } key && _members.TryGetValue(key, out var members)
            ? members
            : System.Array.Empty<ISymbol>();

    private static int CompareLocations(Location? a, Location? b)
    {
        var byPath = string.CompareOrdinal(a?.SourceTree?.FilePath, b?.SourceTree?.FilePath);
        return byPath != 0 ? byPath : (a?.SourceSpan.Start ?? 0).CompareTo(b?.SourceSpan.Start ?? 0);
    }
}
