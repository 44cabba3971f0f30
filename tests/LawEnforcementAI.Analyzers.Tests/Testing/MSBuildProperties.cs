namespace LawEnforcementAI.Analyzers.Tests.Testing;

/// <summary>
/// What a user's <c>&lt;AIPolicyContext&gt;</c> and <c>&lt;AIPolicyJurisdiction&gt;</c> become on the way to the analyzer:
/// the package's buildTransitive props declare them as <c>CompilerVisibleProperty</c> items, and the SDK writes each as
/// a <c>build_property.*</c> line into the global config it generates next to the project.
/// </summary>
public static class MSBuildProperties
{
    public const string GeneratedConfigPath = "/obj/TestProject.GeneratedMSBuildEditorConfig.globalconfig";

    /// <summary>The generated global config for these values, or null when the project sets neither property.</summary>
    public static (string Path, string Text)? GlobalConfig(string? context, string? jurisdiction)
    {
        if (context is null && jurisdiction is null)
        {
            return null;
        }

        var text = "is_global = true\n"
            + (context is null ? "" : $"build_property.AIPolicyContext = {context}\n")
            + (jurisdiction is null ? "" : $"build_property.AIPolicyJurisdiction = {jurisdiction}\n");
        return (GeneratedConfigPath, text);
    }
}
