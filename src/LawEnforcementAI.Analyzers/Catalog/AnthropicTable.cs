using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// Anthropic's official .NET SDK (package Anthropic, 13.x): <c>client.Messages.Create(parameters)</c> sends a Messages
/// API request, whose image blocks carry base64 data (<c>Base64ImageSource.Data</c>), built with object initializers and
/// implicit conversions the engine follows as it follows any object. <c>AnthropicClient</c> talks to Anthropic's own
/// service; the Messages service it hands out (a property) keeps the client's service, as a member of an object does.
/// Anthropic's clients for Claude on other platforms derive from it, but their requests reach the platform's service, whose
/// terms govern them: Microsoft Foundry (Anthropic.Foundry), Amazon Bedrock (Anthropic.Bedrock) and Google Cloud's Vertex
/// AI (Anthropic.Vertex). Each is decided by its own constructor's row; the derived Messages and WithOptions are the base's.
/// </summary>
internal static class AnthropicTable
{
    private const string Messages = "Anthropic.Services.IMessageService";

    public static readonly ImmutableArray<VisionSink> Sinks = ImmutableArray.Create(
        new VisionSink(Messages, "Create", "parameters"),
        new VisionSink(Messages, "CreateStreaming", "parameters"));

    public static readonly ImmutableArray<ClientFactory> ClientFactories = ImmutableArray.Create(
        new ClientFactory("Anthropic.AnthropicClient", ApiMember.Constructor, ProviderFacts.Anthropic),

        // Claude on Microsoft Foundry is a Foundry model: Microsoft's Enterprise AI Services Code of Conduct governs it.
        new ClientFactory("Anthropic.Foundry.AnthropicFoundryClient", ApiMember.Constructor, ProviderFacts.Azure),
        new ClientFactory("Anthropic.Bedrock.AnthropicBedrockClient", ApiMember.Constructor, ProviderFacts.Aws),
        new ClientFactory("Anthropic.Bedrock.AnthropicBedrockMantleClient", ApiMember.Constructor, ProviderFacts.Aws),
        new ClientFactory("Anthropic.Vertex.AnthropicVertexClient", ApiMember.Constructor, ProviderFacts.Google));

    /// <summary>
    /// The <c>BaseUrl</c> set on the client (init-only): Microsoft Foundry serves Claude at
    /// <c>https://{resource}.services.ai.azure.com/anthropic</c>, and Anthropic's own client can be pointed there. Its other
    /// settings (an API key read from the environment) say nothing about the service.
    /// </summary>
    public static readonly ImmutableArray<EndpointProperty> EndpointProperties = ImmutableArray.Create(
        new EndpointProperty("Anthropic.AnthropicClient", "BaseUrl"));

    /// <summary>
    /// The constructors that take the image or the blocks instead of an initializer, and <c>WithOptions</c>, whose new
    /// client (retries, timeouts, headers) reaches the service of the one it was made from; the platform clients override
    /// it, and a call on them is matched through the override.
    /// </summary>
    public static readonly ImmutableArray<FlowThrough> FlowThrough = ImmutableArray.Create(
        new FlowThrough("Anthropic.Models.Messages.ImageBlockParam", ApiMember.Constructor, Slot.Parameter("source"), Slot.Result),
        new FlowThrough("Anthropic.Models.Messages.UserMessageParam", ApiMember.Constructor, Slot.Parameter("content"), Slot.Result),
        new FlowThrough("Anthropic.AnthropicClient", "WithOptions", Slot.Receiver, Slot.Result),
        new FlowThrough("Anthropic.IAnthropicClient", "WithOptions", Slot.Receiver, Slot.Result));

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(AnthropicTable), sinks: Sinks, clientFactories: ClientFactories, endpointProperties: EndpointProperties, flowThrough: FlowThrough);
}
