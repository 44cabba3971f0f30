using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Verification;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>Test builders for our analyzers, with the SDK and camera references a user project would have.</summary>
internal static class Verify
{
    /// <summary>The flow rules (LEAI001/LEAI002) in a project attributed through MSBuild properties.</summary>
    public static AnalyzerTest Flow(string? context = "police", string? jurisdiction = "US")
    {
        var test = new AnalyzerTest(new CameraFrameFlowAnalyzer()).WithReferences(StubReferences.Default);
        return Attribute(test, context, jurisdiction);
    }

    /// <summary>The flow rules against Azure.AI.OpenAI 1.0.0-beta.17 instead of 2.x.</summary>
    public static AnalyzerTest FlowLegacySdk(string? context = "police", string? jurisdiction = "US")
    {
        var test = new AnalyzerTest(new CameraFrameFlowAnalyzer()).WithReferences(StubReferences.WithLegacyAzureOpenAI);
        return Attribute(test, context, jurisdiction);
    }

    /// <summary>LEAI000 and LEAI090 (configuration), together with the flow rules so attribution is proven end to end.</summary>
    public static AnalyzerTest Policy() =>
        new AnalyzerTest(new PolicyConfigurationAnalyzer(), new CameraFrameFlowAnalyzer()).WithReferences(StubReferences.Default);

    private static AnalyzerTest Attribute(AnalyzerTest test, string? context, string? jurisdiction)
    {
        if (context is not null)
        {
            test.WithMsBuildProperty("AIPolicyContext", context);
        }

        if (jurisdiction is not null)
        {
            test.WithMsBuildProperty("AIPolicyJurisdiction", jurisdiction);
        }

        return test;
    }
}
