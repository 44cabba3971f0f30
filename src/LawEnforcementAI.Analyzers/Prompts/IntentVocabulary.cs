using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Prompts;

/// <summary>
/// The words LEAI003 and LEAI004 look for in the text sent with an image, in English, Spanish, French and German
/// (docs/rules/LEAI003.md and LEAI004.md list them). Matching folds case, accents and punctuation and is bounded by
/// words, so a phrase is written here as a reader would write it. Phrases name a person on purpose: "identify" alone
/// would catch "identify the vehicle", "how old is" alone "how old is this car".
/// </summary>
internal static class IntentVocabulary
{
    private const IntentKind Identify = IntentKind.Identification;
    private const IntentKind Infer = IntentKind.Inference;

    private const string Emotion = "an emotional state";
    private const string Gender = "gender";
    private const string Race = "race or ethnicity";
    private const string Nationality = "nationality";
    private const string Religion = "religion";
    private const string Orientation = "sexual orientation";
    private const string Politics = "political opinion";
    private const string Age = "a specific age";

    /// <summary>
    /// The subjects the EU AI Act's ban on biometric categorisation names (art. 5(1)(g): race, political opinions,
    /// religious beliefs, sex life or sexual orientation); gender, nationality, age and emotions are not among them.
    /// </summary>
    public static readonly ImmutableHashSet<string> BiometricCategories = ImmutableHashSet.Create(Race, Religion, Orientation, Politics);

    /// <summary>A person in each language: as subject ({p}), as object ({a}) and after "of" ({g}).</summary>
    public static readonly ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<string>>> People =
        ImmutableDictionary.CreateRange(new[]
        {
            Nouns("en",
                subject: ["the person", "this person", "that person", "the man", "this man", "the woman", "this woman", "he", "she", "they", "the suspect", "this suspect", "the driver", "the individual", "this individual", "the people", "these people", "the persons", "the subject", "the guy", "this guy", "the girl", "the boy", "the pedestrian", "this pedestrian", "the passenger", "the victim", "the child", "the couple", "this couple", "the protesters", "the crowd"],
                objects: [],
                of: []),
            Nouns("es",
                subject: ["la persona", "esta persona", "este hombre", "esta mujer", "el hombre", "la mujer", "el sospechoso", "la sospechosa", "este sospechoso", "el conductor", "el individuo", "este individuo", "estas personas", "las personas", "el peatón", "él", "ella"],
                objects: ["a la persona", "a esta persona", "a este hombre", "a esta mujer", "al hombre", "a la mujer", "al sospechoso", "a la sospechosa", "a este sospechoso", "al conductor", "al individuo", "a este individuo", "a estas personas", "a las personas"],
                of: ["de la persona", "de esta persona", "de este hombre", "de esta mujer", "del hombre", "de la mujer", "del sospechoso", "de la sospechosa", "del conductor", "del individuo", "de estas personas", "de las personas"]),
            Nouns("fr",
                subject: ["la personne", "cette personne", "cet homme", "cette femme", "l'homme", "la femme", "le suspect", "la suspecte", "ce suspect", "le conducteur", "l'individu", "cet individu", "ces personnes", "les personnes", "il", "elle"],
                objects: [],
                of: ["de la personne", "de cette personne", "de cet homme", "de cette femme", "de l'homme", "de la femme", "du suspect", "de la suspecte", "du conducteur", "de l'individu", "de cet individu", "de ces personnes", "des personnes"]),
            Nouns("de",
                subject: ["die Person", "diese Person", "der Mann", "dieser Mann", "die Frau", "diese Frau", "der Verdächtige", "die Verdächtige", "dieser Verdächtige", "der Fahrer", "die Fahrerin", "diese Personen", "die Personen", "er", "sie"],
                objects: ["die Person", "diese Person", "den Mann", "diesen Mann", "die Frau", "diese Frau", "den Verdächtigen", "die Verdächtige", "diesen Verdächtigen", "den Fahrer", "die Fahrerin", "diese Personen", "die Personen"],
                of: ["der Person", "dieser Person", "des Mannes", "dieses Mannes", "der Frau", "dieser Frau", "des Verdächtigen", "der Verdächtigen", "des Fahrers", "der Personen"]),
        });

