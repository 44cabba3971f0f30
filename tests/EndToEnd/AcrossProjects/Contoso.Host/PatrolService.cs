using System.ClientModel;
using Azure.AI.OpenAI;
using Contoso.Driver;
using Contoso.Vision;
using OpenAI.Chat;
using OpenCvSharp;

namespace Contoso.Host;

/// <summary>Composes the driver and the vision library. Each method is one route; the checks expect them by line.</summary>
public sealed class PatrolService
{
    private readonly ChatClient _chat = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential("key")).GetChatClient("gpt-4o");
    private readonly BodyCamDriver _driver = new();
    private readonly VisionGateway _vision = new();

    // A frame from the driver project, sent here: LEAI001 and LEAI002 on the call below.
    public Task SendDriverFrameAsync() =>
        _chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(_driver.Grab()), "image/jpeg")));

    // A frame of this project, sent by the vision project: LEAI001 and LEAI002 on the call into it.
    public Task SendOwnFrameAsync()
    {
        using var capture = new VideoCapture(1);
        return _vision.DescribeAsync(capture.RetrieveMat().ToBytes(".jpg"));
    }

    // A frame of the driver project, handed by this one through the vision project's helper to its sending member.
    public Task HandOnAsync() => _vision.DescribeAsync(VisionGateway.Shrink(_driver.Grab()));

    // Quiet: the driver's static asset.
    public Task SendBadgeAsync() => _vision.DescribeAsync(_driver.Badge());

    // Quiet: the vision project's OpenAI-only member.
    public Task SendToOpenAiAsync() => _vision.DescribeWithOpenAiAsync(_driver.Grab());
}
