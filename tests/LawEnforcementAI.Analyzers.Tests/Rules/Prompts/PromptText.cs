namespace LawEnforcementAI.Analyzers.Tests.Rules.Prompts;

/// <summary>
/// Where the prompt's text comes from: a literal, a constant, a local, a static readonly field, a property, an
/// interpolated string, a concatenation, <c>string.Format</c> or a helper method. Each gives the class members it needs,
/// the statements before the request, and the expression <c>P</c>.
/// </summary>
public sealed class PromptText(string name, string members, string setup, string expression)
{
    public string Name { get; } = name;

    public string Members { get; } = members;

    public string Setup { get; } = setup;

    public string Expression { get; } = expression;

    public override string ToString() => Name;

    private static string Lit(string text) => "\"" + text + "\"";

    public static PromptText[] All(string text)
    {
        var half = text.IndexOf(' ', text.Length / 2);
        var concatenated = half < 0 ? Lit(text) : Lit(text.Substring(0, half + 1)) + " + " + Lit(text.Substring(half + 1));
        return
        [
            new("literal", "", "", Lit(text)),
            new("const", "private const string Prompt = " + Lit(text) + ";", "", "Prompt"),
            new("local", "", "var prompt = " + Lit(text) + ";", "prompt"),
            new("static readonly field", "private static readonly string Prompt = " + Lit(text) + ";", "", "Prompt"),
            new("interpolated with a constant", "private const string Lead = \"Look at the image.\";", "", "$\"{Lead} " + text + "\""),
            new("helper method", "private static string BuildPrompt() => " + Lit(text) + ";", "", "BuildPrompt()"),
            new("concatenation", "", "", concatenated),
            new("string.Format", "", "", "string.Format(\"Frame {0}: " + text + "\", 7)"),
            new("property", "private static string Prompt { get; } = " + Lit(text) + ";", "", "Prompt"),
        ];
    }
}
