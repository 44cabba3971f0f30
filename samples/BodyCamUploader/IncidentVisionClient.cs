using OpenAI.Chat;

namespace BodyCamUploader;

/// <summary>
/// The one place the relay talks to Azure OpenAI. It sends whatever JPEG it is given, so the analyzer decides by
/// looking at its callers: <see cref="SnapshotRelay"/> gives it live body-cam frames.
/// </summary>
/// <remarks>
/// Expected warnings on <c>_chat.CompleteChatAsync</c>, in the editor and from a build: LEAI001 and LEAI002 (the frame
/// comes from this method's callers, in other classes), whose message names the route (read by the capture callback, queued, passed to <c>IncidentVisionClient.DescribeAsync</c>).
/// </remarks>
public sealed class IncidentVisionClient(ChatClient chat)
{
    private readonly ChatClient _chat = chat;

    public async Task<string> DescribeAsync(byte[] jpeg, CancellationToken ct)
    {
        ChatCompletion completion = await _chat.CompleteChatAsync(
            [
                new SystemChatMessage("You write short, factual incident notes for police reports."),
                new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(jpeg), "image/jpeg")),
            ],
            cancellationToken: ct);
        return completion.Content[0].Text;
    }
}