    public static readonly ImmutableArray<IntentPhrases> Phrases = ImmutableArray.Create(
        // LEAI003: who a person is.
        new IntentPhrases(Identify, "identify", "en",
            "who is {p}", "who are {p}", "who is in this photo", "who is in the photo", "who is in this picture", "who is in the picture", "who is in this image", "who is in the image",
            "identify {p}", "identify everyone", "identify each person", "identify all people", "identify any people",
            "recognize {p}", "recognise {p}", "recognize the face of", "recognise the face of", "facial recognition", "face recognition",
            "name {p}", "what is the name of {p}", "what is his name", "what is her name", "what is their name", "what's his name", "what's her name", "who this person is", "who the person is", "who he is", "who she is", "who they are",
            "verify the identity", "verify identity", "verify his identity", "verify her identity", "verify their identity", "confirm the identity", "confirm his identity", "confirm her identity", "identity of {p}",
            "is this the same person", "are these the same person", "the same person as", "match this face", "match the face", "match faces", "match the faces", "match this person", "match {p} against", "match {p} to",
            "compare this face", "compare the face", "compare the faces", "compare faces", "face matching", "face match"),
        new IntentPhrases(Identify, "identify", "es",
            "quién es {p}", "quiénes son {p}", "quién aparece en la foto", "quién aparece en la imagen", "quién sale en la foto",
            "identifica {a}", "identifique {a}", "identificar {a}", "identifiquen {a}",
            "reconoce {a}", "reconocer {a}", "reconozca {a}", "reconocimiento facial", "cómo se llama {p}", "nombre {g}",
            "verifica la identidad", "verificar la identidad", "verifique la identidad", "confirma la identidad", "confirmar la identidad", "identidad {g}",
            "diga quién es", "dime quién es", "dígame quién es", "díganos quién es", "di quién es",
            "es la misma persona", "compara esta cara", "compara el rostro", "comparar el rostro", "compara los rostros", "comparar los rostros", "compara las caras", "comparar las caras"),
        new IntentPhrases(Identify, "identify", "fr",
            "qui est {p}", "qui sont {p}", "qui est ce", "qui c'est", "qui est sur la photo", "qui est sur cette photo", "qui est sur l'image",
            "identifier {p}", "identifiez {p}", "identifie {p}",
            "reconnaître {p}", "reconnaissez {p}", "reconnais {p}", "reconnaissance faciale", "comment s'appelle {p}", "nom {g}",
            "vérifier l'identité", "vérifiez l'identité", "vérifie l'identité", "confirmer l'identité", "confirmez l'identité", "identité {g}",
            "est ce la même personne", "s'agit il de la même personne", "comparer ce visage", "comparez ce visage", "compare ce visage", "comparer le visage", "comparez le visage", "comparer les visages", "comparez les visages"),
        new IntentPhrases(Identify, "identify", "de",
            "wer ist {p}", "wer sind {p}", "wer ist das", "wer das ist", "wer ist auf dem Foto", "wer ist auf dem Bild", "wer ist auf diesem Bild", "wer ist auf diesem Foto",
            "identifiziere {a}", "identifizieren Sie {a}", "{a} identifizieren",
            "Gesichtserkennung", "wiedererkennen", "wie heißt {p}", "Name {g}",
            "Identität überprüfen", "Identität prüfen", "überprüfe die Identität", "überprüfen Sie die Identität", "prüfe die Identität", "Identität bestätigen", "bestätige die Identität", "Identität {g}",
            "ist das dieselbe Person", "dieselbe Person wie", "vergleiche das Gesicht", "vergleichen Sie das Gesicht", "das Gesicht vergleichen", "Gesicht vergleichen", "Gesichter vergleichen", "vergleiche die Gesichter"),

        // LEAI003: searching a gallery of suspects, inmates or mugshots (clause B's "database of suspects or prior inmates").
        new IntentPhrases(Identify, "a gallery", "en",
            "against mugshots", "against the mugshots", "with mugshots", "with the mugshots", "to mugshots", "in the mugshots", "mugshot database", "mugshot gallery", "booking photos database",
            "search the watchlist", "against the watchlist", "against our watchlist", "against the watch list", "on the watchlist", "on our watchlist", "in the watchlist",
            "suspect database", "suspects database", "database of suspects", "criminal database", "offender database", "prior inmates", "former inmates", "inmate database", "database of inmates", "wanted persons", "most wanted list"),
        new IntentPhrases(Identify, "a gallery", "es",
            "base de datos de sospechosos", "fichas policiales", "ficha policial", "fotos de archivo policial", "lista de vigilancia", "lista de buscados", "antiguos reclusos", "ex reclusos", "base de datos de reclusos", "base de datos criminal"),
        new IntentPhrases(Identify, "a gallery", "fr",
            "base de données des suspects", "base de données de suspects", "fichier des suspects", "photos anthropométriques", "photos d'identité judiciaire", "liste de surveillance", "anciens détenus", "fichier des détenus", "personnes recherchées"),
        new IntentPhrases(Identify, "a gallery", "de",
            "Verdächtigendatenbank", "Datenbank der Verdächtigen", "Datenbank mit Verdächtigen", "Verbrecherkartei", "Fahndungsfotos", "Fahndungsliste", "Beobachtungsliste", "ehemalige Häftlinge", "ehemaligen Häftlingen", "Häftlingsdatenbank"),

        // LEAI004: emotional states (clause E). The position of the mouth (smile, frown) is excepted by the clause.
        new IntentPhrases(Infer, Emotion, "en",
            "what emotion is {p}", "what emotions is {p}", "what emotion does {p}", "what emotions does {p}", "which emotion is {p}", "which emotion does {p}", "emotional state", "emotional states", "emotions of {p}", "emotion of {p}", "detect emotions", "detect emotion", "emotion detection", "emotion recognition", "recognize emotions", "recognise emotions",
            "how does {p} feel", "how is {p} feeling", "how are {p} feeling", "what is {p} feeling", "what are {p} feeling", "mood of {p}", "{p} s mood",
            "is {p} angry", "is {p} nervous", "is {p} scared", "is {p} afraid", "is {p} anxious", "is {p} upset", "is {p} sad", "is {p} happy", "is {p} stressed", "is {p} agitated", "is {p} hostile", "is {p} fearful", "is {p} calm",
            "is {p} lying to", "is {p} being deceptive", "is {p} being truthful", "is {p} telling the truth", "are {p} angry", "are {p} nervous", "does {p} look nervous", "does {p} look angry", "does {p} seem nervous", "signs of deception"),
        new IntentPhrases(Infer, Emotion, "es",
            "qué emoción muestra {p}", "qué emoción siente {p}", "qué emoción expresa {p}", "qué emociones muestra {p}", "qué emociones siente {p}", "estado emocional", "estado de ánimo {g}", "emociones {g}", "detecta las emociones", "detectar emociones", "detectar las emociones",
            "cómo se siente", "qué siente {p}", "está enojado", "está enojada", "está enfadado", "está enfadada", "está nervioso", "está nerviosa", "está mintiendo", "está asustado", "está asustada", "está triste", "miente {p}"),
        new IntentPhrases(Infer, Emotion, "fr",
            "quelle émotion exprime {p}", "quelle émotion ressent {p}", "quelle émotion montre {p}", "quelles émotions exprime {p}", "quelles émotions ressent {p}", "état émotionnel", "état d'esprit {g}", "émotions {g}", "détecter les émotions", "détecte les émotions", "humeur {g}",
            "comment se sent", "que ressent {p}", "est il en colère", "est elle en colère", "est il nerveux", "est elle nerveuse", "ment il", "ment elle", "est il en train de mentir", "est elle en train de mentir", "a t il peur", "a t elle peur", "est il triste", "est elle triste"),
        new IntentPhrases(Infer, Emotion, "de",
            "welche Emotion zeigt {p}", "welche Emotionen zeigt {p}", "welches Gefühl zeigt {p}", "welche Gefühle zeigt {p}", "welche Emotion hat {p}", "emotionaler Zustand", "emotionalen Zustand", "Gefühlszustand", "Gemütszustand", "Emotionen {g}", "Gefühle {g}", "Stimmung {g}", "Emotionen erkennen", "erkenne die Emotionen",
            "wie fühlt sich {p}", "was fühlt {p}", "ist {p} wütend", "ist {p} nervös", "ist {p} verärgert", "ist {p} ängstlich", "ist {p} traurig", "lügt {p}"),

        // LEAI004: sensitive attributes (clause C, and the EU AI Act's biometric categorisation).
        new IntentPhrases(Infer, Gender, "en",
            "what gender is {p}", "which gender is {p}", "gender of {p}", "determine the gender", "identify the gender", "estimate the gender", "is {p} male or female", "is {p} a man or a woman", "is this a man or a woman", "what sex is", "sex of {p}", "biological sex"),
        new IntentPhrases(Infer, Gender, "es",
            "de qué género es {p}", "qué género tiene {p}", "género {g}", "sexo {g}", "es hombre o mujer", "es un hombre o una mujer", "determina el género", "determinar el género", "determina el sexo"),
        new IntentPhrases(Infer, Gender, "fr",
            "de quel sexe est {p}", "quel est le sexe {g}", "genre {g}", "sexe {g}", "homme ou femme", "un homme ou une femme", "déterminer le sexe", "détermine le sexe", "déterminer le genre"),
        new IntentPhrases(Infer, Gender, "de",
            "welches Geschlecht hat {p}", "Geschlecht {g}", "Mann oder Frau", "ein Mann oder eine Frau", "Geschlecht bestimmen", "bestimme das Geschlecht"),

        new IntentPhrases(Infer, Race, "en",
            "race of {p}", "what race is {p}", "which race is {p}", "racial background of {p}", "racial origin of {p}", "what ethnicity is {p}", "which ethnicity is {p}", "ethnicity of {p}", "ethnic origin of {p}", "ethnic background of {p}", "ethnic group of {p}", "{p} s ethnicity", "{p} s race"),
        new IntentPhrases(Infer, Race, "es",
            "raza {g}", "de qué raza es {p}", "de qué etnia es {p}", "etnia {g}", "origen étnico {g}", "origen racial {g}"),
        new IntentPhrases(Infer, Race, "fr",
            "race {g}", "origine ethnique {g}", "origine raciale {g}", "ethnie {g}", "appartenance ethnique {g}"),
        new IntentPhrases(Infer, Race, "de",
            "Rasse {g}", "ethnische Herkunft {g}", "ethnische Zugehörigkeit {g}", "welcher Ethnie gehört {p}", "Ethnie {g}"),

        new IntentPhrases(Infer, Nationality, "en",
            "what nationality is {p}", "which nationality is {p}", "nationality of {p}", "{p} s nationality", "what country is {p} from", "which country is {p} from"),
        new IntentPhrases(Infer, Nationality, "es",
            "qué nacionalidad tiene {p}", "de qué nacionalidad es {p}", "nacionalidad {g}", "de qué país es {p}"),
        new IntentPhrases(Infer, Nationality, "fr",
            "quelle nationalité a {p}", "de quelle nationalité est {p}", "nationalité {g}", "de quel pays vient {p}"),
        new IntentPhrases(Infer, Nationality, "de",
            "welche Nationalität hat {p}", "welche Staatsangehörigkeit hat {p}", "Nationalität {g}", "Staatsangehörigkeit {g}", "aus welchem Land kommt {p}"),

        new IntentPhrases(Infer, Religion, "en",
            "what religion is {p}", "what religion does {p}", "which religion is {p}", "which religion does {p}", "religion of {p}", "religious affiliation of {p}", "religious beliefs of {p}", "{p} s religion", "is {p} muslim", "is {p} jewish", "is {p} christian", "is {p} hindu"),
        new IntentPhrases(Infer, Religion, "es",
            "qué religión tiene {p}", "qué religión profesa {p}", "religión {g}", "creencias religiosas {g}"),
        new IntentPhrases(Infer, Religion, "fr",
            "quelle religion pratique {p}", "religion {g}", "croyances religieuses {g}", "appartenance religieuse {g}"),
        new IntentPhrases(Infer, Religion, "de",
            "welche Religion hat {p}", "Religion {g}", "Religionszugehörigkeit {g}", "religiöse Überzeugung {g}"),

        new IntentPhrases(Infer, Orientation, "en",
            "sexual orientation", "is {p} gay", "is {p} lesbian", "is {p} homosexual", "is {p} straight"),
        new IntentPhrases(Infer, Orientation, "es", "orientación sexual"),
        new IntentPhrases(Infer, Orientation, "fr", "orientation sexuelle"),
        new IntentPhrases(Infer, Orientation, "de", "sexuelle Orientierung", "sexuelle Ausrichtung"),

        new IntentPhrases(Infer, Politics, "en",
            "political opinion of {p}", "political opinions of {p}", "political views of {p}", "political affiliation of {p}", "political leaning of {p}", "political beliefs of {p}", "{p} s political", "which party does {p} support", "which party does {p} vote for"),
        new IntentPhrases(Infer, Politics, "es", "opinión política {g}", "opiniones políticas {g}", "ideología política {g}", "afiliación política {g}"),
        new IntentPhrases(Infer, Politics, "fr", "opinion politique {g}", "opinions politiques {g}", "orientation politique {g}", "affiliation politique {g}"),
        new IntentPhrases(Infer, Politics, "de", "politische Meinung {g}", "politische Einstellung {g}", "politische Gesinnung {g}", "politische Überzeugung {g}"),

        // A specific age; an age range is excepted by the clause (see Exceptions).
        new IntentPhrases(Infer, Age, "en",
            "how old is {p}", "how old are {p}", "how old does {p} look", "age of {p}", "estimate the age of {p}", "estimate their age", "estimate his age", "estimate her age", "guess the age of {p}", "determine the age of {p}", "exact age of {p}", "{p} s exact age", "his exact age", "her exact age", "their exact age",
            "how old exactly is {p}", "how old exactly are {p}", "exactly how old is {p}", "exactly how old are {p}", "what age is {p}", "what is the age of {p}", "what is his age", "what is her age", "what is their age"),
        new IntentPhrases(Infer, Age, "es",
            "qué edad tiene {p}", "cuántos años tiene {p}", "edad {g}", "estima la edad {g}", "estimar la edad {g}", "calcula la edad {g}", "calcular la edad {g}", "edad exacta {g}"),
        new IntentPhrases(Infer, Age, "fr",
            "quel âge a {p}", "quel âge a t il", "quel âge a t elle", "quel âge ont ils", "âge {g}", "estimer l'âge {g}", "estimez l'âge {g}", "estime l'âge {g}", "âge exact {g}"),
        new IntentPhrases(Infer, Age, "de",
            "wie alt ist {p}", "wie alt sind {p}", "Alter {g}", "schätze das Alter {g}", "schätzen Sie das Alter {g}", "genaues Alter {g}", "bestimme das Alter {g}"));

