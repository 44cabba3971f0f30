using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// Anthropic's official .NET SDK (package Anthropic, 13.x): <c>client.Messages.Create(parameters)</c> sends a Messages
/// API request, whose image blocks carry base64 data (<c>Base64ImageSource.Data</c>), built with object initializers and
/// implicit conversions the engine follows as it follows any object. <c>AnthropicClient</c> talks to Anthropic's own
/// service; the Messages service it hands out (a property) keeps the client's service, as a member of an object does.
/// </summary>
internal static class AnthropicTable
{
    private const string Messages = "Anthropic.Services.IMessageService";

    public static readonly ImmutableArray<VisionSink> Sinks = ImmutableArray.Create(
        new VisionSink(Messages, "Create", "parameters"),
        new VisionSink(Messages, "CreateStreaming", "parameters"));

    public static readonly ImmutableArray<ClientFactory> ClientFactories = ImmutableArray.Create(
        new ClientFactory("Anthropic.AnthropicClient", ApiMember.Constructor, ProviderFacts.Anthropic));

    /// <summary>The constructors that take the image or the blocks instead of an initializer.</summary>
    public static readonly ImmutableArray<FlowThrough> FlowThrough = ImmutableArray.Create(
        new FlowThrough("Anthropic.Models.Messages.ImageBlockParam", ApiMember.Constructor, Slot.Parameter("source"), Slot.Result),
        new FlowThrough("Anthropic.Models.Messages.UserMessageParam", ApiMember.Constructor, Slot.Parameter("content"), Slot.Result));

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(AnthropicTable), sinks: Sinks, clientFactories: ClientFactories, flowThrough: FlowThrough);
}
