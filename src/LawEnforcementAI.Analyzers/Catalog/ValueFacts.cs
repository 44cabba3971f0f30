using System;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>What is known about a capture device held by a value.</summary>
[Flags]
internal enum DeviceFacts
{
    None = 0,
    Live = 1,
    Recorded = 2,
    Unknown = 4,
}

/// <summary>What is known about the service a client, options object or endpoint value points at.</summary>
[Flags]
internal enum ProviderFacts
{
    None = 0,
    Azure = 1,

    /// <summary>Another service that is no model provider's: a local model, an agency's own host (no pack applies).</summary>
    OtherService = 2,

    Unknown = 4,

    /// <summary>An options object created in sight; without an endpoint it means OpenAI's default service.</summary>
    OptionsObject = 8,

    /// <summary>
    /// The value is, or is part of, a request to a model: a body in a model API's shape or a model API's route
    /// (<see cref="HttpTable.ModelRequestNames"/>). It says what kind of service a raw HTTP call reaches, not whose.
    /// </summary>
    ModelRequest = 16,

    /// <summary>OpenAI's own service (api.openai.com), not Azure OpenAI.</summary>
    OpenAI = 32,

    Anthropic = 64,

    /// <summary>Google's Gemini API or Vertex AI.</summary>
    Google = 128,

    /// <summary>Amazon Bedrock.</summary>
    Aws = 256,

    /// <summary>The model providers whose usage policies are packs (the rules' policy packs, docs/policy.md).</summary>
    NamedProviders = OpenAI | Anthropic | Google | Aws,

    /// <summary>Any service that is provably not Microsoft's: a named provider or another service.</summary>
    NonAzure = OtherService | NamedProviders,

    Endpoints = Azure | NonAzure | Unknown,
}
