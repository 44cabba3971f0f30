namespace LawEnforcementAI.Analyzers.Tests.Catalog;

/// <summary>
/// A test source that exercises catalogue entries: the complete files of one test case, without markup, and whether it
/// compiles against the Azure.AI.OpenAI 1.x stand-in instead of the real 2.x package, or with Semantic Kernel's Azure connector, or with the pre-release Microsoft.Extensions.AI stand-ins.
/// </summary>
internal sealed record CatalogRow(string Name, string[] Files, bool LegacyAzureOpenAI = false, bool SemanticKernelAzure = false, bool PreviewExtensionsAI = false)
{
    public override string ToString() => Name;
}
