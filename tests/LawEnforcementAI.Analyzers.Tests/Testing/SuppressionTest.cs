using Microsoft.CodeAnalysis.Testing;

namespace LawEnforcementAI.Analyzers.Tests.Testing;

/// <summary>
/// LEAI006 alone, in a project with no attribution and no SDK references: unjustified suppressions are reported in
/// every project.
/// </summary>
public sealed class SuppressionTest : LeaiAnalyzerTest
{
    public SuppressionTest()
        : base([], new JustifiedSuppressionAnalyzer())
    {
        // The library re-runs each test with '#pragma warning disable <ID>' added and expects silence. A pragma without
        // a reason is exactly what LEAI006 reports, also when it names LEAI006 itself, so that check cannot hold here.
        TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
    }
}
