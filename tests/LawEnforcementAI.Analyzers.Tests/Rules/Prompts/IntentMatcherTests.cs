using System.Collections.Generic;
using System.Linq;
using LawEnforcementAI.Analyzers.Prompts;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Prompts;

/// <summary>
/// The compiled vocabulary on its own, without a compilation: folding of case, accents and punctuation, word bounds,
/// the clause's exceptions and negated instructions, and that no phrase is shadowed by an exception.
/// </summary>
public class IntentMatcherTests
{
    public static IEnumerable<object[]> Matches() => new (string Text, string Kind, string Quote)[]
    {
        ("WHO IS THIS PERSON", nameof(IntentKind.Identification), "WHO IS THIS PERSON"),
        ("quien es esta persona", nameof(IntentKind.Identification), "quien es esta persona"),
        ("¿Quién   es\testa persona?", nameof(IntentKind.Identification), "Quién   es\testa persona"),
        ("Wie heisst dieser Mann?", nameof(IntentKind.Identification), "Wie heisst dieser Mann"),
        ("VÉRIFIER L'IDENTITÉ", nameof(IntentKind.Identification), "VÉRIFIER L'IDENTITÉ"),
        ("Please run face-recognition.", nameof(IntentKind.Identification), "face-recognition"),
        ("Look up the person in the Verbrecherkartei.", nameof(IntentKind.Identification), "Verbrecherkartei"),
        ("how old is she", nameof(IntentKind.Inference), "how old is she"),
        ("Is the victim scared?", nameof(IntentKind.Inference), "Is the victim scared"),
        ("Quel âge a-t-il ?", nameof(IntentKind.Inference), "Quel âge a-t-il"),

        // A specific age however it is asked, and identification without a noun for the person.
        ("How old exactly is the man?", nameof(IntentKind.Inference), "How old exactly is the man"),
        ("Exactly how old is the driver?", nameof(IntentKind.Inference), "Exactly how old is the driver"),
        ("Tell me his exact age.", nameof(IntentKind.Inference), "his exact age"),
        ("Give the suspect's exact age.", nameof(IntentKind.Inference), "the suspect's exact age"),
        ("What age is he?", nameof(IntentKind.Inference), "What age is he"),
        ("Diga quién es.", nameof(IntentKind.Identification), "Diga quién es"),
        ("Dime quién es, por favor.", nameof(IntentKind.Identification), "Dime quién es"),
        ("Wer ist das?", nameof(IntentKind.Identification), "Wer ist das"),
        ("Qui est-ce ?", nameof(IntentKind.Identification), "Qui est-ce"),
    }.Select(r => new object[] { r.Text, r.Kind, r.Quote });

    public static IEnumerable<object[]> Quiet() => new[]
    {
        "Identify the vehicle.",
        "Whois lookup for this domain.",
        "Describe the scene, then say who is allowed to park here.",
        "Do not identify anyone: never say who the person is.",
        "Ne jamais identifier la personne.",
        "Nunca identifiques a la persona.",
        "Estimate the age range of the person.",
        "Was ist die Altersspanne der Person?",
        "How old is the building?",
        "How old exactly is this car?",
        "Estimate his exact age range.",
        "Diga qué es.",
        "Was ist das?",
        "Qu'est-ce que c'est ?",
    }.Select(t => new object[] { t });

    [Theory]
    [MemberData(nameof(Matches))]
    public void PhraseIsFoundAndQuotedAsWritten(string text, string kind, string quote)
    {
        var match = Assert.Single(IntentMatcher.Default.Find(text));
        Assert.Equal(kind, match.Kind.ToString());
        Assert.Equal(quote, match.Quote);
    }

    [Theory]
    [MemberData(nameof(Quiet))]
    public void NothingIsFound(string text) => Assert.Empty(IntentMatcher.Default.Find(text));

    /// <summary>Every phrase, in a sentence of its own, is found: no phrase is dead, none is swallowed by an exception.</summary>
    [Fact]
    public void EveryExpandedPhraseMatchesItself()
    {
        var phrases = IntentMatcher.Default.ExpandedPhrases.ToList();
        Assert.True(phrases.Count > 1000, $"only {phrases.Count} phrases");
        var dead = phrases.Where(p => !IntentMatcher.Default.Find("Please: " + p + ".").Any()).ToList();
        Assert.Empty(dead);
    }
}
