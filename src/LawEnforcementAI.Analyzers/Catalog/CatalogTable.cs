using System.Collections.Immutable;
using LawEnforcementAI.Analyzers.Common;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// One table of the catalog under its name, with the rows of each kind it holds. Every table is listed once, in
/// <see cref="CatalogTables.All"/>, and <see cref="ApiCatalog.Default"/> is their union: a new table is one line there.
/// </summary>
internal sealed class CatalogTable
{
    public CatalogTable(
        string name,
        ImmutableArray<CameraSource> sources = default,
        ImmutableArray<VisionSink> sinks = default,
        ImmutableArray<ClientFactory> clientFactories = default,
        ImmutableArray<EndpointProperty> endpointProperties = default,
        ImmutableArray<FlowThrough> flowThrough = default,
        ImmutableArray<ContainerFamily> sharedContainers = default,
        ImmutableArray<FileOperation> files = default,
        ImmutableArray<UnknownOriginSource> unknownOrigins = default,
        ImmutableArray<FaceRecognitionOperation> faceOperations = default,
        ImmutableArray<ImagePart> imageParts = default,
        ImmutableArray<ContainerService> containerServices = default,
        ImmutableArray<string> pixelTypes = default)
    {
        Name = name;
        Sources = sources.OrEmpty();
        Sinks = sinks.OrEmpty();
        ClientFactories = clientFactories.OrEmpty();
        EndpointProperties = endpointProperties.OrEmpty();
        FlowThrough = flowThrough.OrEmpty();
        SharedContainers = sharedContainers.OrEmpty();
        Files = files.OrEmpty();
        UnknownOrigins = unknownOrigins.OrEmpty();
        FaceOperations = faceOperations.OrEmpty();
        ImageParts = imageParts.OrEmpty();
        ContainerServices = containerServices.OrEmpty();
        PixelTypes = pixelTypes.OrEmpty();
    }

    public string Name { get; }

    public ImmutableArray<CameraSource> Sources { get; }

    public ImmutableArray<VisionSink> Sinks { get; }

    public ImmutableArray<ClientFactory> ClientFactories { get; }

    public ImmutableArray<EndpointProperty> EndpointProperties { get; }

    public ImmutableArray<FlowThrough> FlowThrough { get; }

    public ImmutableArray<ContainerFamily> SharedContainers { get; }

    public ImmutableArray<FileOperation> Files { get; }

    public ImmutableArray<UnknownOriginSource> UnknownOrigins { get; }

    public ImmutableArray<FaceRecognitionOperation> FaceOperations { get; }

    public ImmutableArray<ImagePart> ImageParts { get; }

    public ImmutableArray<ContainerService> ContainerServices { get; }

    /// <summary>Metadata names of library structs that are one pixel of an image (Unity's <c>Color32</c>).</summary>
    public ImmutableArray<string> PixelTypes { get; }
}
