using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace LawEnforcementAI.Analyzers.Prompts;

/// <summary>
/// <see cref="IntentVocabulary"/> compiled once: every phrase expanded and cut into words, indexed by its first word, so
/// a prompt is read in one pass over its words whatever the size of the vocabulary.
/// </summary>
internal sealed class IntentMatcher
{
    private readonly Dictionary<string, List<Phrase>> _phrases;
    private readonly Dictionary<string, List<Phrase>> _exceptions;
    private readonly HashSet<string> _negationsBefore;
    private readonly HashSet<string> _negationsAfter;

    private IntentMatcher(Dictionary<string, List<Phrase>> phrases, Dictionary<string, List<Phrase>> exceptions, HashSet<string> negationsBefore, HashSet<string> negationsAfter)
    {
        _phrases = phrases;
        _exceptions = exceptions;
        _negationsBefore = negationsBefore;
        _negationsAfter = negationsAfter;
    }

    public static IntentMatcher Default { get; } = Compile();

    /// <summary>Every phrase in its expanded form, for the docs and the tests.</summary>
    public IEnumerable<string> ExpandedPhrases => _phrases.Values.SelectMany(list => list).Select(p => string.Join(" ", p.Words));

    private static IntentMatcher Compile()
    {
        var phrases = new Dictionary<string, List<Phrase>>();
        foreach (var line in IntentVocabulary.Phrases.Concat(ReportVocabulary.Phrases))
        {
            foreach (var text in line.Phrases.SelectMany(p => Expand(p, IntentVocabulary.People[line.Language])))
            {
                Add(phrases, new Phrase(WordsOf(text), line.Kind, line.Subject));
            }
        }

        var exceptions = new Dictionary<string, List<Phrase>>();
        // An exception may name a person in any language: it is expanded with each language's nouns.
        foreach (var text in IntentVocabulary.Exceptions.SelectMany(e => IntentVocabulary.People.Values.SelectMany(nouns => Expand(e, nouns))).Distinct())
        {
            Add(exceptions, new Phrase(WordsOf(text), IntentKind.Inference, string.Empty));
        }

        return new IntentMatcher(
            phrases,
            exceptions,
            new HashSet<string>(IntentVocabulary.NegationsBefore.Select(w => WordsOf(w).Single())),
            new HashSet<string>(IntentVocabulary.NegationsAfter.Select(w => WordsOf(w).Single())));
    }

    /// <summary>The first phrase of each kind in <paramref name="text"/>, in the order they appear.</summary>
    public IEnumerable<IntentMatch> Find(string text)
    {
        var prompt = PromptWords.Of(text);
        var words = prompt.Words;
        var excepted = new bool[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var length in Lengths(_exceptions, words, i))
            {
                for (var k = i; k < i + length; k++)
                {
                    excepted[k] = true;
                }
            }
        }

        var seen = new HashSet<IntentKind>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!_phrases.TryGetValue(words[i].Key, out var candidates))
            {
                continue;
            }

            // The longest phrase that starts here, so the quote shows all of it.
            Phrase? best = null;
            foreach (var phrase in candidates)
            {
                if (!seen.Contains(phrase.Kind) && Matches(phrase, words, i) && (best is null || phrase.Words.Length > best.Words.Length))
                {
                    best = phrase;
                }
            }

            if (best is null)
            {
                continue;
            }

            var last = i + best.Words.Length - 1;
            if (Enumerable.Range(i, best.Words.Length).Any(k => excepted[k]) || IsNegated(words, i, last))
            {
                continue;
            }

            seen.Add(best.Kind);
            yield return new IntentMatch(best.Kind, best.Subject, prompt.Quote(i, last));
        }
    }

    private bool IsNegated(List<PromptWords.Word> words, int first, int last)
    {
        var sentence = words[first].Sentence;
        for (var k = first - 1; k >= 0 && k >= first - 4 && words[k].Sentence == sentence; k--)
        {
            if (_negationsBefore.Contains(words[k].Key))
            {
                return true;
            }
        }

        for (var k = last + 1; k < words.Count && k <= last + 2 && words[k].Sentence == sentence; k++)
        {
            if (_negationsAfter.Contains(words[k].Key))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<int> Lengths(Dictionary<string, List<Phrase>> table, List<PromptWords.Word> words, int start) =>
        table.TryGetValue(words[start].Key, out var candidates)
            ? candidates.Where(p => Matches(p, words, start)).Select(p => p.Words.Length)
            : Enumerable.Empty<int>();

    private static bool Matches(Phrase phrase, List<PromptWords.Word> words, int start)
    {
        if (start + phrase.Words.Length > words.Count)
        {
            return false;
        }

        for (var k = 1; k < phrase.Words.Length; k++)
        {
            if (words[start + k].Key != phrase.Words[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A phrase with each <c>{p}</c>, <c>{a}</c> or <c>{g}</c> replaced by each of the language's nouns.</summary>
    private static IEnumerable<string> Expand(string phrase, ImmutableDictionary<string, ImmutableArray<string>> nouns)
    {
        foreach (var slot in nouns)
        {
            var at = phrase.IndexOf(slot.Key, System.StringComparison.Ordinal);
            if (at >= 0)
            {
                return slot.Value.SelectMany(noun => Expand(phrase.Substring(0, at) + noun + phrase.Substring(at + slot.Key.Length), nouns));
            }
        }

        return new[] { phrase };
    }

    private static string[] WordsOf(string text) => PromptWords.Of(text).Words.Select(w => w.Key).ToArray();

    private static void Add(Dictionary<string, List<Phrase>> table, Phrase phrase)
    {
        if (phrase.Words.Length == 0)
        {
            return;
        }

        if (!table.TryGetValue(phrase.Words[0], out var list))
        {
            list = new List<Phrase>();
            table.Add(phrase.Words[0], list);
        }

        list.Add(phrase);
    }

    private sealed class Phrase
    {
        public Phrase(string[] words, IntentKind kind, string subject)
        {
            Words = words;
            Kind = kind;
            Subject = subject;
        }

        public string[] Words { get; }

        public IntentKind Kind { get; }

        public string Subject { get; }
    }
}
