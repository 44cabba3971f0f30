using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// The tables resolved against one compilation by metadata name, so stubs and real assemblies match alike.
/// Built once per compilation; read-only afterwards, so safe to share across concurrent actions.
/// </summary>
internal sealed partial class ApiIndex
{
    private readonly Dictionary<INamedTypeSymbol, Dictionary<string, MemberRules>> _byType = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, MemberRules> _everyMember = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, MemberRules> _declared = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> _optionsTypes = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> _pixelTypes = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<string, ImmutableArray<ISymbol>> _ambient = new();
    private readonly Dictionary<INamedTypeSymbol, ContainerFamily> _sharedContainers = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ContainerService, INamedTypeSymbol> _fixedServiceTypes = new();

    private ApiIndex()
    {
    }

    private readonly HashSet<string> _rootNames = new();
    private readonly HashSet<string> _fileNames = new();
    private readonly HashSet<string> _registrationNames = new();

    public bool HasSources { get; private set; }

    /// <summary>
    /// Simple names of the resolved sources, sinks, client factories and file members (type names for constructors):
    /// a body that names none of them, and is connected to no body that does, adds nothing to a finding.
    /// </summary>
    public IReadOnlyCollection<string> RootNames => _rootNames;

    /// <summary>The names of the resolved file operations: a body that writes a frame to a path names one of them.</summary>
    public IReadOnlyCollection<string> FileNames => _fileNames;

    /// <summary>The names of the resolved container registrations: a body that puts a service in the container names one.</summary>
    public IReadOnlyCollection<string> RegistrationNames => _registrationNames;

    /// <summary>A sink of an SDK the project references (or a declared one): reason enough to analyse.</summary>
    public bool HasSinks { get; private set; }

    /// <summary>
    /// Member names of the resolved sinks every project has (<see cref="VisionSink.InEveryProject"/>): they count for the
    /// gate only where the source names one of them.
    /// </summary>
    public ImmutableHashSet<string> EveryProjectSinkNames { get; private set; } = ImmutableHashSet<string>.Empty;

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

            if (_byType.TryGetValue(type, out var members) && members.TryGetValue(current.Name, out var rules))
            {
                found.Add(rules);
            }

            if (_declared.Count > 0 && _declared.TryGetValue(current.OriginalDefinition, out var declared))
            {
                found.Add(declared);
            }

            if (_everyMember.TryGetValue(type, out var every))
            {
                found.Add(every);
            }
        }
    }

    /// <summary>The static members an <see cref="SlotKind.Ambient"/> slot names, as this compilation resolves them.</summary>
    public ImmutableArray<ISymbol> AmbientMembers(Slot slot) =>
        slot.Kind == SlotKind.Ambient && _ambient.TryGetValue(slot.Name!, out var members) ? members : ImmutableArray<ISymbol>.Empty;

    /// <summary>A library struct that is one pixel of an image (<see cref="ApiCatalog.PixelTypes"/>).</summary>
    public bool IsPixelType(ITypeSymbol? type) => _pixelTypes.Count > 0 && type is INamedTypeSymbol named && _pixelTypes.Contains(named.OriginalDefinition);

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

    /// <summary>The service type a registration names whatever its arguments (<c>AddChatClient</c>: <c>IChatClient</c>), if referenced.</summary>
    public INamedTypeSymbol? FixedServiceType(ContainerService entry) => _fixedServiceTypes.TryGetValue(entry, out var type) ? type : null;

    /// <summary>The shared container <paramref name="type"/> is a view of, by family and element type; null for any other type.</summary>
    public SharedContainerKey? SharedContainerOf(ITypeSymbol? type) =>
        type is INamedTypeSymbol { IsGenericType: true } named && _sharedContainers.TryGetValue(named.OriginalDefinition, out var family)
            ? new SharedContainerKey(family, named.TypeArguments[named.TypeArguments.Length - 1])
            : null;

    private static ISymbol? Overridden(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        _ => null,
    };
}
