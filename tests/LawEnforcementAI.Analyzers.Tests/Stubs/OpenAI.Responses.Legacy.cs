// Imitates the Responses client of OpenAI 2.2.0 to 2.7.x, before 2.8.0 renamed OpenAIResponseClient to ResponsesClient
// and ResponseCreationOptions to CreateResponseOptions (the model was then a constructor argument). No OpenAI version
// the registry serves has these names (2.1.0 has no Responses API, 2.10.0 and later the new names), so this stand-in
// declares only the renamed types, reuses ResponseItem from the real 2.15.0, and is compiled under its own assembly
// name because the real OpenAI assembly is referenced beside it. The analyzer matches by metadata name, so the
// assembly name does not change what it sees.
// Source: openai/openai-dotnet src/Custom/Responses/OpenAIResponseClient.cs (2.2.0 to 2.7.x: constructors (string model,
// string apiKey) and (string model, ApiKeyCredential credential, OpenAIClientOptions options); CreateResponse and
// CreateResponseAsync over IEnumerable<ResponseItem> inputItems or string userInputText, each with ResponseCreationOptions
// options = null and CancellationToken cancellationToken = default) and api/OpenAI.netstandard2.0.cs at 2.2.0
// (ResponseCreationOptions has a public constructor, OpenAIResponse none).
#pragma warning disable OPENAI001 // ResponseItem is an evaluation API in OpenAI 2.15
using System.ClientModel;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Responses
{
    public class ResponseCreationOptions
    {
    }

    public class OpenAIResponse
    {
        internal OpenAIResponse() { }
    }

    public class OpenAIResponseClient
    {
        public OpenAIResponseClient(string model, string apiKey)
        {
        }

        public OpenAIResponseClient(string model, ApiKeyCredential credential, OpenAIClientOptions options)
        {
        }

        public virtual ClientResult<OpenAIResponse> CreateResponse(IEnumerable<ResponseItem> inputItems, ResponseCreationOptions? options = null, CancellationToken cancellationToken = default) => null!;

        public virtual Task<ClientResult<OpenAIResponse>> CreateResponseAsync(IEnumerable<ResponseItem> inputItems, ResponseCreationOptions? options = null, CancellationToken cancellationToken = default) => null!;

        public virtual ClientResult<OpenAIResponse> CreateResponse(string userInputText, ResponseCreationOptions? options = null, CancellationToken cancellationToken = default) => null!;

        public virtual Task<ClientResult<OpenAIResponse>> CreateResponseAsync(string userInputText, ResponseCreationOptions? options = null, CancellationToken cancellationToken = default) => null!;
    }
}
