using System.Linq;
using LawEnforcementAI.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests;

public sealed class MarkupSelfTests
{
    [Fact]
    public void Parse_RemovesMarkup_AndGivesPositionsInCleanText()
    {
        var markup = TestMarkup.Parse("a [|bc|] d {|LEAI001:ef|} g");

        Assert.Equal("a bc d ef g", markup.Text);
        Assert.Collection(
            markup.Spans,
            s => Assert.Equal((MarkupSpanKind.Anonymous, "", new TextSpan(2, 2)), (s.Kind, s.Key, s.Span)),
            s => Assert.Equal((MarkupSpanKind.DiagnosticId, "LEAI001", new TextSpan(7, 2)), (s.Kind, s.Key, s.Span)));
    }

    [Fact]
    public void Parse_NestedSpans_CloseInnermostFirst()
    {
        var markup = TestMarkup.Parse("{|#0:x = {|LEAI001:cam.[|Read|](m)|};|}");

        Assert.Equal("x = cam.Read(m);", markup.Text);
        Assert.Equal(new TextSpan(0, 16), markup.NumberedLocations[0]);
        Assert.Equal(new TextSpan(4, 11), markup.Spans.Single(s => s.Key == "LEAI001").Span);
        Assert.Equal(new TextSpan(8, 4), markup.Spans.Single(s => s.Kind == MarkupSpanKind.Anonymous).Span);
    }

    [Fact]
    public void Parse_EmptySpan_IsZeroLengthAtItsPosition()
    {
        var markup = TestMarkup.Parse("int x = 1{|CS1002:|}");

        Assert.Equal("int x = 1", markup.Text);
        Assert.Equal(new TextSpan(9, 0), Assert.Single(markup.Spans).Span);
    }

    [Fact]
    public void Parse_ExplicitNumberedClose_AllowsOverlappingSpans()
    {
        var markup = TestMarkup.Parse("{|#0:ab{|#1:cd|#0}ef|#1}");

        Assert.Equal("abcdef", markup.Text);
        Assert.Equal(new TextSpan(0, 4), markup.NumberedLocations[0]);
        Assert.Equal(new TextSpan(2, 4), markup.NumberedLocations[1]);
        Assert.Equal(1, markup.Spans.Single(s => s.Span.Start == 2).Number);
    }

    [Fact]
    public void Parse_NumberedSpan_ExpectsNothingByItself()
    {
        var markup = TestMarkup.Parse("{|#3:x|}");

        Assert.Equal(MarkupSpanKind.Numbered, Assert.Single(markup.Spans).Kind);
        Assert.Equal(3, markup.Spans[0].Number);
    }

    [Theory]
    [InlineData("a [|b", "'[|' is never closed")]
    [InlineData("a {|X1:b", "'{|X1:' is never closed")]
    [InlineData("a b|]", "'|]' has no matching opening markup")]
    [InlineData("a b|}", "'|}' has no matching opening markup")]
    [InlineData("[|a|}", "use '|]'")]
    [InlineData("{|X1:a|]", "use '|}'")]
    [InlineData("{|#0:a|} {|#0:b|}", "duplicate numbered location '{|#0:'")]
    [InlineData("{|#x:a|}", "'#x' is neither a diagnostic ID nor a numbered location")]
    [InlineData("{| a |}", "must be followed by a key")]
    [InlineData("{|#0:a|#1}", "'|#1}' has no matching '{|#1:'")]
    public void Parse_MalformedMarkup_ThrowsWithPositionAndReason(string input, string reason)
    {
        var exception = Assert.Throws<MarkupException>(() => TestMarkup.Parse(input));

        Assert.Contains(reason, exception.Message);
        Assert.Contains("markup line 1, column", exception.Message);
    }

    [Fact]
    public void Parse_ReportsLineOfTheProblem()
    {
        var exception = Assert.Throws<MarkupException>(() => TestMarkup.Parse("class C\n{\n    [|void M() { }\n}"));

        Assert.Contains("markup line 3, column 5", exception.Message);
    }

    [Fact]
    public void Parse_PlainCSharpWithBracketsAndPipes_IsLeftAlone()
    {
        const string code = "var ok = a[i] || b[j] | c; var d = new { X = 1 };";

        var markup = TestMarkup.Parse(code);

        Assert.Equal(code, markup.Text);
        Assert.Empty(markup.Spans);
    }
}
