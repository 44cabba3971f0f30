namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>Whether a compilation can have flow findings at all: the check both flow analyzers make at its start.</summary>
internal static class FlowScope
{
    public static bool Applies(CompilationContext shared) =>
        shared.Policy.IsAttributed && shared.Index.HasSources && shared.Index.HasSinks;
}
