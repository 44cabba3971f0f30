using LawEnforcementAI.Analyzers.Tests.Infrastructure;

namespace LawEnforcementAI.Analyzers.Tests.Testing;

/// <summary>
/// The flow rules (LEAI001/LEAI002/LEAI007) in a project attributed through MSBuild properties, compiled against the real
/// Azure.AI.OpenAI 2.1.0, or against the 1.0.0-beta.17 stand-in with <c>legacyAzureOpenAI</c>, or with
/// Semantic Kernel's Azure connector (and the Azure.AI.OpenAI 2.9.0-beta.1 it needs) with <c>semanticKernelAzure</c>, or
/// with the Microsoft.Extensions.AI 9.1 preview stand-ins in place of 10.11.0 with <c>previewExtensionsAI</c>,
/// or with ASP.NET Core's upload types and Azure.Storage.Blobs (the real ones) added with <c>uploadsAndBlobs</c>,
/// or with Unity's engine modules and Meta's passthrough camera (stand-ins) added with <c>unity</c>, or
/// with those and com.openai.unity in place of the official OpenAI SDK with <c>openAIUnity</c>.
/// The providers' rule LEAI010 (a live frame to OpenAI's own service, Anthropic, Google or Amazon Bedrock) runs with
/// them: a test of a client of another service expects LEAI010 where it applies, and none of Microsoft's rules.
/// </summary>
public sealed class FlowTest : LeaiAnalyzerTest
{
    public FlowTest(string? context = "police", string? jurisdiction = "US", bool legacyAzureOpenAI = false, bool semanticKernelAzure = false, bool previewExtensionsAI = false, bool uploadsAndBlobs = false, bool unity = false, bool openAIUnity = false)
        : base(StandInReferences.For(legacyAzureOpenAI, semanticKernelAzure, previewExtensionsAI, uploadsAndBlobs, unity, openAIUnity), new CameraFrameFlowAnalyzer(), new WholeProgramFlowAnalyzer())
    {
        SetMSBuildProperties(context, jurisdiction);
    }
}
