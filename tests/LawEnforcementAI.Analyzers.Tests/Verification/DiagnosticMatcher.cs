using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LawEnforcementAI.Analyzers.Tests.Verification;

/// <summary>A location in clean test text: file path plus 0-based line span, as <see cref="Location.GetLineSpan"/> gives.</summary>
public sealed record ResolvedLocation(string Path, LinePositionSpan Span)
{
    public static ResolvedLocation? From(Location location)
    {
        if (location.Kind == LocationKind.None)
        {
            return null;
        }

        var lineSpan = location.GetLineSpan();
        return new ResolvedLocation(lineSpan.Path, lineSpan.Span);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Path}({Span.Start.Line + 1},{Span.Start.Character + 1})-({Span.End.Line + 1},{Span.End.Character + 1})");
}

/// <summary>An <see cref="ExpectedDiagnostic"/> whose markup references were turned into concrete locations.</summary>
public sealed record ResolvedExpectation(
    ExpectedDiagnostic Source,
    ResolvedLocation? Primary,
    ImmutableArray<ResolvedLocation> Additional,
    bool FromMarkup)
{
    public string Id => Source.Id;

    public override string ToString()
    {
        var where = Source.HasNoLocation ? "<no location>" : Primary?.ToString() ?? "<any location>";
        var text = $"{Id} at {where}";
        if (Source.ChecksAdditionalLocations)
        {
            text += $" also at [{string.Join(", ", Additional)}]";
        }

        if (Source.Severity is { } severity)
        {
            text += $", severity {severity}";
        }

        if (Source.ExactMessage is { } message)
        {
            text += $", message \"{message}\"";
        }

        text += string.Concat(Source.MessageFragments.Select(f => $", message contains \"{f}\""));
        return FromMarkup ? text + " (markup)" : text;
    }
}

/// <summary>Pairs expectations with actual diagnostics and explains any difference.</summary>
public static class DiagnosticMatcher
{
    /// <summary>
    /// A maximum one-to-one pairing (augmenting paths), so a loose expectation cannot take the diagnostic a stricter
    /// one needs. Returns, per expectation index, the matched actual index or -1.
    /// </summary>
    public static int[] Match(IReadOnlyList<ResolvedExpectation> expected, IReadOnlyList<Diagnostic> actual)
    {
        var compatible = expected.Select(e => actual.Select(a => Differences(e, a).Count == 0).ToArray()).ToArray();
        var actualOwner = Enumerable.Repeat(-1, actual.Count).ToArray();
        for (var e = 0; e < expected.Count; e++)
        {
            TryAssign(e, new bool[actual.Count]);
        }

        var result = Enumerable.Repeat(-1, expected.Count).ToArray();
        for (var a = 0; a < actual.Count; a++)
        {
            if (actualOwner[a] >= 0)
            {
                result[actualOwner[a]] = a;
            }
        }

        return result;

        bool TryAssign(int e, bool[] visited)
        {
            for (var a = 0; a < actual.Count; a++)
            {
                if (!compatible[e][a] || visited[a])
                {
                    continue;
                }

                visited[a] = true;
                if (actualOwner[a] < 0 || TryAssign(actualOwner[a], visited))
                {
                    actualOwner[a] = e;
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Every way <paramref name="actual"/> falls short of <paramref name="expected"/>; empty means a match.</summary>
    public static IReadOnlyList<string> Differences(ResolvedExpectation expected, Diagnostic actual)
    {
        var differences = new List<string>();
        if (!string.Equals(expected.Id, actual.Id, StringComparison.Ordinal))
        {
            differences.Add($"ID is {actual.Id}, expected {expected.Id}");
            return differences;
        }

        var actualPrimary = ResolvedLocation.From(actual.Location);
        if (expected.Source.HasNoLocation && actualPrimary is not null)
        {
            differences.Add($"location is {actualPrimary}, expected no location");
        }
        else if (expected.Primary is not null && expected.Primary != actualPrimary)
        {
            differences.Add($"location is {actualPrimary?.ToString() ?? "<none>"}, expected {expected.Primary}");
        }

        if (expected.Source.ChecksAdditionalLocations)
        {
            var actualAdditional = actual.AdditionalLocations.Select(ResolvedLocation.From).ToList();
            if (!actualAdditional.SequenceEqual(expected.Additional))
            {
                differences.Add($"additional locations are [{string.Join(", ", actualAdditional)}], expected [{string.Join(", ", expected.Additional)}]");
            }
        }

        if (expected.Source.Severity is { } severity && severity != actual.Severity)
        {
            differences.Add($"severity is {actual.Severity}, expected {severity}");
        }

        var message = actual.GetMessage(CultureInfo.InvariantCulture);
        if (expected.Source.ExactMessage is { } exact && !string.Equals(exact, message, StringComparison.Ordinal))
        {
            differences.Add($"message is \"{message}\", expected \"{exact}\"");
        }

        foreach (var fragment in expected.Source.MessageFragments)
        {
            if (!message.Contains(fragment, StringComparison.Ordinal))
            {
                differences.Add($"message \"{message}\" does not contain \"{fragment}\"");
            }
        }

        return differences;
    }
}
