using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.CodeFixes;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.CodeFixes;

/// <summary>
/// LEAI006's fix writes the missing argument or comment with the stub in it: the place is ready, the reason is still
/// the person's to write, so LEAI006 stays.
/// </summary>
public class AddJustificationFixTests
{
    private const string Stub = LawEnforcementAI.Analyzers.Rules.Leai006UnjustifiedSuppression.JustificationStub;

    private static string OnMethod(string attribute) =>
        "using System.Diagnostics.CodeAnalysis;\nclass Uploader\n{\n    " + attribute + "\n    void Send() { }\n}\n";

    private static string InMethod(string line) =>
        "class Uploader\n{\n    void Send()\n    {\n" + line + "\n        System.Console.WriteLine();\n    }\n}\n";

    [Fact]
    public Task AttributeWithoutJustification_GetsTheArgument() =>
        new LeaiCodeFixTest<AddJustificationFix>
        {
            TestCode = OnMethod("[{|#0:SuppressMessage(\"AIPolicy\", \"LEAI001\")|}]"),
            ExpectedDiagnostics = { Diag("LEAI006").WithLocation(0) },
            FixedCode = OnMethod($"[{{|#0:SuppressMessage(\"AIPolicy\", \"LEAI001\", Justification = \"{Stub}\")|}}]"),
            FixedState = { ExpectedDiagnostics = { Diag("LEAI006").WithLocation(0) } },
        }.RunAsync();

    [Fact]
    public Task EmptyJustification_GetsTheStub() =>
        new LeaiCodeFixTest<AddJustificationFix>
        {
            TestCode = OnMethod("[{|#0:SuppressMessage(\"AIPolicy\", \"LEAI002\", Justification = \"\")|}]"),
            ExpectedDiagnostics = { Diag("LEAI006").WithLocation(0) },
            FixedCode = OnMethod($"[{{|#0:SuppressMessage(\"AIPolicy\", \"LEAI002\", Justification = \"{Stub}\")|}}]"),
            FixedState = { ExpectedDiagnostics = { Diag("LEAI006").WithLocation(0) } },
        }.RunAsync();

    /// <summary>A placeholder already written is the person's to rewrite; swapping it for the stub would change nothing.</summary>
    [Fact]
    public Task PlaceholderJustification_GetsNoFix()
    {
        var code = OnMethod("[{|#0:SuppressMessage(\"AIPolicy\", \"LEAI002\", Justification = \"TODO\")|}]");
        return new LeaiCodeFixTest<AddJustificationFix>
        {
            TestCode = code,
            ExpectedDiagnostics = { Diag("LEAI006").WithLocation(0) },
            FixedCode = code,
        }.RunAsync();
    }

    [Fact]
    public Task PragmaWithoutComment_GetsTheReasonComment() =>
        new LeaiCodeFixTest<AddJustificationFix>
        {
            TestCode = InMethod("{|#0:#pragma warning disable LEAI001, LEAI002|}"),
            ExpectedDiagnostics = { Diag("LEAI006").WithLocation(0) },
            FixedCode = InMethod("{|#0:#pragma warning disable LEAI001, LEAI002|} // reason: " + Stub),
            FixedState = { ExpectedDiagnostics = { Diag("LEAI006").WithLocation(0) } },
        }.RunAsync();

    [Fact]
    public Task PragmaWithPlaceholderComment_GetsNoFix()
    {
        var code = InMethod("{|#0:#pragma warning disable LEAI001|} // TODO");
        return new LeaiCodeFixTest<AddJustificationFix>
        {
            TestCode = code,
            ExpectedDiagnostics = { Diag("LEAI006").WithLocation(0) },
            FixedCode = code,
        }.RunAsync();
    }
}
