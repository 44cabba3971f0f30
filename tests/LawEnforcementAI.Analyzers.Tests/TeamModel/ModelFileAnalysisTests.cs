using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.TeamModel;

/// <summary>How hosts run the model-file check: with the compilation, at its lines, and on any input without crashing.</summary>
public class ModelFileAnalysisTests
{
    /// <summary>
    /// The model file's LEAI090s are reported at their lines by the compilation's analysis, like every LEAI090: one ID is
    /// reported from one kind of action only, and entries are checked against the compilation's references.
    /// An editor analysing the file alone therefore shows nothing; a build, or full-solution analysis, does.
    /// </summary>
    [Fact]
    public async Task ModelFileLines_AreReportedByTheCompilationsAnalysis_NotByTheFileAlone()
    {
        var (analysis, exceptions) = await new DirectAnalysis(TeamLibraries.WithUserReferences, new PolicyConfigurationAnalyzer())
            .WithSource("public class Empty { }", "/src/Empty.cs")
            .WithAdditionalFile("/src/LawEnforcementAI.Models.txt", "#! LawEnforcementAI.Models 1\nsource live M:Contoso.Cameras.BodyCam.Grab\nsorce live M:Contoso.Cameras.BodyCam.Grab\n")
            .CreateAsync();

        var file = analysis.AnalysisOptions.Options!.AdditionalFiles.Single();
        Assert.Empty((await analysis.GetAnalysisResultAsync(file, default)).GetAllDiagnostics());

        var diagnostics = await analysis.GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions());
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("LEAI090", diagnostic.Id);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("/src/LawEnforcementAI.Models.txt", diagnostic.Location.GetLineSpan().Path);
    }

    /// <summary>Never an AD0001: junk, half-written IDs and odd characters are LEAI090s, not exceptions.</summary>
    [Fact]
    public async Task JunkLines_AreReported_NeverCrash()
    {
        string[] junk =
        [
            "M:", "sink image=", "source live M:(((", "source live M:A.B(System.Int32", "through arg=0 M:A.B``x(``0)",
            "sanitizer M:<>.X", "source live P:", "\0\u0001", "source\tlive\tM:Contoso.Cameras.BodyCam.Grab", "#!", "through arg=-1 M:Contoso.Imaging.Jpeg.Encode(System.Byte[],System.Int32)",
            new string('x', 20_000),
        ];
        var diagnostics = await new DirectAnalysis(TeamLibraries.WithUserReferences, new PolicyConfigurationAnalyzer(), new CameraFrameFlowAnalyzer(), new WholeProgramFlowAnalyzer())
            .WithMSBuildProperties("police", "US")
            .WithSource("public class Empty { }", "/src/Empty.cs")
            .WithAdditionalFile("/src/LawEnforcementAI.Models.txt", "#! LawEnforcementAI.Models 1\n" + string.Join("\n", junk))
            .RunAsync();

        // Every junk line gets its LEAI090 but two: the tab-separated entry is valid, and a later "#!" line is a comment.
        Assert.Equal(junk.Length - 2, diagnostics.Count(d => d.Id == "LEAI090"));
    }
}
