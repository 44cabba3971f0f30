using Microsoft.CodeAnalysis.Text;

namespace LawEnforcementAI.Analyzers.TeamModel;

/// <summary>A line of a model file that cannot be read, found without a compilation (so it is cached with the text).</summary>
internal readonly struct ModelFileProblem
{
    public ModelFileProblem(string message, TextSpan span, LinePositionSpan lineSpan)
    {
        Message = message;
        Span = span;
        LineSpan = lineSpan;
    }

    public string Message { get; }

    public TextSpan Span { get; }

    public LinePositionSpan LineSpan { get; }
}
