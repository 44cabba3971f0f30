using System;

namespace LawEnforcementAI.Analyzers.Suppressions;

/// <summary>Tells a reason a reviewer can read from an empty or placeholder one.</summary>
internal static class Justification
{
    /// <summary>Texts people (and tools: Visual Studio writes "&lt;Pending&gt;") put where a reason should go.</summary>
    private static readonly string[] Placeholders =
    {
        "pending", "<pending>", "n/a", "na", "none", "-", "...", "…", "?", "reason", "justification", "tbd", "todo", "fixme", "xxx",
    };

    /// <summary>Prefixes that mark the text as still to be written ("TODO: ask legal").</summary>
    private static readonly string[] PlaceholderPrefixes = { "todo", "tbd", "fixme", "xxx" };

    public static bool IsReal(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0
            || string.Equals(trimmed, Rules.Leai006UnjustifiedSuppression.JustificationStub, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var placeholder in Placeholders)
        {
            if (string.Equals(trimmed, placeholder, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        foreach (var prefix in PlaceholderPrefixes)
        {
            if (StartsWithWord(trimmed, prefix))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The reason of a pragma's comment: its text after "//" and an optional "reason:" label.</summary>
    public static bool IsRealComment(string comment)
    {
        var text = comment.StartsWith("//", StringComparison.Ordinal) ? comment.Substring(2) : comment;
        text = text.Trim();
        const string Label = "reason:";
        if (text.StartsWith(Label, StringComparison.OrdinalIgnoreCase))
        {
            text = text.Substring(Label.Length);
        }

        return IsReal(text);
    }

    /// <summary>"TODO", "TODO:", "todo later" — but not "Todoist export", which is a word of its own.</summary>
    private static bool StartsWithWord(string text, string prefix) =>
        text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
        && (text.Length == prefix.Length || !char.IsLetterOrDigit(text[prefix.Length]));
}
