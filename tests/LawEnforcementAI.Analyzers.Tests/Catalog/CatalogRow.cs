namespace LawEnforcementAI.Analyzers.Tests.Catalog;

/// <summary>
/// A test source that exercises catalogue entries: the complete files of one test case, without markup, and whether it
/// compiles against the Azure.AI.OpenAI 1.x stand-in instead of the real 2.x package, with Semantic Kernel's Azure
/// connector, with the pre-release Microsoft.Extensions.AI stand-ins, with the upload and blob stand-ins, or with the Unity stand-ins.
/// </summary>
internal sealed record CatalogRow(string Name, string[] Files, bool LegacyAzureOpenAI = false, bool SemanticKernelAzure = false, bool PreviewExtensionsAI = false, bool UploadsAndBlobs = false, bool Unity = false, bool OpenAIUnity = false)
{
    /// <summary>Which analyzer reads the row's entries: the flow analyzer unless the row is a Face call or a prompt.</summary>
    public RowAnalyzer Analyzer { get; init; } = RowAnalyzer.Flow;

    public override string ToString() => Name;
}

internal enum RowAnalyzer
{
    Flow,

    /// <summary>The flow analyzer with the Face SDKs referenced: face-enrolment sinks.</summary>
    FlowWithFace,
    Face,
    Prompt,
}
