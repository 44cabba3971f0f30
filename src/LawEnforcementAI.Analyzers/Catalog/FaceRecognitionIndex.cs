using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// <see cref="FaceRecognitionTable"/> resolved against one compilation: its types looked up by metadata name once, then
/// each call matched by symbol, so a user's own <c>IdentifyAsync</c> on another type never matches.
/// </summary>
internal sealed class FaceRecognitionIndex
{
    private readonly Dictionary<INamedTypeSymbol, Dictionary<string, FaceRecognitionOperation>> _byType;

    private FaceRecognitionIndex(Dictionary<INamedTypeSymbol, Dictionary<string, FaceRecognitionOperation>> byType)
    {
        _byType = byType;
    }

    /// <summary>False when the compilation references neither Face SDK: the analyzer then bows out.</summary>
    public bool IsEmpty => _byType.Count == 0;

    public static FaceRecognitionIndex Create(TypeLookup.Resolver types, IEnumerable<FaceRecognitionOperation> operations)
    {
        var byType = new Dictionary<INamedTypeSymbol, Dictionary<string, FaceRecognitionOperation>>(SymbolEqualityComparer.Default);
        var resolved = new Dictionary<string, INamedTypeSymbol?>();
        foreach (var operation in operations)
        {
            if (!resolved.TryGetValue(operation.TypeName, out var type))
            {
                type = types.ResolveOne(operation.TypeName);
                resolved.Add(operation.TypeName, type);
            }

            if (type is null)
            {
                continue;
            }

            if (!byType.TryGetValue(type, out var members))
            {
                members = new Dictionary<string, FaceRecognitionOperation>(System.StringComparer.Ordinal);
                byType.Add(type, members);
            }

            members[operation.Member.Name] = operation;
        }

        return new FaceRecognitionIndex(byType);
    }

    /// <summary>
    /// The recognition operation <paramref name="method"/> is, or null. An extension method called in its reduced
    /// form is matched by the static method it was reduced from; an override by the SDK method it overrides (a test
    /// double or a subclass that decorates the client still calls the service).
    /// </summary>
    public FaceRecognitionOperation? Find(IMethodSymbol method)
    {
        for (IMethodSymbol? current = (method.ReducedFrom ?? method).OriginalDefinition; current is not null; current = current.OverriddenMethod?.OriginalDefinition)
        {
            if (current.ContainingType is { } type
                && _byType.TryGetValue(type.OriginalDefinition, out var members)
                && members.TryGetValue(current.Name, out var operation))
            {
                return operation;
            }
        }

        return null;
    }
}
