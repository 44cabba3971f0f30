using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace LawEnforcementAI.Analyzers.Models;

/// <summary>
/// Parsed model files by content. The IDE makes a new compilation on every keystroke and a solution can share one model
/// file between many projects, while the file itself rarely changes: parse each content once. Bounded, because every
/// edit of the file is a new content and an IDE process lives for days.
/// </summary>
internal static class ModelFileCache
{
    private const int Capacity = 32;

    private static readonly Dictionary<string, ModelFile> ByContent = new();
    private static readonly object Gate = new();

    public static ModelFile Get(SourceText text)
    {
        var content = text.ToString();
        lock (Gate)
        {
            if (ByContent.TryGetValue(content, out var cached))
            {
                return cached;
            }
        }

        // Parsed outside the lock: two threads may parse the same content once each, and get equal results.
        var parsed = ModelFileParser.Parse(text);
        lock (Gate)
        {
            if (ByContent.Count >= Capacity)
            {
                ByContent.Clear();
            }

            ByContent[content] = parsed;
        }

        return parsed;
    }
}
