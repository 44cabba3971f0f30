using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace LawEnforcementAI.Analyzers.Tests.Verification;

/// <summary>What a marked span means: an expected diagnostic, or a numbered location.</summary>
public enum MarkupSpanKind
{
    /// <summary><c>[|…|]</c>: expects a diagnostic with the test's default ID.</summary>
    Anonymous,

    /// <summary><c>{|ID:…|}</c>: expects a diagnostic with that ID.</summary>
    DiagnosticId,

    /// <summary><c>{|#n:…|}</c>: a location that explicit expectations reference with <c>WithLocation(n)</c>.</summary>
    Numbered,
}

/// <summary>One marked span; <see cref="Span"/> is a position in the clean text.</summary>
public sealed record MarkupSpan(MarkupSpanKind Kind, string Key, TextSpan Span)
{
    /// <summary>The <c>n</c> of <c>{|#n:…|}</c>; only meaningful for <see cref="MarkupSpanKind.Numbered"/>.</summary>
    public int Number => Kind == MarkupSpanKind.Numbered ? int.Parse(Key.AsSpan(1), provider: System.Globalization.CultureInfo.InvariantCulture) : -1;
}

/// <summary>Thrown for malformed markup; the message says where in the markup input the problem is.</summary>
public sealed class MarkupException(string message) : Exception(message);

/// <summary>
/// Source text with markup removed, plus the marked spans. Tokens: <c>[|</c> … <c>|]</c>, <c>{|Key:</c> … <c>|}</c>,
/// and the explicit close <c>|#n}</c>, which closes <c>{|#n:</c> even when it is not the innermost open span, so two
/// numbered spans may overlap. All other spans nest like brackets.
/// </summary>
public sealed class TestMarkup
{
    // Keys exclude markup characters and whitespace, so "{| x" in ordinary code is reported instead of misread.
    private static readonly Regex NamedOpen = new(@"\G\{\|([^:|\[\]{}\s]+):", RegexOptions.CultureInvariant);
    private static readonly Regex NumberedClose = new(@"\G\|(#\d+)\}", RegexOptions.CultureInvariant);
    private static readonly Regex NumberedKey = new(@"^#\d+$", RegexOptions.CultureInvariant);
    private static readonly Regex DiagnosticIdKey = new(@"^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

    private TestMarkup(string text, ImmutableArray<MarkupSpan> spans)
    {
        Text = text;
        Spans = spans;
    }

    /// <summary>The source without markup.</summary>
    public string Text { get; }

    /// <summary>All marked spans, ordered by start, then by end descending (outer before inner).</summary>
    public ImmutableArray<MarkupSpan> Spans { get; }

    /// <summary>Numbered locations by <c>n</c>.</summary>
    public IReadOnlyDictionary<int, TextSpan> NumberedLocations =>
        Spans.Where(s => s.Kind == MarkupSpanKind.Numbered).ToDictionary(s => s.Number, s => s.Span);

    public static TestMarkup Parse(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var output = new StringBuilder(markup.Length);
        var open = new List<OpenSpan>();
        var spans = ImmutableArray.CreateBuilder<MarkupSpan>();
        var numberedSeen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;

        while (index < markup.Length)
        {
            if (StartsWith(markup, index, "[|"))
            {
                open.Add(new OpenSpan(MarkupSpanKind.Anonymous, string.Empty, output.Length, index));
                index += 2;
            }
            else if (StartsWith(markup, index, "{|"))
            {
                var match = NamedOpen.Match(markup, index);
                if (!match.Success)
                {
                    throw Error(markup, index, "'{|' must be followed by a key and ':' such as '{|LEAI001:' or '{|#0:'");
                }

                var key = match.Groups[1].Value;
                var kind = ClassifyKey(markup, index, key);
                if (kind == MarkupSpanKind.Numbered && !numberedSeen.Add(key))
                {
                    throw Error(markup, index, $"duplicate numbered location '{{|{key}:'");
                }

                open.Add(new OpenSpan(kind, key, output.Length, index));
                index += match.Length;
            }
            else if (StartsWith(markup, index, "|]"))
            {
                var span = PopInnermost(markup, index, open, "|]");
                if (span.Kind != MarkupSpanKind.Anonymous)
                {
                    throw Error(markup, index, $"'|]' closes '{{|{span.Key}:' opened at {Describe(markup, span.InputIndex)}; use '|}}'");
                }

                spans.Add(span.Close(output.Length));
                index += 2;
            }
            else if (NumberedClose.Match(markup, index) is { Success: true } close)
            {
                var key = close.Groups[1].Value;
                var position = open.FindLastIndex(s => s.Key == key);
                if (position < 0)
                {
                    throw Error(markup, index, $"'|{key}}}' has no matching '{{|{key}:'");
                }

                spans.Add(open[position].Close(output.Length));
                open.RemoveAt(position);
                index += close.Length;
            }
            else if (StartsWith(markup, index, "|}"))
            {
                var span = PopInnermost(markup, index, open, "|}");
                if (span.Kind == MarkupSpanKind.Anonymous)
                {
                    throw Error(markup, index, $"'|}}' closes '[|' opened at {Describe(markup, span.InputIndex)}; use '|]'");
                }

                spans.Add(span.Close(output.Length));
                index += 2;
            }
            else
            {
                output.Append(markup[index]);
                index++;
            }
        }

        if (open.Count > 0)
        {
            var unclosed = open[^1];
            var token = unclosed.Kind == MarkupSpanKind.Anonymous ? "[|" : $"{{|{unclosed.Key}:";
            throw Error(markup, unclosed.InputIndex, $"'{token}' is never closed");
        }

        var ordered = spans.OrderBy(s => s.Span.Start).ThenByDescending(s => s.Span.End).ToImmutableArray();
        return new TestMarkup(output.ToString(), ordered);
    }

    private static MarkupSpanKind ClassifyKey(string markup, int index, string key)
    {
        if (NumberedKey.IsMatch(key))
        {
            return MarkupSpanKind.Numbered;
        }

        if (key.StartsWith('#') || !DiagnosticIdKey.IsMatch(key))
        {
            throw Error(markup, index, $"'{key}' is neither a diagnostic ID nor a numbered location '#n'");
        }

        return MarkupSpanKind.DiagnosticId;
    }

    private static OpenSpan PopInnermost(string markup, int index, List<OpenSpan> open, string token)
    {
        if (open.Count == 0)
        {
            throw Error(markup, index, $"'{token}' has no matching opening markup");
        }

        var span = open[^1];
        open.RemoveAt(open.Count - 1);
        return span;
    }

    private static bool StartsWith(string text, int index, string token) =>
        string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    private static MarkupException Error(string markup, int index, string problem) =>
        new($"Invalid test markup at {Describe(markup, index)}: {problem}.");

    // 1-based line and column in the markup input, the way an author reads the test source.
    private static string Describe(string markup, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (markup[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return $"markup line {line}, column {index - lineStart + 1}";
    }

    private readonly record struct OpenSpan(MarkupSpanKind Kind, string Key, int OutputStart, int InputIndex)
    {
        public MarkupSpan Close(int outputEnd) => new(Kind, Key, TextSpan.FromBounds(OutputStart, outputEnd));
    }
}
