using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Common;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// Everything the analyzer knows about libraries, as data: camera sources, vision sinks, client factories, endpoint
/// properties, flow-through members, collection verbs, shared containers, file operations, unknown origins, Face operations
/// and image parts. The analyzers read nothing else, so adding an API is adding an entry (and a test row, which the
/// catalog tests require).
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
        ImmutableArray<FaceRecognitionOperation> faceOperations = default,
        ImmutableArray<ImagePart> imageParts = default,
        ImmutableArray<ContainerService> containerServices = default,
        ImmutableArray<string> pixelTypes = default)
    {
        PixelTypes = pixelTypes.OrEmpty();
        Files = files.OrEmpty();
        UnknownOrigins = unknownOrigins.OrEmpty();
        FaceOperations = faceOperations.OrEmpty();
        ImageParts = imageParts.OrEmpty();
        ContainerServices = containerServices.OrEmpty();
        Sources = sources;
        Sinks = sinks;
        ClientFactories = clientFactories;
        EndpointProperties = endpointProperties;
        FlowThrough = flowThrough;
        SharedContainers = sharedContainers;
    }

    /// <summary>The tables the package ships (<see cref="CatalogTables.All"/>).</summary>
    public static ApiCatalog Default { get; } = From(CatalogTables.All);

    /// <summary>The union of <paramref name="tables"/>, rows in table order.</summary>
    public static ApiCatalog From(IReadOnlyCollection<CatalogTable> tables) => new(
        tables.SelectMany(t => t.Sources).ToImmutableArray(),
        tables.SelectMany(t => t.Sinks).ToImmutableArray(),
        tables.SelectMany(t => t.ClientFactories).ToImmutableArray(),
        tables.SelectMany(t => t.EndpointProperties).ToImmutableArray(),
        tables.SelectMany(t => t.FlowThrough).ToImmutableArray(),
        tables.SelectMany(t => t.SharedContainers).ToImmutableArray(),
        tables.SelectMany(t => t.Files).ToImmutableArray(),
        tables.SelectMany(t => t.UnknownOrigins).ToImmutableArray(),
        tables.SelectMany(t => t.FaceOperations).ToImmutableArray(),
        tables.SelectMany(t => t.ImageParts).ToImmutableArray(),
        tables.SelectMany(t => t.ContainerServices).ToImmutableArray(),
        tables.SelectMany(t => t.PixelTypes).ToImmutableArray());

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

    /// <summary>Azure AI Face recognition operations (<see cref="FaceRecognitionTable"/>, LEAI005).</summary>
    public ImmutableArray<FaceRecognitionOperation> FaceOperations { get; }

    /// <summary>What makes a request carry an image, for the prompt rules (<see cref="PromptPartTable"/>, LEAI003/LEAI004).</summary>
    public ImmutableArray<ImagePart> ImageParts { get; }

    /// <summary>Registrations into and resolutions from a dependency-injection container (<see cref="ContainerServiceTable"/>).</summary>
    public ImmutableArray<ContainerService> ContainerServices { get; }

    /// <summary>
    /// Library structs that are one pixel (<see cref="UnityTable"/>): a frame copied pixel by pixel travels through
    /// them, where other plain structs (a size, a point) carry no image (<c>Flow/FrameCarriers</c>).
    /// </summary>
    public ImmutableArray<string> PixelTypes { get; }

    /// <summary>Simple names of the shared container types ("Channel", "ConcurrentQueue"): what their syntax says.</summary>
    public ImmutableHashSet<string> ContainerTypeNames => _containerTypeNames ??= SharedContainers
        .SelectMany(f => f.TypeNames)
        .Select(n => n.Substring(n.LastIndexOf('.') + 1).Split('`')[0])
        .ToImmutableHashSet();

    private ImmutableHashSet<string>? _containerTypeNames;

    /// <summary>Every entry, in table order.</summary>
    public IEnumerable<CatalogEntry> Entries =>
        Sources.Cast<CatalogEntry>().Concat(Sinks).Concat(ClientFactories).Concat(EndpointProperties).Concat(FlowThrough).Concat(Files)
            .Concat(UnknownOrigins).Concat(FaceOperations).Concat(ImageParts).Concat(ContainerServices);

    /// <summary>The same tables and one more sink: how a new SDK starts.</summary>
    public ApiCatalog WithSink(VisionSink sink) =>
        new(Sources, Sinks.Add(sink), ClientFactories, EndpointProperties, FlowThrough, SharedContainers, Files, UnknownOrigins, FaceOperations, ImageParts, ContainerServices, PixelTypes);
}
