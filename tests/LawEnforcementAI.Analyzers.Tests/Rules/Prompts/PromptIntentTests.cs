using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Prompts;

/// <summary>
/// LEAI003/LEAI004 over the prompt table: each prompt is sent with an image through one SDK (row i takes shape i of
/// <see cref="PromptShape.All"/> and text source i of <see cref="PromptText.All"/>, round robin), in a project that is
/// not attributed. The negatives are sent the same way; the text-only rows carry no image at all.
/// </summary>
public class PromptIntentTests
{
    public static IEnumerable<object[]> PositiveRows() =>
        PromptRows.Positives.Select((row, i) => new object[] { row.Prompt, row.Id, row.Quote, row.Subject ?? string.Empty, i });

    public static IEnumerable<object[]> NegativeRows() => PromptRows.Negatives.Select((prompt, i) => new object[] { prompt, i });

    public static IEnumerable<object[]> TextOnlyRows() => PromptRows.TextOnly.Select((prompt, i) => new object[] { prompt, i });

    /// <summary>Every SDK shape with every text source, on one prompt of each rule.</summary>
    public static IEnumerable<object[]> EveryShapeAndSource() =>
        from shape in Enumerable.Range(0, PromptShape.All.Length)
        from source in Enumerable.Range(0, PromptText.All("x").Length)
        select new object[] { shape, source };

    [Theory]
    [MemberData(nameof(PositiveRows))]
    public Task PromptWithImage_Reported(string prompt, string id, string quote, string subject, int row)
    {
        var shape = ShapeOf(row);
        var test = new PromptTest { TestCode = Source(prompt, row, withImage: true) };
        test.ExpectedDiagnostics.Add(Expected(id, shape.Sink, quote, subject));
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(NegativeRows))]
    public Task OtherPromptWithImage_NotReported(string prompt, int row) =>
        new PromptTest { TestCode = Source(prompt, row, withImage: true).WithoutMarkup() }.RunAsync();

    [Theory]
    [MemberData(nameof(TextOnlyRows))]
    public Task IntentWordsWithoutImage_NotReported(string prompt, int row) =>
        new PromptTest { TestCode = Source(prompt, row, withImage: false).WithoutMarkup() }.RunAsync();

    [Theory]
    [MemberData(nameof(EveryShapeAndSource))]
    public Task EveryShapeReadsEveryTextSource(int shape, int source)
    {
        var test = new PromptTest { TestCode = Source("Who is this person?", shape, withImage: true, source) };
        test.ExpectedDiagnostics.Add(Expected("LEAI003", PromptShape.All[shape].Sink, "Who is this person", string.Empty));
        return test.RunAsync();
    }

    [Fact]
    public Task BothRulesOnOneRequest()
    {
        var test = new PromptTest { TestCode = Source("Who is this person, and how old is he?", 0, withImage: true) };
        test.ExpectedDiagnostics.Add(Expected("LEAI003", "CompleteChatAsync", "Who is this person", string.Empty));
        test.ExpectedDiagnostics.Add(Expected("LEAI004", "CompleteChatAsync", "how old is he", "a specific age"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("police", "US")]
    [InlineData("body-cam", "GB")]
    [InlineData("none", null)]
    public Task AttributedOrNot_SameFinding(string context, string? jurisdiction)
    {
        var test = new PromptTest(context, jurisdiction) { TestCode = Source("Identify the person in this photo.", 0, withImage: true) };
        test.ExpectedDiagnostics.Add(Expected("LEAI003", "CompleteChatAsync", "Identify the person", string.Empty));
        return test.RunAsync();
    }

    internal static DiagnosticResult Expected(string id, string sink, string quote, string subject) =>
        (id == "LEAI003" ? Diag(id, sink, quote) : Diag(id, sink, subject, quote, string.Empty)).WithLocation(0);

    private static PromptShape ShapeOf(int row) => PromptShape.All[row % PromptShape.All.Length];

    internal static string Source(string prompt, int row, bool withImage, int? source = null)
    {
        var sources = PromptText.All(prompt);
        var text = sources[(source ?? row) % sources.Length];
        return PromptSource.InMethod(text.Members, text.Setup + "\n" + ShapeOf(row).Body(text.Expression, withImage));
    }
}
