using LawEnforcementAI.Analyzers.Tests.Infrastructure;

namespace LawEnforcementAI.Analyzers.Tests.Testing;

/// <summary>
/// LEAI000 and LEAI090 (configuration) together with the flow rules, so attribution is proven end to end. Nothing is
/// attributed unless the test says how: MSBuild properties here, or an attribute or config file in its TestState.
/// </summary>
public sealed class PolicyTest : LeaiAnalyzerTest
{
    public PolicyTest(string? context = null, string? jurisdiction = null)
        : base(StandInReferences.Default, new PolicyConfigurationAnalyzer(), new CameraFrameFlowAnalyzer(), new WholeProgramFlowAnalyzer())
    {
        SetMSBuildProperties(context, jurisdiction);
    }
}
