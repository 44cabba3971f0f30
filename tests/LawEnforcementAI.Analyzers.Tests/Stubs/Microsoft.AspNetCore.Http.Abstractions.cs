// Imitates HttpRequest of ASP.NET Core 8-10 (shared framework Microsoft.AspNetCore.App, assembly
// Microsoft.AspNetCore.Http.Abstractions.dll): the request body and form an endpoint reads an uploaded image from.
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Microsoft.AspNetCore.Http
{
    public abstract class HttpRequest
    {
        public abstract Stream Body { get; set; }

        public abstract string? ContentType { get; set; }

        public abstract long? ContentLength { get; set; }

        public abstract bool HasFormContentType { get; }

        public abstract IFormCollection Form { get; set; }

        public abstract Task<IFormCollection> ReadFormAsync(CancellationToken cancellationToken = default);
    }
}
