using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis.Text;

namespace LawEnforcementAI.Analyzers.TeamModel;

/// <summary>One well-formed line of a model file, before its ID is looked up in a compilation.</summary>
internal sealed class ModelEntry
{
    public ModelEntry(ModelEntryKind kind, string documentationId, FrameLiveness liveness, bool mobile, ModelArgument? argument, string line, TextSpan span, LinePositionSpan lineSpan)
    {
        Kind = kind;
        DocumentationId = documentationId;
        Liveness = liveness;
        IsMobile = mobile;
        Argument = argument;
        Line = line;
        Span = span;
        LineSpan = lineSpan;
    }

    public ModelEntryKind Kind { get; }

    /// <summary>As in BannedSymbols.txt and XML docs: <c>M:Contoso.Cams.BodyCam.Grab</c>.</summary>
    public string DocumentationId { get; }

    /// <summary>For sources.</summary>
    public FrameLiveness Liveness { get; }

    /// <summary>For sources: a phone or other mobile camera (LEAI002 for police code too).</summary>
    public bool IsMobile { get; }

    /// <summary>For sinks, the argument carrying the image; for flow-through entries, the one that flows to the result.</summary>
    public ModelArgument? Argument { get; }

    /// <summary>The entry as written, for messages.</summary>
    public string Line { get; }

    /// <summary>Where the entry is in its file, for LEAI090.</summary>
    public TextSpan Span { get; }

    public LinePositionSpan LineSpan { get; }
}
