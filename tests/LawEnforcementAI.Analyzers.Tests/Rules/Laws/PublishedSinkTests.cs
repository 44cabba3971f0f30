using System.Linq;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Rules.AcrossProjects;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Rules.Laws;

/// <summary>
/// A library's public wrapper is published as a model sink (<c>sink image=</c>) only for what Microsoft's rules read: a
/// wrapper around a face-enrolment call is not one, so a host that hands it a frame gets no LEAI001 for a model request
/// it never sends. The model-request wrapper beside it still is.
/// </summary>
public class PublishedSinkTests
{
    private const string Gallery = """
        using System;
        using System.Threading.Tasks;
        using Azure;
        using Azure.AI.OpenAI;
        using OpenAI.Chat;
        using Face = Azure.AI.Vision.Face;

        namespace Contoso.Gallery;

        public class GalleryGateway
        {
            private readonly Face.LargePersonGroupClient _group = new Face.FaceAdministrationClient(new Uri("https://contoso.cognitiveservices.azure.com/"), new AzureKeyCredential("key")).GetLargePersonGroupClient("staff");
            private readonly ChatClient _chat = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new System.ClientModel.ApiKeyCredential("key")).GetChatClient("gpt-4o");

            public Task EnrolAsync(Guid personId, byte[] image) => _group.AddFaceAsync(personId, BinaryData.FromBytes(image));

            public Task DescribeAsync(byte[] image) => _chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(image), "image/jpeg")));
        }
        """;

    [Fact]
    public void AFaceEnrolmentWrapper_IsNotPublishedAsAModelSink_TheRequestWrapperIs()
    {
        ProjectLibraries.Built(ProjectLibraries.Compile("Contoso.Gallery", Gallery, StandInReferences.WithFace.ToArray()), out var gallery);
        var published = ProjectLibraries.Published(gallery) ?? string.Empty;
        Assert.Contains("sink image=0 M:Contoso.Gallery.GalleryGateway.DescribeAsync(System.Byte[])", published, System.StringComparison.Ordinal);
        Assert.DoesNotContain("EnrolAsync", published, System.StringComparison.Ordinal);
    }
}
