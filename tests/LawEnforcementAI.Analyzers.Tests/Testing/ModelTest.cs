using System.Collections.Generic;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers.Tests.Testing;

/// <summary>
/// A project with the team's wrapper assemblies (<see cref="TeamLibraries"/>) and its model files in
/// <c>TestState.AdditionalFiles</c>, attributed through MSBuild properties. <c>configuration</c> adds the
/// configuration analyzer, which reports the model files' LEAI090 (and LEAI000 when the project is attributed).
/// </summary>
public sealed class ModelTest : LeaiAnalyzerTest
{
    /// <summary>Where most tests put their one model file; the name is what makes it one.</summary>
    public const string ModelPath = "/src/LawEnforcementAI.Models.txt";

    public ModelTest(string? context = "police", string? jurisdiction = "US", IEnumerable<MetadataReference>? references = null, bool configuration = false)
        : base(references ?? TeamLibraries.WithUserReferences, Analyzers(configuration))
    {
        SetMSBuildProperties(context, jurisdiction);
    }

    private static DiagnosticAnalyzer[] Analyzers(bool configuration) =>
        configuration ? [new PolicyConfigurationAnalyzer(), new CameraFrameFlowAnalyzer(), new WholeProgramFlowAnalyzer()] : [new CameraFrameFlowAnalyzer(), new WholeProgramFlowAnalyzer()];
}
