// Imitates the upload types of ASP.NET Core 8-10 (shared framework Microsoft.AspNetCore.App, assembly
// Microsoft.AspNetCore.Http.Features.dll): IFormFile, IFormFileCollection, IFormCollection. The shared framework is not
// a NuGet package the test projects can reference, so these keep the real names, namespaces and parameter names.
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Microsoft.AspNetCore.Http
{
    public interface IFormFile
    {
        string ContentType { get; }

        string ContentDisposition { get; }

        long Length { get; }

        string Name { get; }

        string FileName { get; }

        Stream OpenReadStream();

        void CopyTo(Stream target);

        Task CopyToAsync(Stream target, CancellationToken cancellationToken = default);
    }

    public interface IFormFileCollection : IReadOnlyList<IFormFile>
    {
        IFormFile? this[string name] { get; }

        IFormFile? GetFile(string name);

        IReadOnlyList<IFormFile> GetFiles(string name);
    }

    public interface IFormCollection
    {
        int Count { get; }

        IFormFileCollection Files { get; }

        bool ContainsKey(string key);
    }
}
