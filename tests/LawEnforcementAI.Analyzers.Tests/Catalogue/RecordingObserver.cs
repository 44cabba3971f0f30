using System.Collections.Generic;
using LawEnforcementAI.Analyzers.Catalog;

namespace LawEnforcementAI.Analyzers.Tests.Catalogue;

/// <summary>Remembers every catalogue entry the engine matched (analyzer actions run concurrently, hence the lock).</summary>
internal sealed class RecordingObserver : ICatalogueObserver
{
    private readonly HashSet<CatalogueEntry> _matched = [];

    public void Matched(CatalogueEntry entry)
    {
        lock (_matched)
        {
            _matched.Add(entry);
        }
    }

    public bool Saw(CatalogueEntry entry)
    {
        lock (_matched)
        {
            return _matched.Contains(entry);
        }
    }
}
