using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace LawEnforcementAI.Analyzers.Tests.Verification;

/// <summary>Turns markup spans and <see cref="ExpectedDiagnostic"/> location references into concrete locations.</summary>
public static class ExpectationResolver
{
    /// <param name="defaultId">The ID for <c>[|…|]</c>; empty when there is none, which makes such markup an error.</param>
    public static ImmutableArray<ResolvedExpectation> Resolve(
        IReadOnlyList<SourceFile> sources, IEnumerable<ExpectedDiagnostic> explicitExpectations, string defaultId)
    {
        var numbered = NumberedLocations(sources);
        var result = ImmutableArray.CreateBuilder<ResolvedExpectation>();

        foreach (var source in sources)
        {
            var text = source.Tree.GetText();
            foreach (var span in source.Markup.Spans.Where(s => s.Kind != MarkupSpanKind.Numbered))
            {
                var id = span.Kind == MarkupSpanKind.Anonymous ? defaultId : span.Key;
                if (id.Length == 0)
                {
                    throw new InvalidOperationException(
                        $"{source.Path}: '[|…|]' markup needs WithDefaultId(...) because the analyzers do not support exactly one diagnostic ID.");
                }

                var location = new ResolvedLocation(source.Path, text.Lines.GetLinePositionSpan(span.Span));
                result.Add(new ResolvedExpectation(ExpectedDiagnostic.Diag(id), location, [], FromMarkup: true));
            }
        }

        foreach (var expected in explicitExpectations)
        {
            var locations = expected.Locations.Select(l => Resolve(l, numbered, expected.Id)).ToImmutableArray();
            var primary = locations.IsEmpty ? null : locations[0];
            result.Add(new ResolvedExpectation(expected, primary, locations.IsEmpty ? [] : locations.RemoveAt(0), FromMarkup: false));
        }

        return result.ToImmutable();
    }

    private static ResolvedLocation Resolve(ExpectedLocation location, IReadOnlyDictionary<int, ResolvedLocation> numbered, string id) =>
        location switch
        {
            ExpectedLocation.Markup m when numbered.TryGetValue(m.Number, out var found) => found,
            ExpectedLocation.Markup m => throw new InvalidOperationException(
                $"{id}: WithLocation({m.Number}) refers to '{{|#{m.Number}:…|}}', which no source contains."),
            ExpectedLocation.Explicit e => new ResolvedLocation(e.Path, e.ToLinePositionSpan()),
            _ => throw new ArgumentOutOfRangeException(nameof(location), location, "Unknown location kind."),
        };

    // Numbers are unique across all files, so WithLocation(n) never has to guess which file is meant.
    private static Dictionary<int, ResolvedLocation> NumberedLocations(IReadOnlyList<SourceFile> sources)
    {
        var numbered = new Dictionary<int, ResolvedLocation>();
        foreach (var source in sources)
        {
            var text = source.Tree.GetText();
            foreach (var (number, span) in source.Markup.NumberedLocations)
            {
                var location = new ResolvedLocation(source.Path, text.Lines.GetLinePositionSpan(span));
                if (!numbered.TryAdd(number, location))
                {
                    throw new MarkupException(
                        $"Invalid test markup: '{{|#{number}:' appears in both {numbered[number].Path} and {source.Path}.");
                }
            }
        }

        return numbered;
    }
}
