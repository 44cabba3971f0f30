using System.Collections.Immutable;
using System.Linq;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>A call that sends a model request; <see cref="Request"/> names the arguments that carry it.</summary>
internal sealed class VisionSink : CatalogEntry
{
    public VisionSink(string typeName, ApiMember member, params string[] requestParameters)
        : this(typeName, member, requestParameters.Select(Slot.Parameter).ToImmutableArray())
    {
    }

    /// <summary>A sink whose request is named by slot, such as a team's wrapper whose image is its first argument.</summary>
    public VisionSink(string typeName, ApiMember member, ImmutableArray<Slot> request, Slot? endpoint = null)
        : base(typeName, member)
    {
        Request = request;
        Endpoint = endpoint;
    }

    /// <summary>A raw HTTP call: <paramref name="endpoint"/> is the argument with the URL (or the request message that holds it).</summary>
    public static VisionSink Rest(string typeName, ApiMember member, string endpoint, params string[] requestParameters) =>
        new(typeName, member, requestParameters.Select(Slot.Parameter).ToImmutableArray(), Slot.Parameter(endpoint)) { InEveryProject = true };

    /// <summary>
    /// The sink's type is in the base library every project references (<c>HttpClient</c>), so resolving it says nothing
    /// about the project: for the compilation-start gate it counts only where a source file names the member
    /// (the flow scope gate, <c>Flow/FlowScope.cs</c>).
    /// </summary>
    public bool InEveryProject { get; private set; }

    /// <summary>
    /// A call that adds a face image to a recognition gallery (Azure AI Face enrolment), not a model request: its
    /// "request" is the image. Only the law's rule on building face databases (LEAI022) reads what reaches it.
    /// </summary>
    public bool EnrolsFaces { get; private set; }

    /// <summary>A face-enrolment call whose <paramref name="imageParameters"/> carry the face image.</summary>
    public static VisionSink FaceEnrolment(string typeName, string member, params string[] imageParameters) =>
        new(typeName, ApiMember.Named(member), imageParameters.Select(Slot.Parameter).ToImmutableArray()) { EnrolsFaces = true };

    public ImmutableArray<Slot> Request { get; }

    /// <summary>
    /// For raw HTTP calls, the argument whose URL decides the service instead of the receiver: an HTTP client can post
    /// to anything, so the URL tells a model request from an upload to a records system (docs/flow.md, "Clients").
    /// </summary>
    public Slot? Endpoint { get; }

    public override string Describe() => (EnrolsFaces ? "enrols the face in " : "sends ") + string.Join(" or ", Request) + (Endpoint is { } url ? " to the URL in " + url : string.Empty);
}
