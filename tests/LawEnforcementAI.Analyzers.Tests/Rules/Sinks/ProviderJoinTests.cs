using System.Collections.Generic;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Sinks;

/// <summary>
/// A client or URL that may be one of several values is the join of all of them: a conditional, <c>??</c>, a switch
/// expression, a configuration fallback or a reassignment where any alternative is not provably another service than
/// Azure is of unknown service (reported); when every alternative provably names another service Microsoft's rules are
/// silent, and OpenAI's clause (LEAI010) reports the alternative on OpenAI's own service.
/// The frame is a live webcam frame (#1); the request (#0) goes through OpenAI 2.x's <c>ChatClient</c>.
/// </summary>
public class ProviderJoinTests
{
    private const string Usings = """
        using System;
        using System.ClientModel;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Configuration;
        using OpenAI;
        using OpenAI.Chat;
        using OpenCvSharp;

        public class VisionSettings
        {
            public string? Endpoint { get; set; }
        }

        """;

    private const string Send = """
            using var capture = new VideoCapture(0);
            using var frame = new Mat();
            {|#1:capture.Read(frame)|};
            var part = ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(frame.ToBytes(".jpg")), "image/jpeg");
            await {|#0:chat.CompleteChatAsync(new UserChatMessage(part))|};
        """;

    /// <summary>A public entry point: <c>custom</c> is whatever endpoint the caller (a user, a settings screen) supplies.</summary>
    private static string Source(string client, string members = "") => Usings + $$"""
        public class SceneDescriber
        {
            private const string OpenAIUrl = "https://api.openai.com/v1";
            private const string LocalUrl = "http://localhost:11434/v1";
            {{members}}

            public async Task DescribeAsync(bool useCustom, string? custom, string provider, VisionSettings settings, IConfiguration configuration, ChatClient? given)
            {
                {{client}}
        {{Send}}
            }
        }
        """;

    private static string WithEndpoint(string endpoint) =>
        "var options = new OpenAIClientOptions { Endpoint = new Uri(" + endpoint + ") };\n"
        + "ChatClient chat = new OpenAIClient(new ApiKeyCredential(\"sk-key\"), options).GetChatClient(\"gpt-4o\");";

    public static IEnumerable<object[]> UnknownJoins() => new[]
    {
        Row("conditional: the user's endpoint or OpenAI's", WithEndpoint("useCustom ? custom! : \"https://api.openai.com/v1\"")),
        Row("conditional: the user's endpoint or a constant", WithEndpoint("useCustom ? custom! : OpenAIUrl")),
        Row("?? over a settings property bound from configuration", WithEndpoint("settings.Endpoint ?? OpenAIUrl")),
        Row("?? over configuration", WithEndpoint("configuration[\"Vision:Endpoint\"] ?? OpenAIUrl")),
        Row("configuration fallback by a pattern", """
            var configured = configuration.GetSection("Vision:Endpoint").Value;
            """ + "\n" + WithEndpoint("configured is { Length: > 0 } ? configured : OpenAIUrl")),
        Row("switch expression with a user-supplied arm", WithEndpoint("provider switch { \"openai\" => OpenAIUrl, \"local\" => LocalUrl, _ => custom! }")),
        Row("reassignment of a local", """
            var endpoint = OpenAIUrl;
            if (useCustom)
            {
                endpoint = custom!;
            }

            """ + WithEndpoint("endpoint")),
        Row("??= on the user's endpoint", """
            custom ??= OpenAIUrl;
            """ + "\n" + WithEndpoint("custom")),
        Row("client conditional: a given client or OpenAI's", "ChatClient chat = useCustom ? given! : new ChatClient(\"gpt-4o\", \"sk-key\");"),
        Row("client ??: a given client or OpenAI's", "ChatClient chat = given ?? new ChatClient(\"gpt-4o\", \"sk-key\");"),
        Row("client reassigned from a factory delegate", """
            var chat = new ChatClient("gpt-4o", "sk-key");
            if (useCustom)
            {
                chat = _factory();
            }
            """, "private readonly Func<ChatClient> _factory = () => null!;"),
    };

    [Theory]
    [MemberData(nameof(UnknownJoins))]
    public Task AnAlternativeOfUnknownService_Reported(string name, string client, string members)
    {
        _ = name;
        return new FlowTest("police", "US")
        {
            TestCode = Source(client, members),
            ExpectedDiagnostics = { Diag("LEAI001", "VideoCapture.Read", "ChatClient.CompleteChatAsync", "police (US)", "").WithLocation(0).WithLocation(1) },
        }.RunAsync();
    }

    public static IEnumerable<object[]> ProvablyOtherServices() => new[]
    {
        Row("conditional between two constant hosts", WithEndpoint("useCustom ? \"http://localhost:11434/v1\" : \"https://api.openai.com/v1\"")),
        Row("conditional between two constants", WithEndpoint("useCustom ? LocalUrl : OpenAIUrl")),
        Row("switch expression with constant arms only", WithEndpoint("provider switch { \"local\" => LocalUrl, _ => OpenAIUrl }")),
        Row("reassignment between constants", """
            var endpoint = OpenAIUrl;
            if (useCustom)
            {
                endpoint = LocalUrl;
            }

            """ + WithEndpoint("endpoint")),
        Row("reassignment from the local itself", """
            var endpoint = OpenAIUrl + "/";
            endpoint = endpoint.TrimEnd('/');

            """ + WithEndpoint("endpoint")),
        Row("?? with a constant on both sides of a local", """
            string? chosen = useCustom ? LocalUrl : null;
            """ + "\n" + WithEndpoint("chosen ?? OpenAIUrl")),
        Row("client conditional between two non-Azure clients", """
            var local = new OpenAIClientOptions { Endpoint = new Uri(LocalUrl) };
            ChatClient chat = useCustom ? new ChatClient("llava", new ApiKeyCredential("none"), local) : new ChatClient("gpt-4o", "sk-key");
            """),
        Row("client reassigned between two non-Azure clients", """
            var chat = new ChatClient("gpt-4o", "sk-key");
            if (useCustom)
            {
                chat = new ChatClient("llava", new ApiKeyCredential("none"), new OpenAIClientOptions { Endpoint = new Uri(LocalUrl) });
            }
            """),
    };

    [Theory]
    [MemberData(nameof(ProvablyOtherServices))]
    public Task EveryAlternativeProvablyAnotherService_GetsOpenAIsClauseOnly(string name, string client, string members)
    {
        _ = name;
        return new FlowTest("police", "US")
        {
            TestCode = Source(client, members),
            ExpectedDiagnostics = { ProviderTest.Leai010(ServiceProvider.OpenAI).WithLocation(0).WithLocation(1) },
        }.RunAsync();
    }

    private static object[] Row(string name, string client, string members = "") => new object[] { name, client, members };
}
