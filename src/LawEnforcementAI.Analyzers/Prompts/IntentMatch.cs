namespace LawEnforcementAI.Analyzers.Prompts;

/// <summary>A phrase of <see cref="IntentVocabulary"/> found in a prompt: what it asks for, and the words as written.</summary>
internal sealed class IntentMatch
{
    public IntentMatch(IntentKind kind, string subject, string quote)
    {
        Kind = kind;
        Subject = subject;
        Quote = quote;
    }

    public IntentKind Kind { get; }

    public string Subject { get; }

    public string Quote { get; }
}
