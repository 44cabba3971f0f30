namespace LawEnforcementAI.Analyzers.Policy;

/// <summary>Where a policy setting was written, from least to most specific (the order is the precedence).</summary>
internal enum AttributionSource
{
    NotSet = 0,
    MSBuildProperty = 1,
    AssemblyAttribute = 2,
    ConfigFile = 3,
}
