namespace LawEnforcementAI.Analyzers.Policy;

/// <summary>The attribution keys users write (README.md, "Attribute your code") and the attribute the package ships.</summary>
internal static class PolicyKeys
{
    public const string MSBuildContext = "build_property.AIPolicyContext";
    public const string MSBuildJurisdiction = "build_property.AIPolicyJurisdiction";
    public const string ConfigContext = "ai_policy_context";
    public const string ConfigJurisdiction = "ai_policy_jurisdiction";
    public const string AttributeMetadataName = "LawEnforcementAI.AIPolicyContextAttribute";
    public const string AttributeJurisdictionProperty = "Jurisdiction";
}
