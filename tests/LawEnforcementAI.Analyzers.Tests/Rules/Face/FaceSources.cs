namespace LawEnforcementAI.Analyzers.Tests.Rules.Face;

/// <summary>
/// A booking desk that uses both Face SDKs, with the variables a statement row needs: face IDs from an earlier detection,
/// a person ID, a photo as a stream, as <c>BinaryData</c> and as a URL. The legacy namespace is imported, as its extension methods
/// need; aliases keep the two SDKs' same-named types (<c>FaceClient</c>, <c>FindSimilarMatchMode</c>) apart.
/// </summary>
internal static class FaceSources
{
    public static string InMethod(string body, string className = "BookingDesk") => $$"""
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using Azure;
        using Microsoft.Azure.CognitiveServices.Vision.Face;
        using Face = Azure.AI.Vision.Face;
        using Legacy = Microsoft.Azure.CognitiveServices.Vision.Face;

        public class {{className}}
        {
            private readonly Face.FaceClient _face = new Face.FaceClient(new Uri("https://contoso.cognitiveservices.azure.com/"), new AzureKeyCredential("key"));
            private readonly Face.FaceAdministrationClient _admin = new Face.FaceAdministrationClient(new Uri("https://contoso.cognitiveservices.azure.com/"), new AzureKeyCredential("key"));
            private readonly Face.FaceSessionClient _sessions = new Face.FaceSessionClient(new Uri("https://contoso.cognitiveservices.azure.com/"), new AzureKeyCredential("key"));
            private readonly Legacy.IFaceClient _legacy = new Legacy.FaceClient(new Legacy.ApiKeyServiceClientCredentials("key")) { Endpoint = "https://contoso.cognitiveservices.azure.com/" };

            public async Task RunAsync(Guid faceId, Guid otherFaceId, Guid personId, IList<Guid> faceIds, Stream photo, BinaryData image, Uri photoUrl, CancellationToken ct)
            {
                {{body}}
                await Task.CompletedTask;
            }
        }
        """;
}
