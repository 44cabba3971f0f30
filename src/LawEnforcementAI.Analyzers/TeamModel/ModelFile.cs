using System;
using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.TeamModel;

/// <summary>
/// One <c>LawEnforcementAI.Models.txt</c>, read: its well-formed entries and the lines it could not read. Depends on the
/// text alone, so it is parsed once per content (<see cref="ModelFileCache"/>) and resolved per compilation
/// (<see cref="TeamModels"/>).
/// </summary>
internal sealed class ModelFile
{
    /// <summary>The name of an <c>AdditionalFiles</c> item that is a model file, in any folder.</summary>
    public const string FileName = "LawEnforcementAI.Models.txt";

    public static readonly ModelFile Empty = new(ImmutableArray<ModelEntry>.Empty, ImmutableArray<ModelFileProblem>.Empty);

    public ModelFile(ImmutableArray<ModelEntry> entries, ImmutableArray<ModelFileProblem> problems)
    {
        Entries = entries;
        Problems = problems;
    }

    public ImmutableArray<ModelEntry> Entries { get; }

    public ImmutableArray<ModelFileProblem> Problems { get; }

    /// <summary>By name, case-insensitively, whichever separator the host's paths use.</summary>
    public static bool IsModelFile(string path)
    {
        var start = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1;
        return string.Compare(path, start, FileName, 0, Math.Max(path.Length - start, FileName.Length), StringComparison.OrdinalIgnoreCase) == 0;
    }
}
