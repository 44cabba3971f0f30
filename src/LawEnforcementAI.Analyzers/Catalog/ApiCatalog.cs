using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// Everything the analyzer knows about libraries, as data: camera sources, vision sinks, client factories, endpoint
/// properties, flow-through members, collection verbs and shared containers. The engine reads nothing else, so adding
/// an API is adding an entry (and a test row, which the catalogue tests require).
/// </summary>
internal sealed class ApiCatalog
{
    public ApiCatalog(
        ImmutableArray<CameraSource> sources,
        ImmutableArray<VisionSink> sinks,
        ImmutableArray<ClientFactory> clientFactories,
        ImmutableArray<EndpointProperty> endpointProperties,
        ImmutableArray<FlowThrough> flowThrough,
        ImmutableArray<ContainerFamily> sharedContainers,
        ImmutableArray<FileOperation> files = default,
        ImmutableArray<UnknownOriginSource> unknownOrigins = default,
        ImmutableArray<ContainerService> containerServices = default)
    {
        ContainerServices = containerServices.IsDefault ? ImmutableArray<ContainerService>.Empty : containerServices;
        Files = files.IsDefault ? ImmutableArray<FileOperation>.Empty : files;
        UnknownOrigins = unknownOrigins.IsDefault ? ImmutableArray<UnknownOriginSource>.Empty : unknownOrigins;
        Sources = sources;
        Sinks = sinks;
        ClientFactories = clientFactories;
        EndpointProperties = endpointProperties;
        FlowThrough = flowThrough;
        SharedContainers = sharedContainers;
    }

    /// <summary>The tables the package ships.</summary>
    public static ApiCatalog Default { get; } = new(
        CameraSourceTable.Entries,
        OpenAIChatTable.Sinks.AddRange(ExtensionsAITable.Sinks).AddRange(SemanticKernelTable.Sinks)
            .AddRange(AzureInferenceTable.Sinks).AddRange(OpenAIBeyondChatTable.Sinks).AddRange(OpenAIAssistantsRealtimeTable.Sinks).AddRange(HttpTable.Sinks),
        OpenAIChatTable.ClientFactories.AddRange(SemanticKernelTable.ClientFactories)
            .AddRange(AzureInferenceTable.ClientFactories).AddRange(OpenAIBeyondChatTable.ClientFactories).AddRange(OpenAIAssistantsRealtimeTable.ClientFactories).AddRange(HttpTable.ClientFactories),
        OpenAIChatTable.EndpointProperties.AddRange(OpenAIBeyondChatTable.EndpointProperties).AddRange(OpenAIAssistantsRealtimeTable.EndpointProperties).AddRange(HttpTable.EndpointProperties),
        FlowThroughTable.Entries.AddRange(CollectionTable.Verbs).AddRange(ExtensionsAITable.FlowThrough).AddRange(SemanticKernelTable.FlowThrough)
            .AddRange(AzureInferenceTable.FlowThrough).AddRange(OpenAIBeyondChatTable.FlowThrough).AddRange(OpenAIAssistantsRealtimeTable.FlowThrough).AddRange(HttpTable.FlowThrough),
        CollectionTable.SharedContainers,
        FileTable.Entries,
        UnknownOriginTable.Entries,
        ContainerServiceTable.Entries);

    public ImmutableArray<CameraSource> Sources { get; }

    public ImmutableArray<VisionSink> Sinks { get; }

    public ImmutableArray<ClientFactory> ClientFactories { get; }

    public ImmutableArray<EndpointProperty> EndpointProperties { get; }

    public ImmutableArray<FlowThrough> FlowThrough { get; }

    public ImmutableArray<ContainerFamily> SharedContainers { get; }

    /// <summary>Members that write a frame to a path or read one back (<see cref="FileTable"/>).</summary>
    public ImmutableArray<FileOperation> Files { get; }

    /// <summary>Uploads, request bodies, blobs and downloads: images of unknown origin (<see cref="UnknownOriginTable"/>, LEAI007).</summary>
    public ImmutableArray<UnknownOriginSource> UnknownOrigins { get; }

    /// <summary>Registrations into and resolutions from a dependency-injection container (<see cref="ContainerServiceTable"/>).</summary>
    public ImmutableArray<ContainerService> ContainerServices { get; }

    /// <summary>Simple names of the shared container types ("Channel", "ConcurrentQueue"): what their syntax says.</summary>
    public ImmutableHashSet<string> ContainerTypeNames => _containerTypeNames ??= SharedContainers
        .SelectMany(f => f.TypeNames)
        .Select(n => n.Substring(n.LastIndexOf('.') + 1).Split('`')[0])
        .ToImmutableHashSet();

    private ImmutableHashSet<string>? _containerTypeNames;

    /// <summary>Per syntax tree, what it declares that may be a shared container (<see cref="Flow.ContainerMemberNames"/>).</summary>
    internal ConditionalWeakTable<SyntaxTree, Flow.ContainerMemberNames> ContainerNames { get; } = new();

    /// <summary>The tables' types, with what the references hold remembered across compilations (<see cref="TypeLookup"/>).</summary>
    internal TypeLookup Types { get; } = new();

    private readonly List<HashSet<string>> _rootNameSets = new();

    /// <summary>
    /// One instance per content of the root names of <see cref="Flow.RelevantMembers"/>: compilations with the same
    /// references get the same set, so what each tree remembers about its roots is found by reference.
    /// </summary>
    internal HashSet<string> SameRootNames(IReadOnlyCollection<string> names)
    {
        lock (_rootNameSets)
        {
            var same = _rootNameSets.FirstOrDefault(s => s.Count == names.Count && s.SetEquals(names));
            if (same is null)
            {
                same = new HashSet<string>(names);
                _rootNameSets.Insert(0, same);
                if (_rootNameSets.Count > 8)
                {
                    _rootNameSets.RemoveAt(_rootNameSets.Count - 1);
                }
            }

            return same;
        }
    }

    /// <summary>Per syntax tree, its members' names and what they mention (<see cref="Flow.RelevantMembers"/>).</summary>
    internal ConditionalWeakTable<SyntaxTree, Flow.MemberMentions> MemberMentions { get; } = new();

    /// <summary>Per syntax tree, whether it names a sink every project has (<see cref="Flow.FlowScope.NamesAny"/>).</summary>
    internal ConditionalWeakTable<SyntaxTree, Flow.FlowScope.TreeMention> EveryProjectSinkMentions { get; } = new();

    /// <summary>Per syntax tree, how often each identifier occurs (<see cref="Flow.EntryPoints"/>: is a method called in the project?).</summary>
    internal ConditionalWeakTable<SyntaxTree, Flow.IdentifierCounts> IdentifierCounts { get; } = new();

    /// <summary>The per-compilation contexts built on these tables (<see cref="CompilationContext.For"/>).</summary>
    internal ConditionalWeakTable<Compilation, CompilationContext> Contexts { get; } = new();

    /// <summary>Every entry, in table order.</summary>
    public IEnumerable<CatalogEntry> Entries =>
        Sources.Cast<CatalogEntry>().Concat(Sinks).Concat(ClientFactories).Concat(EndpointProperties).Concat(FlowThrough).Concat(Files).Concat(ContainerServices);

    /// <summary>The same tables and one more sink: how a new SDK starts.</summary>
    public ApiCatalog WithSink(VisionSink sink) =>
        new(Sources, Sinks.Add(sink), ClientFactories, EndpointProperties, FlowThrough, SharedContainers, Files, UnknownOrigins, ContainerServices);
}
