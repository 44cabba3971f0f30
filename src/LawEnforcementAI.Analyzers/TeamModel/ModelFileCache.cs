using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace LawEnforcementAI.Analyzers.TeamModel;

/// <summary>
/// Parsed model files by content. The IDE makes a new compilation on every keystroke and a solution can share one model
/// file between many projects, while the file itself rarely changes: parse each content once. Bounded, because every
/// edit of the file is a new content and an IDE process lives for days.
/// </summary>
internal sealed class ModelFileCache
{
    private readonly Dictionary<string, ModelFile> _byContent = new();
    private readonly int _capacity;

    public ModelFileCache(int capacity)
    {
        _capacity = capacity;
    }

    /// <summary>The one the analyzers use; a few dozen small files is far more than a solution has.</summary>
    public static ModelFileCache Shared { get; } = new(64);

    public int Count
    {
        get
        {
            lock (_byContent)
            {
                return _byContent.Count;
            }
        }
    }

    public ModelFile Get(SourceText text)
    {
        var content = text.ToString();
        lock (_byContent)
        {
            if (_byContent.TryGetValue(content, out var cached))
            {
                return cached;
            }
        }

        // Parsed outside the lock: two threads may parse the same content once each, and get equal results.
        var parsed = ModelFileParser.Parse(text);
        lock (_byContent)
        {
            if (_byContent.Count >= _capacity)
            {
                _byContent.Clear();
            }

            _byContent[content] = parsed;
        }

        return parsed;
    }
}
