// Imitates Google.GenAI, Google's Gen AI SDK for .NET (assembly Google.GenAI.dll, namespaces Google.GenAI and
// Google.GenAI.Types): member by member from its sources, and only the members the analyzer's Google table and its tests
// use; bodies throw. Client keeps its one constructor, whose ICredential is the real Google.Apis.Auth's (which Google.GenAI
// references; the tests reference it for real, as Anthropic.Vertex brings it).
// Source: googleapis/dotnet-genai Google.GenAI/Client.cs (commit ba1ce042: the constructor, the Models property) and
// Google.GenAI/Models.cs (commit 0068b081: GenerateContentAsync and GenerateContentStreamAsync, three overloads each),
// with the types' properties as Google's own sample uses them (GoogleCloudPlatform/dotnet-docs-samples
// genai/api/GenAI.Samples/TextGeneration/TextGenWithMultiImg.cs: Content.Role/Parts, Part.InlineData/Text,
// Blob.Data/MimeType). The package version is not pinned: the registry does not serve Google.GenAI.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Google.GenAI.Types;

namespace Google.GenAI
{
    public sealed class Client : IDisposable
    {
        public Client(bool? vertexAI = null, string? apiKey = null, Google.Apis.Auth.OAuth2.ICredential? credential = null,
                      string? project = null, string? location = null,
                      Types.HttpOptions? httpOptions = null) => throw null!;

        public Models Models { get; } = null!;

        public void Dispose() { }
    }

    public sealed class Models
    {
        private Models() { }

        public Task<GenerateContentResponse> GenerateContentAsync(string model, List<Content> contents, GenerateContentConfig? config = null) => throw null!;

        public Task<GenerateContentResponse> GenerateContentAsync(string model, Content contents, GenerateContentConfig? config = null) => throw null!;

        public Task<GenerateContentResponse> GenerateContentAsync(string model, string contents, GenerateContentConfig? config = null) => throw null!;

        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStreamAsync(string model, List<Content> contents, GenerateContentConfig? config = null) => throw null!;

        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStreamAsync(string model, Content contents, GenerateContentConfig? config = null) => throw null!;

        public IAsyncEnumerable<GenerateContentResponse> GenerateContentStreamAsync(string model, string contents, GenerateContentConfig? config = null) => throw null!;
    }
}

namespace Google.GenAI.Types
{
    public class HttpOptions
    {
        public string? BaseUrl { get; set; }
    }

    public class Content
    {
        public List<Part>? Parts { get; set; }

        public string? Role { get; set; }
    }

    public class Part
    {
        public Blob? InlineData { get; set; }

        public string? Text { get; set; }
    }

    public class Blob
    {
        public byte[]? Data { get; set; }

        public string? MimeType { get; set; }
    }

    public class GenerateContentConfig
    {
    }

    public class GenerateContentResponse
    {
    }
}
