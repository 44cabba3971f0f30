using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod.PipelineCase;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>
/// Providers across methods: a client injected into the sending class is judged by where it was built (Azure OpenAI,
/// OpenAI's own service, or out of sight).
/// </summary>
public class InjectedClientProviderTests
{
    private const string InjectedService =
        "public class VisionService { private readonly ChatClient _chat; public VisionService(ChatClient chat) { _chat = chat; } public async Task SendAsync(byte[] jpeg) { await {|#0:_chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(jpeg), \"image/jpeg\")))|}; } }";

    private const string Patrol =
        "public class Patrol { public Task RunAsync(VisionService service) => {|#2:service.SendAsync({|#1:new VideoCapture(0).RetrieveMat()|}.ToBytes(\".jpg\"))|}; }";

    [Fact]
    public Task InjectedClient_BuiltFromAzureOpenAIClient_Reported() =>
        new FlowTest("police", "US")
        {
            // The client comes from the constructor's callers: build only (docs/flow.md, "Editor and build").

            TestState =
            {
                Sources =
                {
                    Usings + InjectedService,
                    Usings + "public static class Startup { public static VisionService Create() => new VisionService(" + AzureChat + "); }",
                    Usings + Patrol,
                },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2),
            },
        }.RunAsync();

    [Fact]
    public Task InjectedClient_BuiltForOpenAIsOwnService_GetsOpenAIsClauseOnly() =>
        new FlowTest("police", "US")
        {
            TestState =
            {
                Sources =
                {
                    Usings + InjectedService,
                    Usings + "public static class Startup { public static VisionService Create() => new VisionService(new ChatClient(\"gpt-4o\", \"sk-key\")); }",
                    Usings + Patrol,
                },
            },
            ExpectedDiagnostics =
            {
                ProviderTest.Leai010(ServiceProvider.OpenAI, api: "VideoCapture.RetrieveMat", route: ", passed to 'VisionService.SendAsync',").WithLocation(0).WithLocation(1).WithLocation(2),
            },
        }.RunAsync();

    [Fact]
    public Task InjectedClient_OriginOutOfSight_ReportedAsUnknown() =>
        new FlowTest("police", "US")
        {
            // The client comes from the constructor's callers: build only (docs/flow.md, "Editor and build").

            TestState =
            {
                Sources =
                {
                    Usings + InjectedService,
                    Usings + Patrol,
                },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2),
            },
        }.RunAsync();
}
