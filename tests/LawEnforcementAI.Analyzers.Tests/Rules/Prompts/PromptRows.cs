namespace LawEnforcementAI.Analyzers.Tests.Rules.Prompts;

/// <summary>
/// The prompts of the table-driven tests, in English, Spanish, French and German: what each asks, and what the rules
/// say of it sent with an image. A flagged row names the rule, the words the message quotes and, for LEAI004, what is
/// asked for; a clean row names nothing.
/// </summary>
public static class PromptRows
{
    public sealed record Flagged(string Prompt, string Id, string Quote, string? Subject = null);

    public static readonly Flagged[] Positives =
    [
        // LEAI003, English
        new("Who is this person?", "LEAI003", "Who is this person"),
        new("Identify the person in this photo.", "LEAI003", "Identify the person"),
        new("Please identify the suspect.", "LEAI003", "identify the suspect"),
        new("Match this face against the suspect database.", "LEAI003", "Match this face"),
        new("Compare with mugshots from our booking system.", "LEAI003", "with mugshots"),
        new("Search the watchlist for anyone in this frame.", "LEAI003", "Search the watchlist"),
        new("Is this the same person as in the booking photo?", "LEAI003", "Is this the same person"),
        new("What is the name of the man on the left?", "LEAI003", "What is the name of the man"),
        new("Verify the identity of the driver.", "LEAI003", "Verify the identity"),
        new("Check whether anyone here is among prior inmates.", "LEAI003", "prior inmates"),
        new("Run facial recognition on this image.", "LEAI003", "facial recognition"),
        new("Recognise this person for the report.", "LEAI003", "Recognise this person"),

        // LEAI003, Spanish
        new("¿Quién es esta persona?", "LEAI003", "Quién es esta persona"),
        new("Identifica a la persona de la foto.", "LEAI003", "Identifica a la persona"),
        new("Compara el rostro con la base de datos de sospechosos.", "LEAI003", "Compara el rostro"),
        new("Busca en la lista de vigilancia.", "LEAI003", "lista de vigilancia"),
        new("¿Cómo se llama este hombre?", "LEAI003", "Cómo se llama este hombre"),
        new("Verifica la identidad del conductor.", "LEAI003", "Verifica la identidad"),
        new("Mire la foto y diga quién es.", "LEAI003", "diga quién es"),

        // LEAI003, French
        new("Qui est cette personne ?", "LEAI003", "Qui est cette personne"),
        new("Identifiez la personne sur l'image.", "LEAI003", "Identifiez la personne"),
        new("Comparez ce visage avec le fichier des suspects.", "LEAI003", "Comparez ce visage"),
        new("Vérifier l'identité de l'homme.", "LEAI003", "Vérifier l'identité"),
        new("Qui est sur la photo ?", "LEAI003", "Qui est sur la photo"),
        new("Regarde l'image : qui est-ce ?", "LEAI003", "qui est-ce"),

        // LEAI003, German
        new("Wer ist diese Person?", "LEAI003", "Wer ist diese Person"),
        new("Identifiziere die Person im Bild.", "LEAI003", "Identifiziere die Person"),
        new("Vergleiche das Gesicht mit der Verdächtigendatenbank.", "LEAI003", "Vergleiche das Gesicht"),
        new("Ist das dieselbe Person wie auf dem Fahndungsfoto?", "LEAI003", "Ist das dieselbe Person"),
        new("Wie heißt dieser Mann?", "LEAI003", "Wie heißt dieser Mann"),
        new("Wer ist das auf dem Bild?", "LEAI003", "Wer ist das"),

        // LEAI004, English
        new("What emotion is the driver showing?", "LEAI004", "What emotion is the driver", "an emotional state"),
        new("Is the suspect nervous or lying?", "LEAI004", "Is the suspect nervous", "an emotional state"),
        new("Describe the emotional state of the people in the frame.", "LEAI004", "emotional state", "an emotional state"),
        new("What gender is the pedestrian?", "LEAI004", "What gender is the pedestrian", "gender"),
        new("Estimate the age of the person at the counter.", "LEAI004", "Estimate the age of the person", "a specific age"),
        new("How old is the woman in the picture?", "LEAI004", "How old is the woman", "a specific age"),
        new("How old exactly is the man at the door?", "LEAI004", "How old exactly is the man", "a specific age"),
        new("Give his exact age, not a range.", "LEAI004", "his exact age", "a specific age"),
        new("What is the ethnicity of the man?", "LEAI004", "ethnicity of the man", "race or ethnicity"),
        new("Which religion does this person follow?", "LEAI004", "Which religion does this person", "religion"),
        new("Guess the sexual orientation of this couple.", "LEAI004", "sexual orientation", "sexual orientation"),
        new("What nationality is the driver?", "LEAI004", "What nationality is the driver", "nationality"),
        new("What are the political views of the protesters?", "LEAI004", "political views of the protesters", "political opinion"),

        // LEAI004, Spanish
        new("¿Qué emoción muestra el conductor?", "LEAI004", "Qué emoción muestra el conductor", "an emotional state"),
        new("¿Está nervioso el sospechoso?", "LEAI004", "Está nervioso", "an emotional state"),
        new("¿Qué edad tiene la persona?", "LEAI004", "Qué edad tiene la persona", "a specific age"),
        new("¿Cuál es el origen étnico del hombre?", "LEAI004", "origen étnico del hombre", "race or ethnicity"),
        new("Determina el género de la persona.", "LEAI004", "Determina el género", "gender"),

        // LEAI004, French
        new("Quelle émotion exprime cette personne ?", "LEAI004", "Quelle émotion exprime cette personne", "an emotional state"),
        new("Quel âge a cet homme ?", "LEAI004", "Quel âge a cet homme", "a specific age"),
        new("Quelle est l'origine ethnique de la femme ?", "LEAI004", "origine ethnique de la femme", "race or ethnicity"),
        new("Est-il nerveux ?", "LEAI004", "Est-il nerveux", "an emotional state"),
        new("Quelle est la religion de cette personne ?", "LEAI004", "religion de cette personne", "religion"),

        // LEAI004, German
        new("Welche Emotion zeigt die Person?", "LEAI004", "Welche Emotion zeigt die Person", "an emotional state"),
        new("Wie alt ist der Mann?", "LEAI004", "Wie alt ist der Mann", "a specific age"),
        new("Ist der Fahrer nervös?", "LEAI004", "Ist der Fahrer nervös", "an emotional state"),
        new("Welches Geschlecht hat die Person?", "LEAI004", "Welches Geschlecht hat die Person", "gender"),
        new("Welche Staatsangehörigkeit hat der Fahrer?", "LEAI004", "Welche Staatsangehörigkeit hat der Fahrer", "nationality"),
    ];

