using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LawEnforcementAI.Analyzers.Tests.Verification;

/// <summary>The failure text: what was missing, what was extra, both full lists, and the source annotated.</summary>
public static class DiagnosticReport
{
    public static string Format(
        IReadOnlyList<ResolvedExpectation> expected,
        IReadOnlyList<Diagnostic> actual,
        int[] matchOfExpected,
        IEnumerable<(string Path, SourceText Text)> sources)
    {
        var matchedActual = new HashSet<int>(matchOfExpected.Where(a => a >= 0));
        var report = new StringBuilder();
        report.AppendLine("Diagnostics did not match.");

        var missing = Enumerable.Range(0, expected.Count).Where(e => matchOfExpected[e] < 0).ToList();
        if (missing.Count > 0)
        {
            report.AppendLine().AppendLine("Expected but not reported:");
            foreach (var e in missing)
            {
                report.Append("  ").AppendLine(expected[e].ToString());
                foreach (var hint in ClosestDifferences(expected[e], actual))
                {
                    report.Append("      nearest actual: ").AppendLine(hint);
                }
            }
        }

        var unexpected = Enumerable.Range(0, actual.Count).Where(a => !matchedActual.Contains(a)).ToList();
        if (unexpected.Count > 0)
        {
            report.AppendLine().AppendLine("Reported but not expected:");
            foreach (var a in unexpected)
            {
                report.Append("  ").AppendLine(Describe(actual[a]));
            }
        }

        report.AppendLine().AppendLine($"All expected ({expected.Count}):");
        foreach (var e in expected)
        {
            report.Append("  ").AppendLine(e.ToString());
        }

        report.AppendLine().AppendLine($"All actual ({actual.Count}):");
        foreach (var a in actual)
        {
            report.Append("  ").AppendLine(Describe(a));
        }

        report.AppendLine().AppendLine("Source annotated with actual diagnostics:");
        foreach (var (path, text) in sources)
        {
            report.Append(Annotate(path, text, actual));
        }

        return report.ToString();
    }

    /// <summary>Compiler-style one-liner with the additional locations appended.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        var location = ResolvedLocation.From(diagnostic.Location)?.ToString() ?? "<no location>";
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        var text = $"{location}: {severity} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
        if (diagnostic.AdditionalLocations.Count > 0)
        {
            text += $" [also at {string.Join(", ", diagnostic.AdditionalLocations.Select(l => ResolvedLocation.From(l)))}]";
        }

        return text;
    }

    /// <summary>The file with line numbers; under each line, a caret run for every diagnostic starting on it.</summary>
    public static string Annotate(string path, SourceText text, IEnumerable<Diagnostic> diagnostics)
    {
        var inFile = diagnostics
            .Select(d => (Diagnostic: d, Location: ResolvedLocation.From(d.Location)))
            .Where(x => x.Location is not null && string.Equals(x.Location.Path, path, StringComparison.Ordinal))
            .ToList();
        var output = new StringBuilder();
        output.AppendLine($"// {path}");
        foreach (var line in text.Lines)
        {
            var number = line.LineNumber + 1;
            output.Append(number.ToString(CultureInfo.InvariantCulture).PadLeft(4)).Append(" | ").AppendLine(line.ToString());
            foreach (var (diagnostic, location) in inFile.Where(x => x.Location!.Span.Start.Line == line.LineNumber))
            {
                var span = location!.Span;
                var start = span.Start.Character;
                var end = span.End.Line == span.Start.Line ? span.End.Character : line.Span.Length;
                output.Append("     | ")
                    .Append(' ', start)
                    .Append('^', Math.Max(1, end - start))
                    .Append(' ')
                    .Append(diagnostic.Id)
                    .Append(": ")
                    .AppendLine(diagnostic.GetMessage(CultureInfo.InvariantCulture));
            }
        }

        return output.ToString();
    }

    // For a missing expectation, the differences to actual diagnostics with the same ID, nearest first.
    private static IEnumerable<string> ClosestDifferences(ResolvedExpectation expected, IReadOnlyList<Diagnostic> actual) =>
        actual.Where(a => string.Equals(a.Id, expected.Id, StringComparison.Ordinal))
            .Select(a => (Diagnostic: a, Differences: DiagnosticMatcher.Differences(expected, a)))
            .OrderBy(x => x.Differences.Count)
            .Take(2)
            .Select(x => $"{Describe(x.Diagnostic)} -- {string.Join("; ", x.Differences)}");
}
