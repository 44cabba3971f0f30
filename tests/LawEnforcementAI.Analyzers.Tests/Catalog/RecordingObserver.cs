using System.Collections.Generic;
using LawEnforcementAI.Analyzers.Catalog;

namespace LawEnforcementAI.Analyzers.Tests.Catalog;

/// <summary>Remembers every catalogue entry the engine matched (analyzer actions run concurrently, hence the lock).</summary>
internal sealed class RecordingObserver : ICatalogObserver
{
    private readonly HashSet<CatalogEntry> _matched = [];

    public void Matched(CatalogEntry entry)
    {
        lock (_matched)
        {
            _matched.Add(entry);
        }
    }

    public bool Saw(CatalogEntry entry)
    {
        lock (_matched)
        {
            return _matched.Contains(entry);
        }
    }
}
