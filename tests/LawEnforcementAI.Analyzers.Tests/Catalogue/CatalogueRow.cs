namespace LawEnforcementAI.Analyzers.Tests.Catalogue;

/// <summary>
/// A test source that exercises catalogue entries: the complete files of one test case, without markup, and whether it
/// compiles against the Azure.AI.OpenAI 1.x stand-in instead of the real 2.x package.
/// </summary>
internal sealed record CatalogueRow(string Name, string[] Files, bool LegacyAzureOpenAI = false)
{
    public override string ToString() => Name;
}
