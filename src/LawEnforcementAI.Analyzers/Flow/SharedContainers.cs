using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
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
    private readonly Dictionary<SharedContainerKey, List<ISymbol>>? _members;
    private readonly Compilation? _compilation;
    private readonly Kept? _kept;
    private readonly ConcurrentDictionary<string, IReadOnlyList<ISymbol>> _resolved = new();

    private SharedContainers(Dictionary<SharedContainerKey, List<ISymbol>> members) => _members = members;

    private SharedContainers(Compilation compilation, Kept kept)
    {
        _compilation = compilation;
        _kept = kept;
    }

    /// <summary>
    /// The shared containers of <paramref name="compilation"/>. With an <paramref name="epoch"/> (a document's analysis,
    /// which keeps what it learns for the next compilation), they are found by the IDs an earlier compilation of the same
    /// declarations kept: finding them by symbols creates the members of every type that declares one, which after an
    /// edit inside a body is most of what a document's analysis costs on service code.
    /// </summary>
    public static SharedContainers Find(Compilation compilation, ApiIndex index, ApiCatalog catalogue, SummaryEpoch? epoch, CancellationToken cancellationToken)
    {
        var caches = AnalysisCaches.Of(catalogue);
        if (epoch is not null && caches.SharedContainerIds.TryGetValue(epoch, out var kept))
        {
            return new SharedContainers(compilation, kept);
        }

        var members = Members(compilation, index, catalogue, cancellationToken);
        if (epoch is not null && Kept.Of(members) is { } ids)
        {
            caches.SharedContainerIds.GetValue(epoch, _ => ids);
        }

        return new SharedContainers(members);
    }

    /// <summary>The source fields and properties that are the same shared container as a value of <paramref name="type"/>.</summary>
    public IReadOnlyList<ISymbol> MembersLike(ApiIndex index, ITypeSymbol? type)
    {
        if (index.SharedContainerOf(type) is not { } key)
        {
            return Array.Empty<ISymbol>();
        }

        if (_members is not null)
        {
            return _members.TryGetValue(key, out var members) ? members : Array.Empty<ISymbol>();
        }

        return Kept.NameOf(key) is { } name ? _resolved.GetOrAdd(name, n => _kept!.Resolve(n, _compilation!)) : Array.Empty<ISymbol>();
    }

    private static Dictionary<SharedContainerKey, List<ISymbol>> Members(Compilation compilation, ApiIndex index, ApiCatalog catalogue, CancellationToken cancellationToken)
    {
        var found = new Dictionary<SharedContainerKey, List<ISymbol>>();
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
                    found.GetOrAdd(key).Add(field.OriginalDefinition);
                    break;
                case IPropertySymbol property when index.SharedContainerOf(property.Type) is { } key:
                    found.GetOrAdd(key).Add(property.OriginalDefinition);
                    break;
            }
        }

        foreach (var members in found.Values)
        {
            // Source order, so unions (and the routes they keep) are the same on every build.
            members.Sort((a, b) => CompareLocations(a.Locations.FirstOrDefault(), b.Locations.FirstOrDefault()));
        }

        return found;
    }

    private static int CompareLocations(Location? a, Location? b)
    {
        var byPath = string.CompareOrdinal(a?.SourceTree?.FilePath, b?.SourceTree?.FilePath);
        return byPath != 0 ? byPath : (a?.SourceSpan.Start ?? 0).CompareTo(b?.SourceSpan.Start ?? 0);
    }

    /// <summary>
    /// The shared containers of one <see cref="SummaryEpoch"/> by name: each container (its family and its element type's
    /// ID) with its members' declaration IDs in source order. The same declarations declare the same containers.
    /// </summary>
    internal sealed class Kept
    {
        private readonly Dictionary<string, ImmutableArray<string>> _members;

        private Kept(Dictionary<string, ImmutableArray<string>> members) => _members = members;

        /// <summary>
        /// Null when some container or member has no ID, or two containers share a name (element types of one name in
        /// two assemblies): such a compilation finds its containers by symbols every time.
        /// </summary>
        public static Kept? Of(Dictionary<SharedContainerKey, List<ISymbol>> found)
        {
            var members = new Dictionary<string, ImmutableArray<string>>();
            foreach (var pair in found)
            {
                var ids = pair.Value.Select(m => DocumentationCommentId.CreateDeclarationId(m)).ToImmutableArray();
                if (NameOf(pair.Key) is not { } name || ids.Any(string.IsNullOrEmpty) || members.ContainsKey(name))
                {
                    return null;
                }

                members[name] = ids;
            }

            return new Kept(members);
        }

        public static string? NameOf(SharedContainerKey key) =>
            DocumentationCommentId.CreateReferenceId(key.Element) is { Length: > 0 } element ? key.Family.Name + "|" + element : null;

        public IReadOnlyList<ISymbol> Resolve(string name, Compilation compilation) =>
            _members.TryGetValue(name, out var ids)
                ? ids.SelectMany(id => DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation)).Select(m => m.OriginalDefinition).ToList()
                : Array.Empty<ISymbol>();
    }
}
