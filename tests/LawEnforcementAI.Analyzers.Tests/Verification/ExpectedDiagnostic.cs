using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LawEnforcementAI.Analyzers.Tests.Verification;

/// <summary>
/// Where an expected diagnostic should be: a numbered markup location (<c>{|#n:…|}</c>), or an explicit
/// path with 1-based line and column numbers, as the compiler prints them.
/// </summary>
public abstract record ExpectedLocation
{
    public sealed record Markup(int Number) : ExpectedLocation
    {
        public override string ToString() => $"{{|#{Number}:…|}}";
    }

    public sealed record Explicit(string Path, int StartLine, int StartColumn, int EndLine, int EndColumn) : ExpectedLocation
    {
        public LinePositionSpan ToLinePositionSpan() =>
            new(new LinePosition(StartLine - 1, StartColumn - 1), new LinePosition(EndLine - 1, EndColumn - 1));

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Path}({StartLine},{StartColumn},{EndLine},{EndColumn})");
    }
}

/// <summary>
/// One diagnostic a test expects. Built fluently from <see cref="Diag"/>; each call returns a new value, so a shared
/// partial expectation can be refined per test without side effects.
/// </summary>
public sealed record ExpectedDiagnostic
{
    private ExpectedDiagnostic(string id) => Id = id;

    public string Id { get; }

    /// <summary>First entry is the primary location; the rest are additional locations, in order.</summary>
    public ImmutableArray<ExpectedLocation> Locations { get; private init; } = ImmutableArray<ExpectedLocation>.Empty;

    /// <summary>The diagnostic must have <see cref="Location.None"/>.</summary>
    public bool HasNoLocation { get; private init; }

    public string? ExactMessage { get; private init; }

    public ImmutableArray<string> MessageFragments { get; private init; } = ImmutableArray<string>.Empty;

    public DiagnosticSeverity? Severity { get; private init; }

    /// <summary>Additional locations are compared only when the test names at least one.</summary>
    public bool ChecksAdditionalLocations => Locations.Length > 1;

    public static ExpectedDiagnostic Diag(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new ExpectedDiagnostic(id);
    }

    /// <summary>First call sets the primary location; later calls append additional locations.</summary>
    public ExpectedDiagnostic WithLocation(int markupNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(markupNumber);
        return AddLocation(new ExpectedLocation.Markup(markupNumber));
    }

    /// <summary>Lines and columns are 1-based; the end column is exclusive, as in compiler output.</summary>
    public ExpectedDiagnostic WithSpan(string path, int startLine, int startColumn, int endLine, int endColumn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(startLine, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(startColumn, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(endLine, startLine);
        ArgumentOutOfRangeException.ThrowIfLessThan(endColumn, 1);
        return AddLocation(new ExpectedLocation.Explicit(path, startLine, startColumn, endLine, endColumn));
    }

    public ExpectedDiagnostic WithNoLocation()
    {
        if (!Locations.IsEmpty)
        {
            throw new InvalidOperationException($"{Id}: WithNoLocation() cannot be combined with WithLocation/WithSpan.");
        }

        return this with { HasNoLocation = true };
    }

    public ExpectedDiagnostic WithMessage(string exactMessage)
    {
        ArgumentNullException.ThrowIfNull(exactMessage);
        return this with { ExactMessage = exactMessage };
    }

    /// <summary>Repeatable; every fragment must occur in the message (ordinal comparison).</summary>
    public ExpectedDiagnostic WithMessageContaining(string fragment)
    {
        ArgumentException.ThrowIfNullOrEmpty(fragment);
        return this with { MessageFragments = MessageFragments.Add(fragment) };
    }

    public ExpectedDiagnostic WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };

    public override string ToString()
    {
        var location = HasNoLocation ? "<no location>"
            : Locations.IsEmpty ? "<any location>"
            : Locations[0].ToString();
        var text = $"{Id} at {location}";
        if (ChecksAdditionalLocations)
        {
            text += $" also at [{string.Join(", ", Locations.Skip(1))}]";
        }

        if (Severity is { } severity)
        {
            text += $" severity {severity}";
        }

        if (ExactMessage is not null)
        {
            text += $" message \"{ExactMessage}\"";
        }

        foreach (var fragment in MessageFragments)
        {
            text += $" message contains \"{fragment}\"";
        }

        return text;
    }

    private ExpectedDiagnostic AddLocation(ExpectedLocation location)
    {
        if (HasNoLocation)
        {
            throw new InvalidOperationException($"{Id}: cannot add a location after WithNoLocation().");
        }

        return this with { Locations = Locations.Add(location) };
    }
}

/// <summary>Which compiler diagnostics take part in the comparison.</summary>
public enum CompilerDiagnostics
{
    /// <summary>Compiler output is ignored.</summary>
    None,

    /// <summary>Compiler errors must be expected (markup <c>{|CS0103:…|}</c> or <c>Expect</c>); warnings are ignored.</summary>
    Errors,
}
