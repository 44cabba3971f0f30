namespace LawEnforcementAI.Analyzers.Prompts;

/// <summary>What a prompt asks of the people in an image, as the rules tell them apart.</summary>
internal enum IntentKind
{
    /// <summary>Who a person is: identify, recognise, name, verify, match, search a gallery (LEAI003).</summary>
    Identification,

    /// <summary>An emotional state or a sensitive attribute (LEAI004).</summary>
    Inference,

    /// <summary>
    /// Drafting a police report, incident report or narrative from what the request carries (LEAI020). It asks nothing of
    /// the people in an image, so the prompt rules ignore it; the flow rules read it at the requests that carry recordings.
    /// </summary>
    ReportDrafting,
}
