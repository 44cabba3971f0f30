using System;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Prompts;

/// <summary>
/// The request reader on code as an editor sees it: every SDK shape cut off at random characters of its body, and a
/// request built from itself. It may report or stay quiet, never throw.
/// </summary>
public class PromptRobustnessTests
{
    private const int CutsPerShape = 6;

    [Fact]
    public async Task EveryShape_CutAtRandomCharacters_NoAnalyzerException()
    {
        var random = new Random(20261201);
        for (var shape = 0; shape < PromptShape.All.Length; shape++)
        {
            var source = PromptIntentTests.Source("Who is this person?", shape, withImage: true).WithoutMarkup();
            var bodyStart = source.IndexOf("CancellationToken ct)", StringComparison.Ordinal);
            for (var cut = 0; cut < CutsPerShape; cut++)
            {
                var at = random.Next(bodyStart, source.Length);
                try
                {
                    await new DirectAnalysis(StandInReferences.Default, new PromptIntentAnalyzer()).WithSource(source.Substring(0, at)).AssertNoAnalyzerFailureAsync();
                }
                catch (AnalyzerCrashException e)
                {
                    throw new AnalyzerCrashException($"shape {shape} cut at {at}: {e.Message}");
                }
            }
        }
    }

    [Fact]
    public Task SelfReferentialRequest_Terminates() =>
        new DirectAnalysis(StandInReferences.Default, new PromptIntentAnalyzer())
            .WithSource(PromptSource.InMethod("private static string Loop() => Loop();", """
                var prompt = "Who is " + Loop();
                prompt = prompt + prompt;
                var messages = new List<OpenAI.Chat.ChatMessage>();
                messages.Add(new UserChatMessage(ChatMessageContentPart.CreateTextPart(prompt), ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(bytes), "image/jpeg")));
                messages.AddRange(messages);
                await chat.CompleteChatAsync(messages);
                """))
            .AssertNoAnalyzerFailureAsync();
}
