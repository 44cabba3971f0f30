// Imitates the few Microsoft.Rest.ClientRuntime 2.3.24 types (assembly Microsoft.Rest.ClientRuntime.dll) that the
// signatures of the legacy Microsoft.Azure.CognitiveServices.Vision.Face 2.8.0-preview stand-in use. The test projects do
// not reference the real package: nothing in it is matched, it only has to give the Face signatures their real types.
using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Microsoft.Rest
{
    public abstract class ServiceClientCredentials
    {
        public virtual Task ProcessHttpRequestAsync(HttpRequestMessage request, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    public class HttpOperationResponse : IDisposable
    {
        public HttpRequestMessage Request { get; set; } = null!;
        public HttpResponseMessage Response { get; set; } = null!;
        public void Dispose() { }
    }

    public class HttpOperationResponse<T> : HttpOperationResponse
    {
        public T Body { get; set; } = default!;
    }

    public interface IServiceOperations<out TClient>
    {
        TClient Client { get; }
    }

    public abstract class ServiceClient<T> : IDisposable
        where T : ServiceClient<T>
    {
        public HttpClient HttpClient => throw null!;
        public void Dispose() { }
    }
}
