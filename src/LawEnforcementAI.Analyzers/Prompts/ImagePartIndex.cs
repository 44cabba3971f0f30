using System.Collections.Generic;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Prompts;

/// <summary>The catalog's image parts (<see cref="PromptPartTable"/>) resolved against one compilation by metadata name.</summary>
internal sealed class ImagePartIndex
{
    private readonly ICatalogObserver? _observer;
    private readonly Dictionary<INamedTypeSymbol, Dictionary<string, ImagePart>> _byType = new(SymbolEqualityComparer.Default);

    public ImagePartIndex(IEnumerable<ImagePart> imageParts, TypeLookup.Resolver types, ICatalogObserver? observer = null)
    {
        _observer = observer;
        foreach (var part in imageParts)
        {
            foreach (var type in types.Resolve(part.TypeName))
            {
                if (!_byType.TryGetValue(type, out var members))
                {
                    members = new Dictionary<string, ImagePart>();
                    _byType.Add(type, members);
                }

                members[part.Member.Name] = part;
            }
        }
    }

    /// <summary>The entry for a method or constructor, or for a type derived from an entry's (a constructor's class).</summary>
    public ImagePart? Find(IMethodSymbol method)
    {
        for (var type = method.ContainingType?.OriginalDefinition; type is not null; type = type.BaseType?.OriginalDefinition)
        {
            if (_byType.TryGetValue(type, out var members) && members.TryGetValue(method.Name, out var part))
            {
                _observer?.Matched(part);
                return part;
            }

            if (method.MethodKind != MethodKind.Constructor)
            {
                break;
            }
        }

        return null;
    }
}
