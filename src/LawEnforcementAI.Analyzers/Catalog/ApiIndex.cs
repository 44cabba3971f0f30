using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// The tables resolved against one compilation by metadata name, so stubs and real assemblies match alike.
/// Built once per compilation; read-only afterwards, so safe to share across concurrent actions.
/// </summary>
internal sealed class ApiIndex
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

    /// <param name="declared">Entries of the team model files, already resolved to the members they name.</param>
    public static ApiIndex Create(ApiCatalog catalogue, TypeLookup.Resolver lookup, ImmutableArray<DeclaredEntry> declared = default)
    {
        var index = new ApiIndex();
        // Every type of that name: a name can be defined twice (CollectionExtensions in two framework assemblies, a
        // stand-in beside a real package), and the single-type lookup then finds none.
        var types = new Dictionary<string, ImmutableArray<INamedTypeSymbol>>();
        ImmutableArray<INamedTypeSymbol> Resolve(string name)
        {
            if (!types.TryGetValue(name, out var found))
            {
                found = lookup.Resolve(name);
                types.Add(name, found);
            }

            return found;
        }

        IEnumerable<MemberRules> RulesOf(CatalogEntry entry) => Resolve(entry.TypeName).Where(type => entry.Accepts(type.ContainingAssembly)).Select(type =>
            entry.Member.Kind == ApiMemberKind.Every ? index._everyMember.GetOrAdd(type) : index._byType.GetOrAdd(type).GetOrAdd(entry.Member.Name));

        foreach (var source in catalogue.Sources)
        {
            foreach (var rules in RulesOf(source))
            {
                rules.Sources.Add(source);
                index.HasSources = true;
            }
        }

        foreach (var sink in catalogue.Sinks)
        {
            foreach (var rules in RulesOf(sink))
            {
                rules.Sink = sink;
                if (sink.InEveryProject)
                {
                    index.EveryProjectSinkNames = index.EveryProjectSinkNames.Add(sink.Member.Name);
                }
                else
                {
                    index.HasSinks = true;
                }
            }
        }

        foreach (var factory in catalogue.ClientFactories)
        {
            foreach (var rules in RulesOf(factory))
            {
                rules.ClientFactory = factory;
            }
        }

        foreach (var endpoint in catalogue.EndpointProperties)
        {
            foreach (var rules in RulesOf(endpoint))
            {
                rules.Endpoint = endpoint;
            }

            index._optionsTypes.UnionWith(Resolve(endpoint.TypeName));
        }

        foreach (var transfer in catalogue.FlowThrough)
        {
            foreach (var rules in RulesOf(transfer))
            {
                rules.Transfers.Add(transfer);
            }

            if (transfer.From.Kind == SlotKind.Ambient && !index._ambient.ContainsKey(transfer.From.Name!))
            {
                index._ambient[transfer.From.Name!] = Resolve(transfer.From.AmbientType!)
                    .SelectMany(type => type.GetMembers(transfer.From.AmbientMember!))
                    .Where(member => member.IsStatic)
                    .ToImmutableArray();
            }
        }

        foreach (var file in catalogue.Files)
        {
            foreach (var rules in RulesOf(file))
            {
                rules.Files.Add(file);
            }
        }

        // Not a reason to analyse on its own (HasSources): the gate opens on the vision sinks (FlowScope).
        foreach (var origin in catalogue.UnknownOrigins)
        {
            foreach (var rules in RulesOf(origin))
            {
                rules.UnknownOrigins.Add(origin);
            }
        }

        foreach (var service in catalogue.ContainerServices)
        {
            foreach (var rules in RulesOf(service))
            {
                rules.ContainerService = service;
            }

            if (service.ServiceTypeName is { } serviceType && Resolve(serviceType) is { Length: > 0 } fixedType)
            {
                index._fixedServiceTypes[service] = fixedType[0];
            }
        }

        foreach (var pixel in catalogue.PixelTypes)
        {
            index._pixelTypes.UnionWith(Resolve(pixel));
        }

        foreach (var family in catalogue.SharedContainers)
        {
            foreach (var name in family.TypeNames)
            {
                foreach (var type in Resolve(name))
                {
                    index._sharedContainers[type] = family;
                }
            }
        }

        // What makes a body worth analysing (Flow.RelevantMembers): naming where frames, images, requests and clients
        // begin or where a frame is written to a path, and registering a service in a container (what the container hands a
        // constructor is decided there). Carriers (LINQ, encoders, collections) are left out: their names are in most code,
        // and they only matter once a frame reaches them from one of these.
        foreach (var entry in catalogue.Sources.Cast<CatalogEntry>().Concat(catalogue.Sinks).Concat(catalogue.ClientFactories).Concat(catalogue.Files).Concat(catalogue.UnknownOrigins)
                     .Concat(catalogue.ContainerServices.Where(s => s.Role == ContainerRole.Registers)))
        {
            foreach (var type in Resolve(entry.TypeName))
            {
                index.AddRootNames(entry.Member, type);
                if (entry is FileOperation or ContainerService)
                {
                    var names = entry is FileOperation ? index._fileNames : index._registrationNames;
                    names.Add(entry.Member.Kind == ApiMemberKind.Constructor ? type.Name : entry.Member.Name);
                }
            }
        }

        index.AddDeclared(declared.IsDefault ? ImmutableArray<DeclaredEntry>.Empty : declared);
        return index;
    }

    /// <summary>
    /// A declared camera wrapper or AI wrapper counts for the gate like a table entry: a team whose camera and model
    /// calls live in its own assemblies is analysed too.
    /// </summary>
    private void AddDeclared(ImmutableArray<DeclaredEntry> declared)
    {
        foreach (var item in declared)
        {
            var rules = _declared.GetOrAdd(item.Member.OriginalDefinition);
            switch (item.Entry)
            {
                case CameraSource source:
                    rules.Sources.Add(source);
                    HasSources = true;
                    AddRootName(item.Member);
                    break;
                case VisionSink sink:
                    rules.Sink = sink;
                    HasSinks = true;
                    AddRootName(item.Member);
                    break;
                case FlowThrough transfer:
                    rules.Transfers.Add(transfer);
                    break;
                case Sanitizer sanitizer:
                    rules.Sanitizer = sanitizer;
                    break;
            }
        }
    }

    private void AddRootNames(ApiMember member, INamedTypeSymbol type)
    {
        switch (member.Kind)
        {
            case ApiMemberKind.Constructor:
                _rootNames.Add(type.Name);
                break;
            case ApiMemberKind.Every:
                _rootNames.Add(type.Name);
                _rootNames.UnionWith(type.MemberNames);
                break;
            default:
                _rootNames.Add(member.Name);
                break;
        }
    }

    private void AddRootName(ISymbol member) =>
        _rootNames.Add(member is IMethodSymbol { MethodKind: MethodKind.Constructor } ? member.ContainingType.Name : member.Name);

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
