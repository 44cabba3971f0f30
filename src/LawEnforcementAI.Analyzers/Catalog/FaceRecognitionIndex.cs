using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// <see cref="FaceRecognitionTable"/> resolved against one compilation: its types looked up by metadata name once, then
/// each call matched by symbol, so a user's own <c>IdentifyAsync</c> on another type never matches.
/// </summary>
internal sealed class FaceRecognitionIndex
{
    private readonly Dictionary<INamedTypeSymbol, Dictionary<string, FaceOperationKind>> _byType;

    private FaceRecognitionIndex(Dictionary<INamedTypeSymbol, Dictionary<string, FaceOperationKind>> byType)
    {
        _byType = byType;
    }

    /// <summary>False when the compilation references neither Face SDK: the analyzer then bows out.</summary>
    public bool IsEmpty => _byType.Count == 0;

    public static FaceRecognitionIndex Create(TypeLookup.Resolver types, IEnumerable<FaceRecognitionOperation> operations)
    {
        var byType = new Dictionary<INamedTypeSymbol, Dictionary<string, FaceOperationKind>>(SymbolEqualityComparer.Default);
        var resolved = new Dictionary<string, INamedTypeSymbol?>();
        foreach (var operation in operations)
        {
            if (!resolved.TryGetValue(operation.TypeMetadataName, out var type))
            {
                type = types.ResolveOne(operation.TypeMetadataName);
                resolved.Add(operation.TypeMetadataName, type);
            }

            if (type is null)
            {
                continue;
            }

            if (!byType.TryGetValue(type, out var members))
            {
                members = new Dictionary<string, FaceOperationKind>(System.StringComparer.Ordinal);
                byType.Add(type, members);
            }

            members[operation.MemberName] = operation.Kind;
        }

        return new FaceRecognitionIndex(byType);
    }

    /// <summary>
    /// The kind of recognition <paramref name="method"/> performs, or null. An extension method called in its reduced
    /// form is matched by the static method it was reduced from; an override by the SDK method it overrides (a test
    /// double or a subclass that decorates the client still calls the service).
    /// </summary>
    public FaceOperationKind? Find(IMethodSymbol method)
    {
        for (IMethodSymbol? current = (method.ReducedFrom ?? method).OriginalDefinition; current is not null; current = current.OverriddenMethod?.OriginalDefinition)
        {
            if (current.ContainingType is { } type
                && _byType.TryGetValue(type.OriginalDefinition, out var members)
                && members.TryGetValue(current.Name, out var kind))
            {
                return kind;
            }
        }

        return null;
    }
}
