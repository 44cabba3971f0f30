using System.Collections.Generic;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Laws;

/// <summary>
/// A transcript of a body-cam recording (OpenAI 2.x <c>AudioClient.TranscribeAudio*</c>, real package) carries the
/// recording into a text-only chat request: LEAI020 reads it there, while Microsoft's facial-recognition rules, which
/// are about images, leave a transcript alone.
/// </summary>
public class TranscriptTests
{
    private const string Capture = "var video = await {|#1:MediaPicker.Default.CaptureVideoAsync()|};\nAudioClient audio = new AudioClient(\"whisper-1\", \"sk-key\");\n";

    private const string Usings = "using Microsoft.Maui.Media; using OpenAI.Audio;";

    /// <summary>Each speech-to-text overload, and each way text enters a chat request.</summary>
    public static IEnumerable<object[]> Transcripts() => new[]
    {
        Case("TranscribeAudioAsync(Stream) and UserChatMessage(string)",
            "using var stream = await video!.OpenReadAsync();\nvar transcription = await audio.TranscribeAudioAsync(stream, \"shift.mp4\");\n"
            + "await {|#0:chat.CompleteChatAsync(new UserChatMessage(\"Draft the police report narrative from this transcript: \" + transcription.Value.Text))|};"),
        Case("TranscribeAudioAsync(path) and ChatMessageContentPart.CreateTextPart",
            "var transcription = await audio.TranscribeAudioAsync(video!.FullPath);\n"
            + "await {|#0:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateTextPart(\"Write an incident report. Transcript: \" + transcription.Value.Text)))|};"),
        Case("TranscribeAudio(Stream) and ChatMessage.CreateUserMessage(string)",
            "using var stream = await video!.OpenReadAsync();\nvar transcription = audio.TranscribeAudio(stream, \"shift.mp4\");\n"
            + "await {|#0:chat.CompleteChatAsync(ChatMessage.CreateUserMessage($\"Draft an arrest report from: {transcription.Value.Text}\"))|};"),
        Case("TranscribeAudio(path)",
            "AudioTranscription transcription = audio.TranscribeAudio(video!.FullPath);\n"
            + "await {|#0:chat.CompleteChatAsync(new UserChatMessage(\"Draft the incident report: \" + transcription.Text))|};"),
    };

    [Theory]
    [MemberData(nameof(Transcripts))]
    public Task BodyCamTranscriptInCalifornia_DraftingAReport_GetsLeai020Only(string name, string body)
    {
        _ = name;
        return new FlowTest("police, body-cam", "US-CA")
        {
            TestCode = Snippets.InMethod(Usings, Capture + body),
            ExpectedDiagnostics = { Diag("LEAI020").WithLocation(0).WithLocation(1) },
        }.RunAsync();
    }

    /// <summary>Outside California a transcript gets nothing: it is no image for Microsoft's clauses.</summary>
    [Theory]
    [MemberData(nameof(Transcripts))]
    public Task BodyCamTranscriptInTheUS_GetsNothing(string name, string body)
    {
        _ = name;
        return new FlowTest("police, body-cam", "US") { TestCode = Snippets.InMethod(Usings, Capture + body).WithoutMarkup() }.RunAsync();
    }

    /// <summary>A transcript summarised, not drafted into a report, in California: nothing.</summary>
    [Fact]
    public Task TranscriptSummarised_GetsNothing() =>
        new FlowTest("police, body-cam", "US-CA")
        {
            TestCode = Snippets.InMethod(Usings, Capture + """
                using var stream = await video!.OpenReadAsync();
                var transcription = await audio.TranscribeAudioAsync(stream, "shift.mp4");
                await chat.CompleteChatAsync(new UserChatMessage("Summarize this transcript: " + transcription.Value.Text));
                """).WithoutMarkup(),
        }.RunAsync();

    /// <summary>The body of a row: the capture and the client, then the row's transcription and request.</summary>
    internal static string Source(string body) => Capture + body;

    private static object[] Case(string name, string body) => new object[] { name, body };
}
