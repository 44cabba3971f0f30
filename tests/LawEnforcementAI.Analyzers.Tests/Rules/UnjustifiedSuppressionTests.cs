using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>LEAI006: a suppression of any LEAI rule needs a reason a reviewer can read; anything else is left alone.</summary>
public class UnjustifiedSuppressionTests
{
    private const string Usings = "using System.Diagnostics.CodeAnalysis;\n";

    private static string OnMethod(string attribute) =>
        Usings + "class Uploader\n{\n    " + attribute + "\n    void Send() { }\n}\n";

    private static string InMethod(string line) =>
        "class Uploader\n{\n    void Send()\n    {\n" + line + "\n        System.Console.WriteLine();\n    }\n}\n";

    [Fact]
    public Task AttributeWithoutJustification_IsReported() =>
        new SuppressionTest
        {
            TestCode = OnMethod("[{|#0:SuppressMessage(\"AIPolicy\", \"LEAI001:Camera imagery sent to Azure OpenAI vision by or for US police\")|}]"),
            ExpectedDiagnostics =
            {
                Diag("LEAI006", "[SuppressMessage]", "LEAI001").WithLocation(0),
            },
        }.RunAsync();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("TODO")]
    [InlineData("todo: ask legal")]
    [InlineData("<Pending>")]
    [InlineData("n/a")]
    [InlineData("TBD")]
    [InlineData(LawEnforcementAI.Analyzers.Rules.Leai006UnjustifiedSuppression.JustificationStub)]
    public Task AttributeWithPlaceholderJustification_IsReported(string justification) =>
        new SuppressionTest
        {
            TestCode = OnMethod($"[{{|#0:SuppressMessage(\"AIPolicy\", \"LEAI002\", Justification = \"{justification}\")|}}]"),
            ExpectedDiagnostics = { Diag("LEAI006").WithLocation(0) },
        }.RunAsync();

    [Theory]
    [InlineData("Licence-plate OCR only, no faces; reviewed by J. Doe (SEC-1234)")]
    [InlineData("Todoist export of redacted stills, reviewed by legal")]
    public Task AttributeWithRealJustification_IsNotReported(string justification) =>
        new SuppressionTest
        {
            TestCode = OnMethod($"[SuppressMessage(\"AIPolicy\", \"LEAI001\", Justification = \"{justification}\")]"),
        }.RunAsync();

    [Fact]
    public Task JustificationFromConstants_IsRead() =>
        new SuppressionTest
        {
            TestCode = Usings + """
                class Uploader
                {
                    const string Reviewed = "Reviewed by J. Doe: ";
                    [SuppressMessage("AIPolicy", "LEAI001", Justification = Reviewed + "plate reading only (SEC-1234)")]
                    void Send() { }
                }
                """,
        }.RunAsync();

    [Fact]
    public Task OtherAnalyzersSuppressions_AreNotOurs() =>
        new SuppressionTest
        {
            TestCode = OnMethod("[SuppressMessage(\"Performance\", \"CA1822:Mark members as static\")]"),
        }.RunAsync();

    /// <summary>IDs that do not exist yet (LEAI003-LEAI005, LEAI007, build-only ones) are covered from the start.</summary>
    [Fact]
    public Task AnyLeaiId_IsCovered_EvenOneNotShippedYet() =>
        new SuppressionTest
        {
            TestCode = OnMethod("[{|#0:SuppressMessage(\"AIPolicy\", \"LEAI123\")|}]"),
            ExpectedDiagnostics = { Diag("LEAI006", "[SuppressMessage]", "LEAI123").WithLocation(0) },
        }.RunAsync();

    [Fact]
    public Task CheckIdFromAConstantOrByName_IsRead() =>
        new SuppressionTest
        {
            TestCode = Usings + """
                class Uploader
                {
                    const string Rule = "LEAI002";
                    [{|#0:SuppressMessage("AIPolicy", Rule)|}]
                    void Send() { }
                    [{|#1:SuppressMessage(checkId: "LEAI001", category: "AIPolicy")|}]
                    void Post() { }
                }
                """,
            ExpectedDiagnostics = { Diag("LEAI006").WithLocation(0), Diag("LEAI006").WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task AssemblyLevelSuppression_IsReported() =>
        new SuppressionTest
        {
            TestCode = "[assembly: {|#0:System.Diagnostics.CodeAnalysis.SuppressMessage(\"AIPolicy\", \"LEAI001\", Scope = \"member\", Target = \"~M:Uploader.Send\")|}]\nclass Uploader { void Send() { } }\n",
            ExpectedDiagnostics = { Diag("LEAI006").WithLocation(0) },
        }.RunAsync();

    [Fact]
    public Task UnconditionalSuppressMessage_IsReported() =>
        new SuppressionTest
        {
            TestCode = OnMethod("[{|#0:UnconditionalSuppressMessage(\"AIPolicy\", \"LEAI001\")|}]"),
            ExpectedDiagnostics = { Diag("LEAI006").WithLocation(0) },
        }.RunAsync();

    [Fact]
    public Task AUserAttributeNamedSuppressMessage_IsNotReported() =>
        new SuppressionTest
        {
            TestCode = """
                class SuppressMessageAttribute : System.Attribute
                {
                    public SuppressMessageAttribute(string category, string checkId) { }
                }

                class Uploader
                {
                    [SuppressMessage("AIPolicy", "LEAI001")]
                    void Send() { }
                }
                """,
        }.RunAsync();

    [Fact]
    public Task PragmaWithoutComment_IsReported() =>
        new SuppressionTest
        {
            TestCode = InMethod("{|#0:#pragma warning disable LEAI001|}\n#pragma warning restore LEAI001"),
            ExpectedDiagnostics = { Diag("LEAI006", "'#pragma warning disable'", "LEAI001").WithLocation(0) },
        }.RunAsync();

    [Fact]
    public Task PragmaNamingSeveralRules_NamesOnlyOurs() =>
        new SuppressionTest
        {
            TestCode = InMethod("{|#0:#pragma warning disable CS0168, LEAI001, LEAI002|}"),
            ExpectedDiagnostics = { Diag("LEAI006", "'#pragma warning disable'", "LEAI001, LEAI002").WithLocation(0) },
        }.RunAsync();

    [Theory]
    [InlineData("// TODO")]
    [InlineData("// reason:")]
    [InlineData("//")]
    [InlineData("// reason: " + LawEnforcementAI.Analyzers.Rules.Leai006UnjustifiedSuppression.JustificationStub)]
    public Task PragmaWithPlaceholderComment_IsReported(string comment) =>
        new SuppressionTest
        {
            TestCode = InMethod("{|#0:#pragma warning disable LEAI002|} " + comment),
            ExpectedDiagnostics = { Diag("LEAI006").WithLocation(0) },
        }.RunAsync();

    [Theory]
    [InlineData("// reason: recorded evidence upload, reviewed by J. Doe (SEC-1234)")]
    [InlineData("// plate reading only, no faces (legal review 2026-11)")]
    public Task PragmaWithReasonComment_IsNotReported(string comment) =>
        new SuppressionTest
        {
            TestCode = InMethod("#pragma warning disable LEAI002 " + comment),
        }.RunAsync();

    /// <summary>The reason belongs on the pragma's own line; a comment on the line above is not read as one.</summary>
    [Fact]
    public Task CommentOnTheLineAbove_DoesNotCount() =>
        new SuppressionTest
        {
            TestCode = InMethod("        // reviewed by J. Doe (SEC-1234)\n{|#0:#pragma warning disable LEAI002|}"),
            ExpectedDiagnostics = { Diag("LEAI006").WithLocation(0) },
        }.RunAsync();

    [Theory]
    [InlineData("#pragma warning restore LEAI001")]
    [InlineData("#pragma warning disable CS0168")]
    [InlineData("#pragma warning disable 168")]
    public Task PragmasThatSuppressNoPolicyRule_AreNotReported(string line) =>
        new SuppressionTest
        {
            TestCode = InMethod(line),
        }.RunAsync();
}
