using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

/// <summary>
/// Semantic Kernel 1.82.0 (real packages), the service held in a field of the sending class: built in its constructor
/// (live, on Azure OpenAI or on OpenAI's own service) or injected as a service or a kernel (of unknown service).
/// The routes within one method are in <see cref="SemanticKernelSinkTests"/>.
/// </summary>
public class SemanticKernelServiceFieldTests
{
    private const string ClassUsings = """
        using System;
        using System.Threading.Tasks;
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.ChatCompletion;
        using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
        using Microsoft.SemanticKernel.Connectors.OpenAI;
        using OpenCvSharp;

        """;

    private static string Describer(string field, string constructor, string send = "{|#0:_service.GetChatMessageContentsAsync(history)|}") => ClassUsings + $$"""
        public class SceneDescriber
        {
            private readonly {{field}} _service;

            {{constructor}}

            public async Task DescribeAsync()
            {
                using var capture = new VideoCapture(0);
                using var frame = new Mat();
                {|#1:capture.Read(frame)|};
                var history = new ChatHistory();
                history.AddUserMessage(new ChatMessageContentItemCollection { new ImageContent(frame.ToBytes(".jpg"), "image/jpeg") });
                await {{send}};
            }
        }
        """;

    /// <summary>The common shape: the service built in the constructor of the sending class, held in a field.</summary>
    [Fact]
    public Task ServiceField_SetInConstructor_ReportedLive() =>
        new FlowTest("police", "US", semanticKernelAzure: true)
        {
            TestCode = Describer("IChatCompletionService", "public SceneDescriber() => _service = new AzureOpenAIChatCompletionService(\"gpt-4o\", \"https://contoso.openai.azure.com/\", \"key\");"),
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task ServiceField_OnOpenAIsOwnService_GetsOpenAIsClauseOnly() =>
        new FlowTest("police", "US", semanticKernelAzure: true)
        {
            TestCode = Describer("IChatCompletionService", "public SceneDescriber() => _service = new OpenAIChatCompletionService(\"gpt-4o\", \"sk-key\");"),
            ExpectedDiagnostics = { ProviderTest.Leai010(ServiceProvider.OpenAI, sink: "IChatCompletionService.GetChatMessageContentsAsync").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    /// <summary>
    /// An injected service (or kernel) is of unknown service, so it may be Azure and is reported; only the whole program
    /// shows that nobody passes another, so it is build-only (LEAI101).
    /// </summary>
    [Fact]
    public Task InjectedService_ReportedAtBuild() =>
        new FlowTest("police", "US", semanticKernelAzure: true)
        {
            TestCode = Describer("IChatCompletionService", "public SceneDescriber(IChatCompletionService service) => _service = service;"),
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task InjectedKernel_ReportedAtBuild() =>
        new FlowTest("police", "US", semanticKernelAzure: true)
        {
            TestCode = Describer("Kernel", "public SceneDescriber(Kernel kernel) => _service = kernel;", "{|#0:_service.GetRequiredService<IChatCompletionService>().GetChatMessageContentsAsync(history)|}"),
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();
}
