using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Rules;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;
using static LawEnforcementAI.Analyzers.Tests.TeamModel.DeclaredSourceTests;

namespace LawEnforcementAI.Analyzers.Tests.TeamModel;

/// <summary>
/// A team's AI wrapper in another assembly (<see cref="TeamLibraries.Vision"/>), declared as a sink with the argument
/// that carries the image, is reported like a catalogue vision call when a camera frame reaches that argument.
/// </summary>
public class DeclaredSinkTests
{
    private const string Usings = "using OpenCvSharp;\nusing Contoso.Vision;";

    private const string Describe = "M:Contoso.Vision.VisionGateway.Describe(System.Byte[],System.String)";

    private const string DescribeAsync = "M:Contoso.Vision.VisionGateway.DescribeAsync(System.String,System.Byte[])";

    private static string Body(string send) => Snippets.OpenCvLiveFrame + "\nvar gateway = new VisionGateway();\n" + send;

    [Theory]
    [InlineData("image=frame")]
    [InlineData("image=0")]
    public Task DeclaredSink_FrameInTheImageArgument_Leai001NamingTheWrapper(string image) =>
        new ModelTest
        {
            TestState =
            {
                Sources = { Snippets.InMethod(Usings, Body("{|#0:gateway.Describe(bytes, \"What is happening?\")|};")) },
                AdditionalFiles = { (ModelTest.ModelPath, Header + "sink " + image + " " + Describe + "\n") },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI001", "VideoCapture.Read", "VisionGateway.Describe", "police (US)", "").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    [Fact]
    public Task UndeclaredWrapper_IsNotASink() =>
        new ModelTest
        {
            TestState =
            {
                Sources = { Snippets.InMethod(Usings, Body("gateway.Describe(bytes, \"What is happening?\");").WithoutMarkup()) },
                AdditionalFiles = { (ModelTest.ModelPath, Header) },
            },
        }.RunAsync();

    /// <summary>Only the declared argument is the request: a frame in another argument is not an image sent.</summary>
    [Theory]
    [InlineData("image=image", true)]
    [InlineData("image=1", true)]
    [InlineData("image=prompt", false)]
    public Task DeclaredSink_OnlyTheDeclaredArgumentCarriesTheImage(string image, bool reported)
    {
        var source = Snippets.InMethod(Usings, Body("await {|#0:gateway.DescribeAsync(\"What is happening?\", bytes)|};"));
        var test = new ModelTest
        {
            TestState =
            {
                Sources = { reported ? source : source.WithoutMarkup() },
                AdditionalFiles = { (ModelTest.ModelPath, Header + "sink " + image + " " + DescribeAsync + "\n") },
            },
        };
        if (reported)
        {
            test.ExpectedDiagnostics.Add(Diag("LEAI001").WithLocation(0).WithLocation(1));
        }

        return test.RunAsync();
    }

    /// <summary>
    /// The cost gate: no vision SDK referenced at all (only OpenCvSharp and the team's wrapper), so only the declared
    /// sink opens the analysis.
    /// </summary>
    [Fact]
    public Task DeclaredSink_CountsForTheGate_WithoutAnyVisionSdk() =>
        new ModelTest(references: RealPackages.CamerasOnly.Add(TeamLibraries.Vision))
        {
            TestState =
            {
                Sources =
                {
                    $$"""
                    using OpenCvSharp;
                    using Contoso.Vision;

                    public class Uploader
                    {
                        public void Run(VisionGateway gateway)
                        {
                            {{Body("{|#0:gateway.Describe(bytes, \"What is happening?\")|};").Replace("var gateway = new VisionGateway();", "")}}
                        }
                    }
                    """,
                },
                AdditionalFiles = { (ModelTest.ModelPath, Header + "sink image=frame " + Describe + "\n") },
            },

            // The gateway is a parameter: what its callers pass is only known to the whole program (build only).
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    /// <summary>Must not warn: a sink is only a sink for camera frames; a static image sent through it is fine.</summary>
    [Fact]
    public Task DeclaredSink_StaticImage_NoDiagnostic() =>
        new ModelTest
        {
            TestState =
            {
                Sources = { Snippets.InMethod(Usings, "var gateway = new VisionGateway();\ngateway.Describe(File.ReadAllBytes(\"logo.png\"), \"Describe the logo.\");") },
                AdditionalFiles = { (ModelTest.ModelPath, Header + "sink image=frame " + Describe + "\n") },
            },
        }.RunAsync();
}
