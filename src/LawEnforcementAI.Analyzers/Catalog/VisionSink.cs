using System.Collections.Immutable;
using System.Linq;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>A call that sends a model request; <see cref="Request"/> names the arguments that carry it.</summary>
internal sealed class VisionSink : CatalogueEntry
{
    public VisionSink(string typeName, ApiMember member, params string[] requestParameters)
        : base(typeName, member)
    {
        Request = requestParameters.Select(Slot.Parameter).ToImmutableArray();
    }

    public ImmutableArray<Slot> Request { get; }

    public override string Describe() => "sends " + string.Join(" or ", Request);
}
