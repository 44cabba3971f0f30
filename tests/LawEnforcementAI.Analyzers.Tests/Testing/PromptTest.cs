using LawEnforcementAI.Analyzers.Tests.Infrastructure;

namespace LawEnforcementAI.Analyzers.Tests.Testing;

/// <summary>
/// The prompt rules (LEAI003/LEAI004) in a user project with every SDK referenced, unattributed unless the test passes
/// a context: they run in any project.
/// </summary>
public sealed class PromptTest : LeaiAnalyzerTest
{
    public PromptTest(string? context = null, string? jurisdiction = null)
        : base(StandInReferences.Default, new PromptIntentAnalyzer())
    {
        SetMSBuildProperties(context, jurisdiction);
    }
}
