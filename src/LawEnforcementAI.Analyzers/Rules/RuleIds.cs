namespace LawEnforcementAI.Analyzers.Rules;

/// <summary>Rule identifiers; users suppress and configure by them, so they never change (README.md, "Rules").</summary>
internal static class RuleIds
{
    public const string PolicyAnalysisActive = "LEAI000";
    public const string PoliceCameraToVision = "LEAI001";
    public const string MobileLiveCameraToVision = "LEAI002";
    public const string PromptIdentifiesPerson = "LEAI003";
    public const string PromptInfersSensitiveAttribute = "LEAI004";
    public const string FaceRecognitionForUSPolice = "LEAI005";
    public const string UnjustifiedSuppression = "LEAI006";
    public const string UnknownOriginImageToVision = "LEAI007";
    public const string LiveCameraToOtherProvider = "LEAI010";
    public const string RekognitionFaceComparisonByPolice = "LEAI011";
    public const string AiDraftedPoliceReport = "LEAI020";
    public const string RealTimeBiometricIdentification = "LEAI021";
    public const string CameraFootageFaceDatabase = "LEAI022";
    public const string InvalidPolicyConfiguration = "LEAI090";

    public const string Category = "AIPolicy";

    /// <summary>Every rule of this package, present or future, starts with it; LEAI006 covers them all by it.</summary>
    public const string Prefix = "LEAI";

    private const string DocsBase = "https://github.com/lawenforcementai/LawEnforcementAI.Analyzers/blob/main/docs/rules/";

    public static string HelpLink(string id) => DocsBase + id + ".md";
}
