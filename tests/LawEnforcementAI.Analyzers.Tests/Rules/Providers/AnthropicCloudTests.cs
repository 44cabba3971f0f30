using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Providers;

/// <summary>
/// Claude on Amazon Bedrock (the real Anthropic.Bedrock 1.0.7: <c>AnthropicBedrockClient</c> and
/// <c>AnthropicBedrockMantleClient</c>) and on Google Cloud's Vertex AI (the real Anthropic.Vertex 1.0.4:
/// <c>AnthropicVertexClient</c>). The clients derive from <c>AnthropicClient</c>, but the request reaches AWS's or Google's
/// service: a live frame (#1) sent through <c>Messages.Create</c> (#0) gets LEAI010 citing that provider's pack, not
/// Anthropic's, and never Microsoft's rules; a client from <c>WithOptions</c> keeps the service.
/// </summary>
public class AnthropicCloudTests : ProviderTest
{
    private const string Usings = "using Anthropic.Bedrock;\nusing Anthropic.Vertex;\n";

    private const string BedrockClient = "var client = new AnthropicBedrockClient(new AnthropicBedrockApiTokenCredentials { BearerToken = \"bedrock-token\", Region = \"us-east-1\" });";

    /// <summary>The ways each client is made, as Anthropic's Bedrock and Vertex READMEs show them, and whose service it reaches.</summary>
    public static IEnumerable<object[]> Clients() => new[]
    {
        new object[] { "Bedrock, API token", BedrockClient, "Aws" },
        new object[] { "Bedrock, from the environment", "var client = new AnthropicBedrockClient(await AnthropicBedrockCredentialsHelper.FromEnv());", "Aws" },
        new object[] { "Bedrock Mantle", "var client = new AnthropicBedrockMantleClient(new MantleAwsClientOptions { AwsRegion = \"us-east-1\", ApiKey = \"bedrock-key\" });", "Aws" },
        new object[] { "Vertex AI, region and project", "var client = new AnthropicVertexClient(new AnthropicVertexCredentials(\"us-east5\", \"agency-project\"));", "Google" },
        new object[] { "Vertex AI, from the environment", "var client = new AnthropicVertexClient(await DefaultAnthropicVertexCredentials.FromEnvAsync());", "Google" },
    };

    internal static string Source(string client, string body, string frame = LiveFrame) =>
        AnthropicTests.Source(body, frame, client, Usings);

    private static string FirstCall => AnthropicTests.FirstCall;

    private static ServiceProvider Provider(string name) => Enum.Parse<ServiceProvider>(name);

    [Theory]
    [MemberData(nameof(Clients))]
    public Task LiveFrame_GetsThePlatformsClause(string name, string client, string provider)
    {
        _ = name;
        return Verify(Source(client, FirstCall), Leai010AtSink(Provider(provider), "IMessageService.Create"));
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public Task LiveFrameInBodyCamCode_GetsNoMicrosoftRule(string name, string client, string provider)
    {
        _ = name;
        return Verify("police, body-cam", "US", Source(client, FirstCall), Leai010AtSink(Provider(provider), "IMessageService.Create", "police, body-cam (US)"));
    }

    [Theory]
    [MemberData(nameof(AnthropicTests.SendingCalls), MemberType = typeof(AnthropicTests))]
    public Task EverySendingCall_OnBedrock_GetsAwsClause(string name, string body, string sink)
    {
        _ = name;
        return Verify(Source(BedrockClient, body), Leai010AtSink(ServiceProvider.Aws, sink));
    }

    /// <summary>A client from <c>WithOptions</c>, called on the class and on the interface <c>IAnthropicClient</c>.</summary>
    public static IEnumerable<object[]> WithOptionsClients() => new[]
    {
        new object[] { BedrockClient, "Aws" },
        new object[] { "Anthropic.IAnthropicClient client = new AnthropicVertexClient(new AnthropicVertexCredentials(\"us-east5\", \"agency-project\"));", "Google" },
    };

    /// <summary><paramref name="client"/>'s <c>WithOptions</c> makes <c>tuned</c>, which sends the request.</summary>
    internal static string WithOptionsSource(string client) =>
        Source(client + "\nvar tuned = client.WithOptions(options => options with { MaxRetries = 5 });", FirstCall.Replace("client.Messages", "tuned.Messages"));

    /// <summary><c>WithOptions</c> hands out a new client for the same service.</summary>
    [Theory]
    [MemberData(nameof(WithOptionsClients))]
    public Task ClientFromWithOptions_KeepsThePlatform(string client, string provider) =>
        Verify(WithOptionsSource(client), Leai010AtSink(Provider(provider), "IMessageService.Create"));

    [Theory]
    [MemberData(nameof(Clients))]
    public Task RecordedFootage_NotReported(string name, string client, string provider)
    {
        _ = (name, provider);
        return VerifyNothing(Source(client, FirstCall, RecordedFrame));
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public Task NotLawEnforcementCode_NotReported(string name, string client, string provider)
    {
        _ = (name, provider);
        return VerifyNothing(Source(client, FirstCall), context: null, jurisdiction: null);
    }
}
