// Imitates Azure.Storage.Blobs 12.x (assembly Azure.Storage.Blobs.dll): the download members of BlobBaseClient, which
// BlobClient derives from, and the results they return. Azure.Response and Response<T> are the real Azure.Core's.
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Azure.Storage.Blobs
{
    public class BlobClientOptions : ClientOptions
    {
    }

    public class BlobClient : BlobBaseClient
    {
        protected BlobClient()
        {
        }

        public BlobClient(string connectionString, string blobContainerName, string blobName)
        {
        }

        public BlobClient(Uri blobUri, TokenCredential credential, BlobClientOptions? options = default)
        {
        }
    }

    public class BlobContainerClient
    {
        protected BlobContainerClient()
        {
        }

        public BlobContainerClient(string connectionString, string blobContainerName)
        {
        }

        public virtual BlobClient GetBlobClient(string blobName) => throw new NotSupportedException();
    }
}

namespace Azure.Storage.Blobs.Models
{
    public class BlobDownloadResult
    {
        internal BlobDownloadResult()
        {
        }

        public BinaryData Content { get; internal set; } = BinaryData.Empty;
    }

    public class BlobDownloadStreamingResult : IDisposable
    {
        internal BlobDownloadStreamingResult()
        {
        }

        public Stream Content { get; internal set; } = Stream.Null;

        public void Dispose()
        {
        }
    }

    public class BlobDownloadOptions
    {
    }
}

namespace Azure.Storage.Blobs.Specialized
{
    public class BlobBaseClient
    {
        protected BlobBaseClient()
        {
        }

        public virtual string Name => string.Empty;

        public virtual Response<BlobDownloadResult> DownloadContent() => throw new NotSupportedException();

        public virtual Response<BlobDownloadResult> DownloadContent(CancellationToken cancellationToken) => throw new NotSupportedException();

        public virtual Task<Response<BlobDownloadResult>> DownloadContentAsync() => throw new NotSupportedException();

        public virtual Task<Response<BlobDownloadResult>> DownloadContentAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public virtual Response<BlobDownloadStreamingResult> DownloadStreaming(BlobDownloadOptions? options = default, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public virtual Task<Response<BlobDownloadStreamingResult>> DownloadStreamingAsync(BlobDownloadOptions? options = default, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public virtual Stream OpenRead(long position = 0, int? bufferSize = default, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public virtual Task<Stream> OpenReadAsync(long position = 0, int? bufferSize = default, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public virtual Response DownloadTo(Stream destination) => throw new NotSupportedException();

        public virtual Response DownloadTo(string path) => throw new NotSupportedException();

        public virtual Response DownloadTo(Stream destination, CancellationToken cancellationToken) => throw new NotSupportedException();

        public virtual Task<Response> DownloadToAsync(Stream destination) => throw new NotSupportedException();

        public virtual Task<Response> DownloadToAsync(string path) => throw new NotSupportedException();

        public virtual Task<Response> DownloadToAsync(Stream destination, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
