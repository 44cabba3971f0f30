using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace LawEnforcementAI.Analyzers.Prompts;

/// <summary>
/// Text cut into words the way <see cref="IntentMatcher"/> compares them: lower case, accents and diacritics dropped
/// ("quién" is "quien"), ß as "ss", anything that is not a letter or digit a word boundary. Each word keeps where it
/// was, so a match quotes the words as written, and the sentence it is in, so a negation does not reach across one.
/// </summary>
internal sealed class PromptWords
{
    private readonly string _decomposed;

    private PromptWords(string decomposed, List<Word> words)
    {
        _decomposed = decomposed;
        Words = words;
    }

    public List<Word> Words { get; }

    public static PromptWords Of(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var words = new List<Word>();
        var key = new StringBuilder();
        var start = -1;
        var sentence = 0;
        for (var i = 0; i <= decomposed.Length; i++)
        {
            var c = i < decomposed.Length ? decomposed[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (start < 0)
                {
                    start = i;
                }

                key.Append(c == 'ß' ? "ss" : char.ToLowerInvariant(c).ToString());
                continue;
            }

            if (start >= 0 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (start >= 0)
            {
                words.Add(new Word(key.ToString(), start, i, sentence));
                key.Clear();
                start = -1;
            }

            if (c is '.' or '?' or '!' or ';' or ':' or '\n' or '¿' or '¡')
            {
                sentence++;
            }
        }

        return new PromptWords(decomposed, words);
    }

    /// <summary>The words <paramref name="first"/> to <paramref name="last"/> as the text wrote them.</summary>
    public string Quote(int first, int last) =>
        _decomposed.Substring(Words[first].Start, Words[last].End - Words[first].Start).Normalize(NormalizationForm.FormC);

    internal readonly struct Word
    {
        public Word(string key, int start, int end, int sentence)
        {
            Key = key;
            Start = start;
            End = end;
            Sentence = sentence;
        }

        public string Key { get; }

        public int Start { get; }

        public int End { get; }

        public int Sentence { get; }
    }
}