    /// <summary>
    /// Phrases the clauses except, or that only look like a phrase above: a match that overlaps one of these is dropped
    /// ("estimate the age range" is an age range, which clause C allows).
    /// </summary>
    public static readonly ImmutableArray<string> Exceptions = ImmutableArray.Create(
        // Who someone is with or talking to, and a person's belongings, are not who they are.
        "who is {p} with", "who is {p} talking to", "who {p} is with", "who {p} is talking to", "who {p} was with",
        "who they are with", "who they are talking to", "identify {p} s", "name {p} s", "recognize {p} s", "recognise {p} s",
        "age range", "age group", "age bracket", "approximate age range",
        "rango de edad", "franja de edad", "grupo de edad",
        "tranche d'âge", "classe d'âge", "groupe d'âge",
        "Altersgruppe", "Altersspanne", "Altersbereich");

    /// <summary>
    /// Words that turn a phrase into an instruction not to do it ("do not identify the person", "ne pas identifier",
    /// "identifiziere die Person nicht"): within the same sentence, up to four words before a phrase, or, for the words in
    /// <see cref="NegationsAfter"/>, up to two words after it. "t" is what is left of "don't" once punctuation is folded.
    /// </summary>
    public static readonly ImmutableArray<string> NegationsBefore = ImmutableArray.Create(
        "not", "never", "no", "without", "avoid", "t", "cannot", "nor", "refuse", "decline", "neither",
        "nunca", "sin", "jamás", "evita", "evite", "ni",
        "ne", "n", "pas", "jamais", "sans", "évitez", "évite", "refusez",
        "nicht", "nie", "niemals", "kein", "keine", "keinen", "ohne", "vermeide", "vermeiden");

    /// <summary>Negations that follow the verb in French and German.</summary>
    public static readonly ImmutableArray<string> NegationsAfter = ImmutableArray.Create("pas", "jamais", "nicht", "nie", "niemals");

    private static System.Collections.Generic.KeyValuePair<string, ImmutableDictionary<string, ImmutableArray<string>>> Nouns(
        string language, string[] subject, string[] objects, string[] of) =>
        new(language, ImmutableDictionary.CreateRange(new[]
        {
            new System.Collections.Generic.KeyValuePair<string, ImmutableArray<string>>("{p}", subject.ToImmutableArray()),
            new System.Collections.Generic.KeyValuePair<string, ImmutableArray<string>>("{a}", (objects.Length > 0 ? objects : subject).ToImmutableArray()),
            new System.Collections.Generic.KeyValuePair<string, ImmutableArray<string>>("{g}", (of.Length > 0 ? of : System.Array.ConvertAll(subject, s => "of " + s)).ToImmutableArray()),
        }));
}
