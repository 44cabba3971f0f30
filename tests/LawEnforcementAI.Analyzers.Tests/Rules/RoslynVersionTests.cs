using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>
/// Which compiler this leg hosts the analyzer on: Roslyn 4.8 in LawEnforcementAI.Analyzers.Tests (the oldest host the
/// package supports), 5.9 in LawEnforcementAI.Analyzers.Tests.Roslyn5 (the .NET 10 SDK's). Both compile these files.
/// </summary>
public class RoslynVersionTests(ITestOutputHelper output)
{
    [Fact]
    public void TheLegRunsOnTheRoslynItWasBuiltFor()
    {
        var roslyn = typeof(Compilation).Assembly.GetName().Version!;
        var testAssembly = typeof(RoslynVersionTests).Assembly.GetName().Name!;
        output.WriteLine($"{testAssembly} runs on Microsoft.CodeAnalysis {roslyn}");

        var expected = testAssembly.EndsWith(".Roslyn5", System.StringComparison.Ordinal) ? "5.9.0.0" : "4.8.0.0";
        Assert.Equal(expected, roslyn.ToString());
    }
}
