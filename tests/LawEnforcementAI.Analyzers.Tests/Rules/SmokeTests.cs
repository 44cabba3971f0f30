using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules;

public class SmokeTests
{
    [Fact]
    public Task LiveWebcamFrameToAzureChat_InUsPoliceProject_ReportsLeai001OnTheSendingCall() =>
        new FlowTest("police", "US")
        {
            TestCode = Snippets.InMethod(Snippets.OpenCv, Snippets.OpenCvLiveFrame + Snippets.SendBytes),
            ExpectedDiagnostics =
            {
                Diag("LEAI001").WithLocation(0).WithLocation(1)
                    .WithMessage("Camera frame from 'VideoCapture.Read' reaches Azure OpenAI vision call 'ChatClient.CompleteChatAsync' in a project attributed as police (US); Azure OpenAI may not be used for facial recognition by or for a US police department"),
            },
        }.RunAsync();
}
