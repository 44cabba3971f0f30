namespace LawEnforcementAI.Analyzers.TeamModel;

/// <summary>The first word of a model-file entry.</summary>
internal enum ModelEntryKind
{
    /// <summary>A camera wrapper: what it returns is a frame.</summary>
    Source,

    /// <summary>A call that sends a model request; one argument carries the image.</summary>
    Sink,

    /// <summary>A member one argument (or its receiver) flows through into what it returns.</summary>
    Through,

    /// <summary>An approved redaction step: what it returns is no longer a frame.</summary>
    Sanitizer,
}
