using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Prompts;

/// <summary>
/// One line of <see cref="IntentVocabulary"/>: phrases of one language that ask for one thing. A phrase may hold
/// <c>{p}</c> (a person as subject: "the person", "he"), <c>{a}</c> (as object, where the language marks it: "a la
/// persona", "den Mann") or <c>{g}</c> (after "of": "de la persona", "der Person"), expanded from the language's nouns.
/// </summary>
internal sealed class IntentPhrases
{
    public IntentPhrases(IntentKind kind, string subject, string language, params string[] phrases)
    {
        Kind = kind;
        Subject = subject;
        Language = language;
        Phrases = phrases.ToImmutableArray();
    }

    public IntentKind Kind { get; }

    /// <summary>What is asked for, as the message names it ("gender", "an emotional state").</summary>
    public string Subject { get; }

    /// <summary>ISO 639-1 code: en, es, fr, de.</summary>
    public string Language { get; }

    public ImmutableArray<string> Phrases { get; }
}
