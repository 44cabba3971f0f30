using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// Raw REST: an <c>HttpClient</c> call whose body carries a frame, to a URL that is an Azure AI endpoint, or that cannot
/// be read when the body or route is a model request's (docs/flow.md, "Raw REST"). The body is followed through the HTTP
/// content classes below; a constant URL of any other host (the agency's records system, api.openai.com) is not
/// reported, and neither is an upload (a form, the raw image, a record) to a URL from configuration.
/// </summary>
internal static class HttpTable
{
    private const string Http = "System.Net.Http.HttpClient";

    public static readonly ImmutableArray<VisionSink> Sinks = ImmutableArray.Create(
        VisionSink.Rest(Http, "PostAsync", "requestUri", "content"),
        VisionSink.Rest(Http, "PutAsync", "requestUri", "content"),
        VisionSink.Rest(Http, "PatchAsync", "requestUri", "content"),
        VisionSink.Rest(Http, "SendAsync", "request", "request"),
        VisionSink.Rest(Http, "Send", "request", "request"),

        // System.Net.Http.Json extensions: the body is the serialized value.
        VisionSink.Rest("System.Net.Http.Json.HttpClientJsonExtensions", "PostAsJsonAsync", "requestUri", "value"),
        VisionSink.Rest("System.Net.Http.Json.HttpClientJsonExtensions", "PutAsJsonAsync", "requestUri", "value"));

    public static readonly ImmutableArray<ClientFactory> ClientFactories = ImmutableArray.Create(
        // Where a URL is read from configuration, the service it names is unknown (may be Azure).
        new ClientFactory("Microsoft.Extensions.Configuration.IConfiguration", "this[]", ProviderFacts.Unknown),
        new ClientFactory("Microsoft.Extensions.Configuration.IConfigurationSection", "Value", ProviderFacts.Unknown),
        new ClientFactory("System.Environment", "GetEnvironmentVariable", ProviderFacts.Unknown));

    public static readonly ImmutableArray<EndpointProperty> EndpointProperties = ImmutableArray.Create(
        // A relative request URL goes to the client's base address.
        new EndpointProperty(Http, "BaseAddress"),

        // A request message is addressed like options: its RequestUri names the service, its Content and headers do not.
        new EndpointProperty("System.Net.Http.HttpRequestMessage", "RequestUri"));

    public static readonly ImmutableArray<FlowThrough> FlowThrough = ImmutableArray.Create(
        F("System.Net.Http.ByteArrayContent", ApiMember.Constructor, P("content"), Slot.Result),
        F("System.Net.Http.StreamContent", ApiMember.Constructor, P("content"), Slot.Result),
        F("System.Net.Http.StringContent", ApiMember.Constructor, P("content"), Slot.Result),
        F("System.Net.Http.ReadOnlyMemoryContent", ApiMember.Constructor, P("content"), Slot.Result),
        F("System.Net.Http.Json.JsonContent", "Create", P("inputValue"), Slot.Result),
        F("System.Net.Http.MultipartContent", "Add", P("content"), Slot.Receiver),
        F("System.Net.Http.MultipartFormDataContent", "Add", P("content"), Slot.Receiver),

        // The request message holds its URL (which decides the service) and its body (assigned to Content).
        F("System.Net.Http.HttpRequestMessage", ApiMember.Constructor, P("requestUri"), Slot.Result));

    /// <summary>
    /// What makes a body a model request rather than an upload (docs/flow.md, "Raw REST"): the message list of the chat
    /// completions API and the image part types of the chat and responses APIs, as a JSON name, an anonymous type's or
    /// a request class's member (case and underscores aside: <c>ImageUrl</c> is <c>image_url</c>), a dictionary or
    /// <c>JsonObject</c> key.
    /// </summary>
    public static readonly ImmutableArray<string> ModelRequestNames = PromptPartTable.RestImagePartTypes.Add("messages");

    /// <summary>The same marks in text (a JSON string built by hand), and a data URI, which only a model reads.</summary>
    public static readonly ImmutableArray<string> ModelRequestMarks = ImmutableArray.Create("data:image/", "\"messages\"", "\"image_url\"", "\"input_image\"");

    /// <summary>
    /// Routes of the model APIs (Azure OpenAI, Foundry, Azure AI Vision): on a host the code does not fix, the request
    /// is a model request whatever its body (an image edit's form, the raw image to image analysis).
    /// </summary>
    public static readonly ImmutableArray<string> ModelRoutes = ImmutableArray.Create(
        "chat/completions", "/responses", "images/edits", "images/variations", "computervision/", "imageanalysis:analyze");
    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(HttpTable), sinks: Sinks, clientFactories: ClientFactories, endpointProperties: EndpointProperties, flowThrough: FlowThrough);

    private static FlowThrough F(string type, ApiMember member, Slot from, Slot to) => new(type, member, from, to);

    private static Slot P(string parameter) => Slot.Parameter(parameter);
}
