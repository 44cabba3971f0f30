using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Microsoft.CodeAnalysis;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.AcrossProjects.ProjectLibraries;

namespace LawEnforcementAI.Analyzers.Tests.Rules.AcrossProjects;

/// <summary>
/// Routes that cross a project reference, reported where they close, whichever way the reference is seen: a frame
/// the driver project returns, sent by the host; a frame of the host handed to the vision project's sending member; a
/// frame of one project handed by the host to another's; and the quiet routes beside them (a static asset of the
/// driver, the vision project's OpenAI-only member).
/// </summary>
public class AcrossProjectsTests
{
    private static readonly string Host = HostSource;

    public static TheoryData<string> ReferenceKinds => new() { "compilation", "built" };

    [Theory]
    [MemberData(nameof(ReferenceKinds))]
    public async Task RoutesAcrossProjects_ReportedInTheHost_QuietRoutesAreNot(string kind)
    {
        var diagnostics = await HostAnalysis(kind).RunAsync();
        var frames = diagnostics.Where(d => d.Id is "LEAI001" or "LEAI002" or "LEAI007").Select(Describe).ToList();

        string[] routes = ["BinaryData.FromBytes(_driver.Grab())", "capture.RetrieveMat().ToBytes", "VisionGateway.Shrink(_driver.Grab())"];
        Assert.Equal(routes.SelectMany(r => new[] { "LEAI001 on line " + Line(r), "LEAI002 on line " + Line(r) }), frames);

        // The messages name the other project's member and the project.
        var messages = diagnostics.Where(d => d.Id == "LEAI001").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.StartsWith("Camera frame from 'BodyCamDriver.Grab (Contoso.Driver)' reaches Azure OpenAI vision call 'ChatClient.CompleteChatAsync'", messages[0], System.StringComparison.Ordinal);
        Assert.Contains("reaches Azure OpenAI vision call 'VisionGateway.DescribeAsync (Contoso.Vision)'", messages[1], System.StringComparison.Ordinal);
        Assert.StartsWith("Camera frame from 'BodyCamDriver.Grab (Contoso.Driver)' reaches Azure OpenAI vision call 'VisionGateway.DescribeAsync (Contoso.Vision)'", messages[2], System.StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ReferenceKinds))]
    public async Task TheEditorShowsWhatTheBuildReports(string kind)
    {
        var (created, _) = await HostAnalysis(kind).CreateAsync();
        var result = await EditorPath.CompareAsync(created.Compilation, created.Analyzers, created.AnalysisOptions.Options!);
        Assert.NotEmpty(result.Build);
        result.AssertAgree();
    }

    [Fact]
    public void TheGenerator_PublishesTheBoundaryFacts_OfEachLibrary()
    {
        Built(Compile("Contoso.Driver", DriverSource), out var driver);
        Built(Compile("Contoso.Vision", VisionSource), out var vision);

        Assert.Equal(
            "#! LawEnforcementAI.Models 1\n# Published by LawEnforcementAI.Analyzers from Contoso.Driver\nsource live M:Contoso.Driver.BodyCamDriver.Grab\n",
            Published(driver));
        Assert.Equal(
            "#! LawEnforcementAI.Models 1\n# Published by LawEnforcementAI.Analyzers from Contoso.Vision\nsink image=0 M:Contoso.Vision.VisionGateway.DescribeAsync(System.Byte[])\nthrough arg=0 M:Contoso.Vision.VisionGateway.Shrink(System.Byte[])\n",
            Published(vision));
    }

    [Fact]
    public void AProjectWithNoFrameFacts_PublishesNothing()
    {
        Built(Compile("Contoso.Records", "namespace Contoso.Records; public static class Ids { public static string Next() => System.Guid.NewGuid().ToString(); }"), out var records);
        Assert.Null(Published(records));
    }

    private static DirectAnalysis HostAnalysis(string kind)
    {
        var driver = Compile("Contoso.Driver", DriverSource);
        var vision = Compile("Contoso.Vision", VisionSource);
        IEnumerable<MetadataReference> references = kind == "compilation"
            ? [driver.ToMetadataReference(), vision.ToMetadataReference()]
            : [Built(driver, out _), Built(vision, out _)];
        return new DirectAnalysis(StandInReferences.Default.Concat(references), new CameraFrameFlowAnalyzer(), new WholeProgramFlowAnalyzer())
            .WithMSBuildProperties("police, body-cam", "US")
            .WithSource(Host, "/src/PatrolService.cs");
    }

    private static string Describe(Diagnostic d) => d.Id + " on line " + (d.Location.GetLineSpan().StartLinePosition.Line + 1);

    private static int Line(string text) => Host.Split('\n').ToList().FindIndex(l => l.Contains(text, System.StringComparison.Ordinal)) + 1;
}
