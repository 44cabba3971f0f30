using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// Building the index: each table row resolved against the compilation, the declared entries of the team model files,
/// and the names that make a body worth analysing.
/// </summary>
internal sealed partial class ApiIndex
{
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
}
