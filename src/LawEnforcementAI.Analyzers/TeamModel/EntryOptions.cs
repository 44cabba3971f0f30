using LawEnforcementAI.Analyzers.Catalog;

namespace LawEnforcementAI.Analyzers.TeamModel;

/// <summary>The words between an entry's kind and its ID, checked against what that kind accepts.</summary>
internal sealed class EntryOptions
{
    public FrameLiveness? Liveness { get; private set; }

    public bool Mobile { get; private set; }

    public ModelArgument? Argument { get; private set; }

    /// <summary>Takes one word; returns what is wrong with it, or null.</summary>
    public string? Read(ModelEntryKind kind, string word)
    {
        var lower = word.ToLowerInvariant();
        switch (kind)
        {
            case ModelEntryKind.Source when lower is "live" or "recorded":
                if (Liveness is not null)
                {
                    return "a source is either live or recorded, not both";
                }

                Liveness = lower == "live" ? FrameLiveness.Live : FrameLiveness.Recorded;
                return null;
            case ModelEntryKind.Source when lower == "mobile":
                Mobile = true;
                return null;
            case ModelEntryKind.Sink when lower.StartsWith("image=", System.StringComparison.Ordinal):
            case ModelEntryKind.Through when lower.StartsWith("arg=", System.StringComparison.Ordinal):
                var value = word.Substring(word.IndexOf('=') + 1);
                if (Argument is not null || value.Length == 0)
                {
                    return Argument is not null ? "the argument is given twice" : "'" + word + "' names no argument";
                }

                Argument = ModelArgument.Parse(value);
                return null;
            default:
                return "unknown option '" + word + "' for " + kind.ToString().ToLowerInvariant() + " (expected " + Expected(kind) + ")";
        }
    }

    /// <summary>What the kind requires and was not given, or null.</summary>
    public string? Missing(ModelEntryKind kind) => kind switch
    {
        ModelEntryKind.Source when Liveness is null => "a source must say live or recorded",
        ModelEntryKind.Sink when Argument is null => "a sink must name the argument that carries the image (image=<parameter name or position>)",
        ModelEntryKind.Through when Argument is null => "a flow-through entry must name the argument that flows to the result (arg=<parameter name, position or this>)",
        _ => null,
    };

    private static string Expected(ModelEntryKind kind) => kind switch
    {
        ModelEntryKind.Source => "live or recorded, and optionally mobile",
        ModelEntryKind.Sink => "image=<parameter name or position>",
        ModelEntryKind.Through => "arg=<parameter name, position or this>",
        _ => "no options",
    };
}
