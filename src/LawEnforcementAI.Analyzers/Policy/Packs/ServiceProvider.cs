namespace LawEnforcementAI.Analyzers.Policy.Packs;

/// <summary>Whose service a model request reaches, as far as the analysis can tell: it chooses the provider's pack.</summary>
internal enum ServiceProvider
{
    /// <summary>Azure OpenAI or another Microsoft Foundry endpoint (Microsoft's code of conduct: LEAI001–LEAI007).</summary>
    Microsoft,

    OpenAI,

    Anthropic,

    Google,

    /// <summary>Amazon Bedrock and Amazon Rekognition.</summary>
    Aws,
}
