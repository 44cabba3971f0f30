using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod.PipelineCase;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>
/// Calls that may run many bodies (an interface with more implementations than the solver follows one by one, a
/// callback invoked from many places) are solved once per declared method, so they cost the size of the program, not
/// its square. Routes through them name the interface member; nothing is lost and context stays per call.
/// </summary>
public class WideDispatchTests
{
    /// <summary>Ten implementations: more than the solver instantiates per call (eight).</summary>
    private static string Stages(string body = "frame") =>
        "public interface IStage { byte[] Apply(byte[] frame); }\n"
        + string.Concat(Enumerable.Range(0, 10).Select(i => $"public sealed class Stage{i} : IStage {{ public byte[] Apply(byte[] frame) => {body}; }}\n"));

    [Fact]
    public Task ManyImplementations_FrameReturnedThroughTheInterface_Reported() =>
        new FlowTest("police", "US")
        {
            // Interface dispatch: build only (docs/flow.md, "Editor and build").

            TestCode = Usings + Stages() + $$"""
                public class Uploader
                {
                    private readonly ChatClient _chat = {{AzureChat}};

                    public async Task RunAsync(IStage stage)
                    {
                        var bytes = {|#2:stage.Apply({{Frame}})|};
                        await {|#0:_chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg")))|};
                    }
                }
                """,
            ExpectedDiagnostics =
            {
                Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2)
                .WithMessage("Camera frame from 'VideoCapture.RetrieveMat', passed through 'IStage.Apply', reaches Azure OpenAI vision call 'ChatClient.CompleteChatAsync' in a project attributed as police (US); Azure OpenAI may not be used for facial recognition by or for a US police department"),
            },
        }.RunAsync();

    [Fact]
    public Task ManyImplementations_FrameSavedAndLogoSent_NotReported() =>
        new FlowTest("police", "US")
        {
            TestCode = Usings + Stages() + $$"""
                public class Uploader
                {
                    private readonly ChatClient _chat = {{AzureChat}};

                    public async Task RunAsync(IStage stage)
                    {
                        File.WriteAllBytes("captures/latest.jpg", stage.Apply(new VideoCapture(0).RetrieveMat().ToBytes(".jpg")));
                        var bytes = stage.Apply({{Logo}});
                        await _chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg")));
                    }
                }
                """,
        }.RunAsync();

    [Fact]
    public Task ManyImplementations_OneSendsWhatItIsGiven_Reported() =>
        new FlowTest("police", "US")
        {
            // Interface dispatch: build only (docs/flow.md, "Editor and build").

            TestCode = Usings + Stages("frame") + $$"""
                public sealed class SendingStage : IStage
                {
                    private readonly ChatClient _chat = {{AzureChat}};

                    public byte[] Apply(byte[] frame)
                    {
                        {|#0:_chat.CompleteChat(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(frame), "image/jpeg")))|};
                        return frame;
                    }
                }

                public class Capture
                {
                    public byte[] Run(IStage stage) => {|#2:stage.Apply({{Frame}})|};
                }
                """,
            ExpectedDiagnostics =
            {
                Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2)
                .WithMessage("Camera frame from 'VideoCapture.RetrieveMat', passed to 'IStage.Apply', reaches Azure OpenAI vision call 'ChatClient.CompleteChat' in a project attributed as police (US); Azure OpenAI may not be used for facial recognition by or for a US police department"),
            },
        }.RunAsync();

    [Fact]
    public Task CallbackInvokedForManyHandlers_OnlyTheSendingLambdaReported() =>
        new FlowTest("police", "US")
        {
            TestCode = Usings + """
                public static class FrameLoop
                {
                    public static async Task ForEachFrameAsync(Func<byte[], Task> handler)
                    {
                        using var capture = new VideoCapture(0);
                        await {|#2:handler({|#1:capture.RetrieveMat()|}.ToBytes(".jpg"))|};
                    }
                }

                """
                + string.Concat(Enumerable.Range(0, 20).Select(i => $"public class Archiver{i} {{ public Task RunAsync() => FrameLoop.ForEachFrameAsync(f => File.WriteAllBytesAsync(\"clips/{i}.jpg\", f)); }}\n"))
                + $$"""
                public class Describer
                {
                    private readonly ChatClient _chat = {{AzureChat}};

                    public Task RunAsync() => FrameLoop.ForEachFrameAsync(async f => await {|#0:_chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(f), "image/jpeg")))|});
                }
                """,
            ExpectedDiagnostics =
            {
                Diag("LEAI001").WithLocation(0).WithLocation(1).WithLocation(2),
            },
        }.RunAsync();
}
