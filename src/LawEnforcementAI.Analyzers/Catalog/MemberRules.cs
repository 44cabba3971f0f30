using System.Collections.Generic;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>Everything the tables say about one member of one type in this compilation.</summary>
public sealed class MemberRules
{
    public List<CameraSource> Sources { get; } = new();

    public List<FlowThrough> Transfers { get; } = new();

    public VisionSink? Sink { get; set; }

    public ClientFactory? ClientFactory { get; set; }

    public bool IsEndpointProperty { get; set; }
}
