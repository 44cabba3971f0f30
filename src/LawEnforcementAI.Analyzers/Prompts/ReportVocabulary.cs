using System.Collections.Immutable;
using System.Linq;

namespace LawEnforcementAI.Analyzers.Prompts;

/// <summary>
/// The words LEAI020 looks for in a request that carries a body-cam or dash-cam recording: asking the model to draft a
/// police report, an incident or arrest report, or its narrative, in English, Spanish, French and German
/// (docs/rules/LEAI020.md lists them). A report named without a verb of writing is not enough: "summarise the incident
/// report" reads one, it does not draft one. Negations are honoured as for the other phrases ("do not draft a report").
/// </summary>
internal static class ReportVocabulary
{
    private const IntentKind Draft = IntentKind.ReportDrafting;
    private const string Report = "a police report";

    public static readonly ImmutableArray<IntentPhrases> Phrases = ImmutableArray.Create(
        new IntentPhrases(Draft, Report, "en", Combine(
            ["draft", "write", "write up", "generate", "create", "prepare", "compose", "produce"],
            ["a police report", "the police report", "an incident report", "the incident report", "an arrest report", "the arrest report",
             "an offense report", "the offense report", "a crime report", "the crime report", "a report", "the report", "a narrative", "the narrative",
             "the report narrative", "a report narrative", "the incident narrative", "an incident narrative", "the police narrative"])),
        new IntentPhrases(Draft, Report, "es", Combine(
            ["redacta", "redacte", "redactar", "escribe", "escriba", "escribir", "elabora", "elabore", "elaborar", "genera", "genere", "generar"],
            ["un informe policial", "el informe policial", "un informe del incidente", "el informe del incidente", "un informe de incidente",
             "un atestado", "el atestado", "el relato de los hechos", "un informe", "el informe"])),
        new IntentPhrases(Draft, Report, "fr", Combine(
            ["rédige", "rédigez", "rédiger", "écris", "écrivez", "écrire", "établis", "établissez", "établir", "génère", "générez", "générer"],
            ["un rapport de police", "le rapport de police", "un rapport d'incident", "le rapport d'incident", "un rapport d'intervention",
             "le rapport d'intervention", "un procès verbal", "le procès verbal", "le récit des faits", "un rapport", "le rapport"])),
        new IntentPhrases(Draft, Report, "de",
            Combine(["schreibe", "schreiben Sie", "erstelle", "erstellen Sie", "entwirf", "entwerfen Sie", "verfasse", "verfassen Sie"],
                ["einen Polizeibericht", "den Polizeibericht", "einen Einsatzbericht", "den Einsatzbericht", "einen Vorfallbericht", "den Vorfallbericht",
                 "eine Sachverhaltsdarstellung", "die Sachverhaltsdarstellung", "einen Bericht", "den Bericht"])
            .Concat(Combine(["Polizeibericht", "Einsatzbericht", "Vorfallbericht", "Sachverhaltsdarstellung", "Bericht"], ["schreiben", "erstellen", "entwerfen", "verfassen"]))
            .ToArray()));

    private static string[] Combine(string[] verbs, string[] objects) => verbs.SelectMany(v => objects.Select(o => v + " " + o)).ToArray();
}
