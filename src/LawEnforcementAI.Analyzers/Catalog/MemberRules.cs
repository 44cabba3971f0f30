using System.Collections.Generic;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>Everything the tables say about one member of one type in this compilation.</summary>
internal sealed class MemberRules
{
    public List<CameraSource> Sources { get; } = new();

    public List<FlowThrough> Transfers { get; } = new();

    public List<FileOperation> Files { get; } = new();

    public List<UnknownOriginSource> UnknownOrigins { get; } = new();

    public VisionSink? Sink { get; set; }

    public ClientFactory? ClientFactory { get; set; }

    public EndpointProperty? Endpoint { get; set; }

    public ContainerService? ContainerService { get; set; }

    /// <summary>Declared in a team model file: the call's result carries no frame.</summary>
    public Sanitizer? Sanitizer { get; set; }

    /// <summary>The entries behind these rules, for <see cref="ICatalogObserver"/>.</summary>
    public IEnumerable<CatalogEntry> Entries()
    {
        foreach (var source in Sources)
        {
            yield return source;
        }

        foreach (var transfer in Transfers)
        {
            yield return transfer;
        }

        foreach (var file in Files)
        {
            yield return file;
        }

        foreach (var origin in UnknownOrigins)
        {
            yield return origin;
        }

        if (Sink is not null)
        {
            yield return Sink;
        }

        if (ClientFactory is not null)
        {
            yield return ClientFactory;
        }

        if (Endpoint is not null)
        {
            yield return Endpoint;
        }

        if (ContainerService is not null)
        {
            yield return ContainerService;
        }

        if (Sanitizer is not null)
        {
            yield return Sanitizer;
        }
    }
}
