using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Providers;

/// <summary>
/// Claude on Microsoft Foundry (the real Anthropic.Foundry 1.0.0): <c>AnthropicFoundryClient</c> derives from
/// <c>AnthropicClient</c>, but the request reaches Microsoft Foundry, whose models Microsoft's Enterprise AI Services Code
/// of Conduct governs. A live frame (#1) sent through its <c>Messages.Create</c> (#0) gets Microsoft's rules, LEAI001 and
/// LEAI002, and never LEAI010 as if it reached Anthropic's own service; a client from <c>WithOptions</c> keeps the service.
/// </summary>
public class AnthropicFoundryTests : ProviderTest
{
    private const string Usings = "using Anthropic.Foundry;\n";

    /// <summary>The ways a Foundry client is made, as Anthropic's Foundry README shows them.</summary>
    public static IEnumerable<object[]> Clients() => new[]
    {
        new object[] { "API key", "var client = new AnthropicFoundryClient(new AnthropicFoundryApiKeyCredentials(\"foundry-key\", \"contoso-resource\"));" },
        new object[] { "from the environment", "var client = new AnthropicFoundryClient(DefaultAnthropicFoundryCredentials.FromEnv(\"contoso-resource\"));" },
    };

    private static string ApiKeyClient => (string)Clients().First()[1];

    internal static string Source(string client, string body, string frame = LiveFrame) =>
        AnthropicTests.Source(body, frame, client, Usings);

    /// <summary>Microsoft's rule <paramref name="id"/> at the sending call (#0), with the camera source (#1) as its route.</summary>
    private static DiagnosticResult Microsoft(string id, string sink, string context) =>
        Diag(id, "VideoCapture.Read", sink, context, "").WithLocation(0).WithLocation(1);

    [Theory]
    [MemberData(nameof(Clients))]
    public Task LiveFrameToFoundry_InPoliceCode_GetsLeai001(string name, string client)
    {
        _ = name;
        return Verify(Source(client, AnthropicTests.FirstCall), Microsoft("LEAI001", "IMessageService.Create", "police (US)"));
    }

    [Theory]
    [MemberData(nameof(AnthropicTests.SendingCalls), MemberType = typeof(AnthropicTests))]
    public Task LiveFrameToFoundry_InBodyCamCode_GetsMicrosoftsRulesAndNoLeai010(string name, string body, string sink)
    {
        _ = name;
        return Verify("police, body-cam", "US", Source(ApiKeyClient, body),
            Microsoft("LEAI001", sink, "police, body-cam (US)"), Microsoft("LEAI002", sink, "police, body-cam (US)"));
    }

    [Fact]
    public Task LiveFrameToFoundry_InDashCamCode_GetsLeai002() =>
        Verify("dash-cam", "GB", Source(ApiKeyClient, AnthropicTests.FirstCall), Microsoft("LEAI002", "IMessageService.Create", "dash-cam (GB)"));

    /// <summary><c>WithOptions</c> hands out a new client for the same service: still Microsoft Foundry.</summary>
    [Fact]
    public Task ClientFromWithOptions_KeepsFoundry() =>
        Verify(Source(ApiKeyClient + "\nvar tuned = client.WithOptions(options => options with { MaxRetries = 5 });", AnthropicTests.FirstCall.Replace("client.Messages", "tuned.Messages")),
            Microsoft("LEAI001", "IMessageService.Create", "police (US)"));

    /// <summary>Microsoft's clause for US police covers recorded footage too (Anthropic's own service gets nothing for it).</summary>
    [Fact]
    public Task RecordedFootageInPoliceCode_GetsLeai001() =>
        Verify(Source(ApiKeyClient, AnthropicTests.FirstCall, RecordedFrame.Replace("capture.Read(frame)", "{|#1:capture.Read(frame)|}")),
            Microsoft("LEAI001", "IMessageService.Create", "police (US)"));

    /// <summary>Outside US police code only live frames are reported (LEAI002): recorded dash-cam footage gets nothing.</summary>
    [Fact]
    public Task RecordedFootageInDashCamCode_NotReported() => VerifyNothing(Source(ApiKeyClient, AnthropicTests.FirstCall, RecordedFrame), "dash-cam", "GB");

    [Fact]
    public Task NotLawEnforcementCode_NotReported() => VerifyNothing(Source(ApiKeyClient, AnthropicTests.FirstCall), context: null, jurisdiction: null);
}