    /// <summary>Sent with an image, and still nothing to report.</summary>
    public static readonly string[] Negatives =
    [
        // English: scenes, vehicles, plates, objects, counting, clothing, actions, the clause's exceptions, refusals.
        "Describe the scene.",
        "Identify the vehicle make and model.",
        "Read the licence plate.",
        "Identify all objects on the table.",
        "How many people are in the frame?",
        "Describe what the person is wearing.",
        "What is the person doing?",
        "Describe the location and the weather.",
        "Is the person an adult or a child?",
        "Estimate the age range of the people in the picture.",
        "Estimate his exact age range.",
        "How old exactly is this building?",
        "What colour is the car?",
        "Is the person smiling?",
        "What is the hair colour of the pedestrian?",
        "Do not identify the person; describe the scene only.",
        "Never guess who the person is.",
        "Blur every face before describing the image.",
        "How old is this car?",
        "Identify the make of the truck.",
        "Which road sign is visible?",
        "Count the people waiting at the bus stop.",
        "What is the name of this street?",
        "Is anyone holding a weapon?",
        "Which breed is this dog?",
        "Identify the damage to the vehicle.",
        "Is the connector male or female?",
        "Is the person lying on the ground?",
        "Who is the officer talking to?",
        "Identify the driver's vehicle.",
        "What emotion does this painting evoke?",
        "What religion does this symbol belong to?",
        "What nationality is the ship's flag?",
        "What ethnicity is this dish from?",
        "Which political party is named on the banner?",

        // Spanish
        "Describe la escena.",
        "Identifica el vehículo y su matrícula.",
        "¿Cuántas personas hay en la imagen?",
        "Describe la ropa de la persona.",
        "¿Qué raza es este perro?",
        "No identifique a la persona.",
        "¿Cuál es el rango de edad de la persona?",
        "Diga qué es el objeto de la foto.",

        // French
        "Décris la scène.",
        "Identifiez le véhicule.",
        "Lisez la plaque d'immatriculation.",
        "Combien de personnes sont visibles ?",
        "Que porte la personne ?",
        "Ne pas identifier la personne.",
        "Quelle est la tranche d'âge de la personne ?",
        "Qu'est-ce que c'est ?",

        // German
        "Beschreibe die Szene.",
        "Identifiziere das Fahrzeug.",
        "Lies das Kennzeichen.",
        "Wie viele Personen sind zu sehen?",
        "Was trägt die Person?",
        "Identifiziere die Person nicht, beschreibe nur die Umgebung.",
        "Welche Altersgruppe hat die Person?",
        "Was ist das auf dem Bild?",
        "Kannst du die Personen im Bild erkennen?",
    ];

    /// <summary>Intent words in a request that carries no image: nothing to report.</summary>
    public static readonly string[] TextOnly =
    [
        "Who is this person?",
        "Identify the suspect from the description below.",
        "¿Quién es esta persona?",
        "Qui est cette personne ?",
        "Wer ist diese Person?",
        "What emotion does this paragraph express?",
        "How old is the woman described in the report?",
        "Search the watchlist for the name John Doe.",
        "Welches Geschlecht hat das Wort Person?",
        "Compare with mugshots in the attached text.",
    ];
}
