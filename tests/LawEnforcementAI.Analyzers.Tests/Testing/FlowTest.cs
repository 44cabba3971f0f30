using LawEnforcementAI.Analyzers.Tests.Infrastructure;

namespace LawEnforcementAI.Analyzers.Tests.Testing;

/// <summary>
/// The flow rules (LEAI001/LEAI002) in a project attributed through MSBuild properties, compiled against the real
/// Azure.AI.OpenAI 2.1.0, or against the 1.0.0-beta.17 stand-in with <paramref name="legacyAzureOpenAI"/>.
/// </summary>
public sealed class FlowTest : LeaiAnalyzerTest
{
    public FlowTest(string? context = "police", string? jurisdiction = "US", bool legacyAzureOpenAI = false)
        : base(legacyAzureOpenAI ? StandInReferences.WithLegacyAzureOpenAI : StandInReferences.Default, new CameraFrameFlowAnalyzer(), new WholeProgramFlowAnalyzer())
    {
        SetMSBuildProperties(context, jurisdiction);
    }
}
