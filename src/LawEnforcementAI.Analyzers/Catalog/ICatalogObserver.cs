namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// Told of every catalogue entry the engine matches on a call, property or constructor. The tests use it to prove each
/// entry has a test row that exercises it; the shipped analyzers have none.
/// </summary>
internal interface ICatalogObserver
{
    void Matched(CatalogEntry entry);
}
