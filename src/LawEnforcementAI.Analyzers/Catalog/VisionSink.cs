using System.Collections.Immutable;
using System.Linq;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>A call that sends a model request; <see cref="Request"/> names the arguments that carry it.</summary>
internal sealed class VisionSink : CatalogueEntry
{
    public VisionSink(string typeName, ApiMember member, params string[] requestParameters)
        : this(typeName, member, requestParameters.Select(Slot.Parameter).ToImmutableArray())
    {
    }

    /// <summary>A sink whose request is named by slot, such as a team's wrapper whose image is its first argument.</summary>
    public VisionSink(string typeName, ApiMember member, ImmutableArray<Slot> request)
        : base(typeName, member)
    {
        Request = request;
    }

    public ImmutableArray<Slot> Request { get; }

    public override string Describe() => "sends " + string.Join(" or ", Request);
}
