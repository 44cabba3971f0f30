using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Rules;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;
using static LawEnforcementAI.Analyzers.Tests.TeamModel.DeclaredSourceTests;

namespace LawEnforcementAI.Analyzers.Tests.TeamModel;

/// <summary>A declared flow-through member of an opaque assembly carries the frame from the declared argument to its result.</summary>
public class DeclaredThroughTests
{
    private const string Usings = "using OpenCvSharp;\nusing Contoso.Imaging;";

    private const string Encode = "M:Contoso.Imaging.Jpeg.Encode(System.Byte[],System.Int32)";

    private static readonly string EncodeAndSend = Snippets.OpenCvLiveFrame.Replace("byte[] bytes", "byte[] raw")
        + "\nbyte[] bytes = Jpeg.Encode(raw, 80);\n" + Snippets.SendBytes;

    [Theory]
    [InlineData("arg=raw")]
    [InlineData("arg=0")]
    public Task DeclaredThrough_CarriesTheFrame(string argument) =>
        new ModelTest
        {
            TestState =
            {
                Sources = { Snippets.InMethod(Usings, EncodeAndSend) },
                AdditionalFiles = { (ModelTest.ModelPath, Header + "through " + argument + " " + Encode + "\n") },
            },
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    /// <summary>Without the declaration the encoder is opaque; declared from another argument, the frame does not flow.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("through arg=quality " + Encode + "\n")]
    public Task UndeclaredOrOtherArgument_FrameDoesNotFlow(string entry) =>
        new ModelTest
        {
            TestState =
            {
                Sources = { Snippets.InMethod(Usings, EncodeAndSend.WithoutMarkup()) },
                AdditionalFiles = { (ModelTest.ModelPath, Header + entry) },
            },
        }.RunAsync();

    /// <summary>A constructor (<c>#ctor</c>, not a comment) into the object, and the receiver (<c>arg=this</c>) into a result.</summary>
    [Fact]
    public Task DeclaredConstructorAndReceiver_CarryTheFrame() =>
        new ModelTest
        {
            TestState =
            {
                Sources =
                {
                    Snippets.InMethod(Usings, Snippets.OpenCvLiveFrame.Replace("byte[] bytes", "byte[] raw")
                        + "\nvar still = new Still(raw);\nbyte[] bytes = still.ToJpeg();\n" + Snippets.SendBytes),
                },
                AdditionalFiles =
                {
                    (ModelTest.ModelPath, Header + "through arg=pixels M:Contoso.Imaging.Still.#ctor(System.Byte[])  # into the object\n"
                        + "through arg=this M:Contoso.Imaging.Still.ToJpeg\n"),
                },
            },
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();
}
