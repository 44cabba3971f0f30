namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>Live = device index, stream URL, capture callback or event; Recorded = a video file; Unknown = cannot tell.</summary>
internal enum FrameLiveness
{
    Live,
    Recorded,
    Unknown,
}
