using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The compilation's own types by the names of the types their constructors take: where a service the container
/// injects can be written (a hosted producer writes to the channel it was given, through a primary constructor's
/// parameter that no body names by type). Read from declarations only, once per compilation.
/// </summary>
internal sealed class InjectedTypes
{
    private readonly Dictionary<string, List<INamedTypeSymbol>> _byParameterType;

    private InjectedTypes(Dictionary<string, List<INamedTypeSymbol>> byParameterType)
    {
        _byParameterType = byParameterType;
    }

    /// <summary>The types with a constructor parameter whose type is called <paramref name="typeName"/>.</summary>
    public IReadOnlyList<INamedTypeSymbol> Taking(string typeName) =>
        _byParameterType.TryGetValue(typeName, out var types) ? types : ImmutableArray<INamedTypeSymbol>.Empty;

    public static InjectedTypes Find(Compilation compilation, CancellationToken cancellationToken)
    {
        var byParameterType = new Dictionary<string, List<INamedTypeSymbol>>();
        foreach (var type in SourceTypes.Of(compilation, cancellationToken))
        {
            var names = new HashSet<string>();
            foreach (var constructor in type.InstanceConstructors)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (names.Add(parameter.Type.Name))
                    {
                        if (!byParameterType.TryGetValue(parameter.Type.Name, out var types))
                        {
                            byParameterType[parameter.Type.Name] = types = new List<INamedTypeSymbol>();
                        }

                        types.Add(type);
                    }
                }
            }
        }

        return new InjectedTypes(byParameterType);
    }
}
