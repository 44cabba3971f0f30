using System.Linq;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.TeamModel;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.TeamModel;

/// <summary>The line format on its own: comments, blank lines, line endings, the file name, and the cache by content.</summary>
public class ModelFileParserTests
{
    [Fact]
    public void CommentsAndBlankLines_AreSkipped_ButTheHashOfCtorIsPartOfTheId()
    {
        var file = ModelFileParser.Parse(SourceText.From("""
            #! LawEnforcementAI.Models 1
            # whole-line comment

               source live mobile M:A.Cam.Grab   # trailing comment
            through arg=this M:A.Still.#ctor(System.Byte[])#not-a-comment
            """));

        Assert.Empty(file.Problems);
        Assert.Equal(["M:A.Cam.Grab", "M:A.Still.#ctor(System.Byte[])#not-a-comment"], file.Entries.Select(e => e.DocumentationId));
        var source = file.Entries[0];
        Assert.Equal((ModelEntryKind.Source, FrameLiveness.Live, true), (source.Kind, source.Liveness, source.IsMobile));
        Assert.Equal("source live mobile M:A.Cam.Grab", source.Line);
        Assert.Equal(new LinePositionSpan(new(3, 3), new(3, 34)), source.LineSpan);
    }

    [Fact]
    public void WindowsLineEndings_SpanStopsBeforeTheLineBreak()
    {
        var text = SourceText.From("#! LawEnforcementAI.Models 1\r\nsorce live M:A.Cam.Grab\r\n");
        var problem = Assert.Single(ModelFileParser.Parse(text).Problems);
        Assert.Equal("sorce live M:A.Cam.Grab", text.ToString(problem.Span));
    }

    [Fact]
    public void KeywordsAreCaseInsensitive_IdsAreNot()
    {
        var entry = Assert.Single(ModelFileParser.Parse(SourceText.From("#! LawEnforcementAI.Models 1\nSink IMAGE=Frame M:A.Ai.Send(System.Byte[])\n")).Entries);
        Assert.Equal(ModelEntryKind.Sink, entry.Kind);
        Assert.Equal("Frame", entry.Argument!.Value.Text);
    }

    [Theory]
    [InlineData("/repo/src/LawEnforcementAI.Models.txt", true)]
    [InlineData(@"C:\repo\src\lawenforcementai.models.TXT", true)]
    [InlineData("LawEnforcementAI.Models.txt", true)]
    [InlineData("/repo/src/MyLawEnforcementAI.Models.txt", false)]
    [InlineData("/repo/src/LawEnforcementAI.Models.txt.bak", false)]
    [InlineData("/repo/LawEnforcementAI.Models.txt/notes.txt", false)]
    public void ModelFilesAreKnownByName(string path, bool isModelFile) =>
        Assert.Equal(isModelFile, ModelFile.IsModelFile(path));

    [Fact]
    public void Cache_ParsesEachContentOnce_WhicheverTextObjectCarriesIt()
    {
        var cache = new ModelFileCache(capacity: 4);
        const string content = "#! LawEnforcementAI.Models 1\nsource live M:A.Cam.Grab\n";
        var first = cache.Get(SourceText.From(content));
        Assert.Same(first, cache.Get(SourceText.From(content)));
        Assert.NotSame(first, cache.Get(SourceText.From(content + "# edited\n")));
    }

    [Fact]
    public void Cache_StaysWithinItsCapacity()
    {
        var cache = new ModelFileCache(capacity: 3);
        for (var i = 0; i < 10; i++)
        {
            cache.Get(SourceText.From("#! LawEnforcementAI.Models 1\n# edit " + i + "\n"));
            Assert.InRange(cache.Count, 1, 3);
        }
    }
    /// <summary>Test failures and observers name a declared source by what it is, recorded ones included.</summary>
    [Theory]
    [InlineData(false, false, "a live frame")]
    [InlineData(false, true, "a live mobile-camera frame")]
    [InlineData(true, false, "a recorded frame")]
    public void DeclaredSource_DescribesItsLiveness(bool recorded, bool mobile, string description) =>
        Assert.Equal(description, LawEnforcementAI.Analyzers.Catalog.CameraSource.DeclaredFrame(
            "Contoso.Cameras.BodyCam", "Grab", recorded ? FrameLiveness.Recorded : FrameLiveness.Live, mobile).Describe());
}
