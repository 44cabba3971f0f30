using System;
using System.Collections.Immutable;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis.Text;

namespace LawEnforcementAI.Analyzers.TeamModel;

/// <summary>
/// Reads the line format of docs/model-file.md: a version line, then <c>kind [options] ID</c> per line, <c>#</c>
/// comments and blank lines. Hand-written on purpose: an analyzer must not bring a parser assembly into every compiler host.
/// </summary>
internal static class ModelFileParser
{
    public const string Header = "#! LawEnforcementAI.Models 1";

    private const string Magic = "LawEnforcementAI.Models";
    private const string SupportedVersion = "1";
    private const string ExampleId = "M:Contoso.Cams.BodyCam.Grab";

    private static readonly char[] Blanks = { ' ', '\t' };

    public static ModelFile Parse(SourceText text)
    {
        var entries = ImmutableArray.CreateBuilder<ModelEntry>();
        var problems = ImmutableArray.CreateBuilder<ModelFileProblem>();
        void Problem(string message, TextSpan span) => problems.Add(new ModelFileProblem(message, span, text.Lines.GetLinePositionSpan(span)));

        var first = 0;
        var header = text.Lines.Count == 0 ? string.Empty : text.Lines[0].ToString().Trim();
        var headerSpan = text.Lines.Count == 0 ? new TextSpan(0, 0) : Trimmed(text, text.Lines[0].Span);
        var words = header.Split(Blanks, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 3 && words[0] == "#!" && words[1] == Magic && words[2] == SupportedVersion)
        {
            first = 1;
        }
        else if (words.Length >= 2 && words[0] == "#!" && words[1] == Magic)
        {
            // A file written for another version cannot be read as this one; guessing would declare the wrong things.
            Problem("model file version '" + (words.Length > 2 ? string.Join(" ", words, 2, words.Length - 2) : string.Empty)
                + "' is not supported (the first line must be '" + Header + "'); its entries are ignored", headerSpan);
            return new ModelFile(entries.ToImmutable(), problems.ToImmutable());
        }
        else
        {
            // Without a version line the entries are still read as version 1: a forgotten line should not switch declarations off.
            Problem("the first line of a model file must be '" + Header + "'", headerSpan);
        }

        for (var i = first; i < text.Lines.Count; i++)
        {
            var line = text.Lines[i];
            var content = WithoutComment(text.ToString(line.Span));
            if (content.Trim().Length == 0)
            {
                continue;
            }

            var span = Trimmed(text, new TextSpan(line.Start, content.Length));
            if (ParseEntry(text.ToString(span), span, text, out var problem) is { } entry)
            {
                entries.Add(entry);
            }
            else
            {
                Problem(problem!, span);
            }
        }

        return new ModelFile(entries.ToImmutable(), problems.ToImmutable());
    }

    private static ModelEntry? ParseEntry(string line, TextSpan span, SourceText text, out string? problem)
    {
        var words = line.Split(Blanks, StringSplitOptions.RemoveEmptyEntries);
        if (!TryKind(words[0], out var kind))
        {
            problem = "unknown entry kind '" + words[0] + "' (expected source, sink, through or sanitizer) in '" + line + "'";
            return null;
        }

        var id = words[words.Length - 1];
        if (words.Length < 2 || !LooksLikeId(id))
        {
            problem = "missing documentation-comment ID (for example " + ExampleId + ") at the end of '" + line + "'";
            return null;
        }

        var options = new EntryOptions();
        for (var w = 1; w < words.Length - 1; w++)
        {
            if (options.Read(kind, words[w]) is { } wrong)
            {
                problem = wrong + " in '" + line + "'";
                return null;
            }
        }

        problem = options.Missing(kind) ?? WrongIdKind(kind, id);
        if (problem is not null)
        {
            problem += " in '" + line + "'";
            return null;
        }

        return new ModelEntry(kind, id, options.Liveness ?? FrameLiveness.Unknown, options.Mobile, options.Argument, line, span, text.Lines.GetLinePositionSpan(span));
    }

    private static bool TryKind(string word, out ModelEntryKind kind)
    {
        switch (word.ToLowerInvariant())
        {
            case "source":
                kind = ModelEntryKind.Source;
                return true;
            case "sink":
                kind = ModelEntryKind.Sink;
                return true;
            case "through":
                kind = ModelEntryKind.Through;
                return true;
            case "sanitizer":
                kind = ModelEntryKind.Sanitizer;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    /// <summary><c>M:…</c>, <c>P:…</c>, <c>T:…</c> and the other prefixes of documentation-comment IDs.</summary>
    private static bool LooksLikeId(string word) => word.Length > 2 && word[1] == ':' && char.IsUpper(word[0]);

    private static string? WrongIdKind(ModelEntryKind kind, string id)
    {
        var prefix = id[0];
        if (prefix == 'M' || (prefix == 'P' && kind == ModelEntryKind.Source))
        {
            return null;
        }

        return "'" + id + "' is not a method" + (kind == ModelEntryKind.Source ? " or property" : string.Empty)
            + " ID (" + (kind == ModelEntryKind.Source ? "M: or P:" : "M:") + ")";
    }

    /// <summary>A <c>#</c> at the start or after a blank begins a comment; the <c>#</c> of <c>#ctor</c> follows a dot.</summary>
    private static string WithoutComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t'))
            {
                return line.Substring(0, i);
            }
        }

        return line;
    }

    private static TextSpan Trimmed(SourceText text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }
}
