using System.Collections.Generic;

namespace LawEnforcementAI.Analyzers.Prompts;

/// <summary>What <see cref="RequestReader"/> found in one request: whether it carries an image, and its text.</summary>
internal sealed class RequestContent
{
    public RequestContent(bool hasImage, IReadOnlyList<string> texts)
    {
        HasImage = hasImage;
        Texts = texts;
    }

    public bool HasImage { get; }

    /// <summary>Each piece of text the request is built from, in the order it was met (a piece is never split).</summary>
    public IReadOnlyList<string> Texts { get; }
}
