using LawEnforcementAI.Analyzers.Catalog;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>Images of unknown origin (LEAI007) put into an argument: the rest is <see cref="UnknownOrigins"/>'s.</summary>
internal sealed partial class MethodFlowAnalysis
{
    /// <summary><c>upload.CopyToAsync(stream)</c>: the stream now holds the upload.</summary>
    private bool ApplyUnknownOrigin(CallShape call, UnknownOriginSource source) =>
        source.Shape == UnknownOriginShape.IntoArgument
        && Target(call, source.Argument) is { } target
        && Assign(target, UnknownOrigins.IntoArgument(source, call));
}
