using System.Collections.Generic;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Providers;

/// <summary>
/// Anthropic's own client (the real Anthropic 13.15.0) pointed at Microsoft Foundry's Anthropic endpoint
/// (<c>https://{resource}.services.ai.azure.com/anthropic</c>) by the <c>BaseUrl</c> set on the
/// client: the request may reach Foundry, so Microsoft's rules apply (LEAI001), not Anthropic's clause alone. Anthropic's
/// own URL, or settings that are no URL (an API key read from the environment), keep Anthropic's service.
/// </summary>
public class AnthropicEndpointTests : ProviderTest
{
    private const string Foundry = "https://contoso-resource.services.ai.azure.com/anthropic";

    private const string InitializerClient = "var client = new AnthropicClient { ApiKey = \"foundry-key\", BaseUrl = \"" + Foundry + "\" };";

    public static IEnumerable<object[]> FoundryBaseUrls() => new[]
    {
        new object[] { "client initializer", InitializerClient },
        new object[] { "built from pieces", "var resource = \"contoso-resource\";\nvar client = new AnthropicClient { ApiKey = \"foundry-key\", BaseUrl = $\"https://{resource}.services.ai.azure.com/anthropic\" };" },
    };

    internal static string Source(string client) => AnthropicTests.Source(AnthropicTests.FirstCall, client: client);

    [Theory]
    [MemberData(nameof(FoundryBaseUrls))]
    public Task BaseUrlOnFoundry_GetsMicrosoftsRule(string name, string client)
    {
        _ = name;
        return Verify(Source(client), Diag("LEAI001", "VideoCapture.Read", "IMessageService.Create", "police (US)", "").WithLocation(0).WithLocation(1));
    }

    [Theory]
    [InlineData("var client = new AnthropicClient { ApiKey = \"sk-ant-key\", BaseUrl = \"https://api.anthropic.com\" };")]
    [InlineData("var client = new AnthropicClient { ApiKey = Environment.GetEnvironmentVariable(\"ANTHROPIC_API_KEY\") };")]
    public Task SettingsOnAnthropicsService_GetAnthropicsClause(string client) =>
        Verify(Source(client), Leai010AtSink(ServiceProvider.Anthropic, "IMessageService.Create"));

    [Fact]
    public Task BaseUrlOnFoundry_NotLawEnforcementCode_NotReported() =>
        VerifyNothing(Source(InitializerClient), context: null, jurisdiction: null);
}
