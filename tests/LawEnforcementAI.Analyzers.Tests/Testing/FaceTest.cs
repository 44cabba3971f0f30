using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers.Tests.Testing;

/// <summary>
/// LEAI005 in a user project that references both Azure AI Face SDKs (the Azure.AI.Vision.Face and legacy
/// Microsoft.Azure.CognitiveServices.Vision.Face stand-ins) besides everything <see cref="LeaiAnalyzerTest"/> has,
/// attributed through MSBuild properties, or through the test's own config files or attribute source. With
/// <c>configuration</c> the configuration analyzer runs too, so LEAI000 shows where the attribution came from.
/// </summary>
public sealed class FaceTest : LeaiAnalyzerTest
{
    public FaceTest(string? context = null, string? jurisdiction = null, bool configuration = false)
        : base(
            StandInReferences.WithFace,
            configuration
                ? new DiagnosticAnalyzer[] { new PolicyConfigurationAnalyzer(), new FaceRecognitionAnalyzer() }
                : new DiagnosticAnalyzer[] { new FaceRecognitionAnalyzer() })
    {
        SetMSBuildProperties(context, jurisdiction);
    }
}
