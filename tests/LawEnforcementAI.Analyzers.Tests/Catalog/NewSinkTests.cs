using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Rules;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Catalog;

/// <summary>
/// What adding an SDK's sending call takes, and all it takes: one table entry (here a stand-in SDK declared in the test
/// source) and one test row. With them the call is reported, the README block lists it, and the coverage test passes;
/// without the row the coverage test names the entry and nothing else. No engine code is involved.
/// </summary>
public class NewSinkTests
{
    private static readonly VisionSink NewSink = new("Contoso.Vision.VisionClient", "DescribeAsync", "image");

    private static readonly ApiCatalog WithNewSink = ApiCatalog.Default.WithSink(NewSink);

    private static readonly CatalogEntryCase Row = new(
        "Contoso VisionClient.DescribeAsync",
        "using OpenCvSharp; using Contoso.Vision;",
        "var vision = new VisionClient(new Uri(\"https://contoso.openai.azure.com/\"));\n"
        + "using var capture = new VideoCapture(0); var frame = new Mat(); {|#1:capture.Read(frame)|};\n"
        + "await {|#0:vision.DescribeAsync(BinaryData.FromBytes(frame.ToBytes(\".jpg\")))|};");

    /// <summary>The stand-in for the new SDK, as its package would define it.</summary>
    private const string StandIn = """
        namespace Contoso.Vision
        {
            public sealed class VisionClient
            {
                public VisionClient(System.Uri endpoint) { }
                public System.Threading.Tasks.Task<string> DescribeAsync(System.BinaryData image) => System.Threading.Tasks.Task.FromResult("");
            }
        }
        """;

    [Fact]
    public Task WithTheEntry_TheCallIsReported()
    {
        var test = new LeaiAnalyzerTest(StandInReferences.Default, new CameraFrameFlowAnalyzer(WithNewSink, null), new WholeProgramFlowAnalyzer(WithNewSink));
        test.SetMSBuildProperties("police", "US");
        test.TestState.Sources.Add(Row.Source());
        test.TestState.Sources.Add(StandIn);
        test.ExpectedDiagnostics.Add(Diag("LEAI001", "VideoCapture.Read", "VisionClient.DescribeAsync", "police (US)", "").WithLocation(0).WithLocation(1));
        return test.RunAsync();
    }

    [Fact]
    public Task WithoutTheEntry_TheCallIsNotReported()
    {
        var test = new LeaiAnalyzerTest(StandInReferences.Default, new CameraFrameFlowAnalyzer(), new WholeProgramFlowAnalyzer());
        test.SetMSBuildProperties("police", "US");
        test.TestState.Sources.Add(Row.Source().WithoutMarkup());
        test.TestState.Sources.Add(StandIn);
        return test.RunAsync();
    }

    [Fact]
    public void TheReadmeBlockListsTheNewCall()
    {
        Assert.Contains("| `Contoso.Vision.VisionClient.DescribeAsync` | sends `image` |", CatalogPage.Render(WithNewSink));
        Assert.DoesNotContain("Contoso", CatalogPage.Render(ApiCatalog.Default));
    }

    [Fact]
    public async Task CoverageNamesTheEntryUntilItsRowExists()
    {
        var without = await CatalogCoverage.UnexercisedAsync(WithNewSink, CatalogRows.All());
        Assert.Equal([NewSink], without);

        var withRow = new CatalogRow(Row.Name, [Row.Source().WithoutMarkup(), StandIn]);
        var unexercised = await CatalogCoverage.UnexercisedAsync(WithNewSink, [withRow]);
        Assert.DoesNotContain(NewSink, unexercised);
    }
}
