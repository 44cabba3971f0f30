using System.Collections.Immutable;
using static LawEnforcementAI.Analyzers.Catalog.UnknownOriginSource;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// APIs that hand the program image data from outside it, whose origin the analysis cannot see (LEAI007). One line and
/// one test row (<c>Rules/UnknownOrigin/UnknownOriginSourceTests</c>) add an API. File reads of a path from
/// configuration or from an entry point's parameter are found through the file table (<see cref="FileTable"/>), not here.
/// </summary>
internal static class UnknownOriginTable
{
    public static readonly ImmutableArray<UnknownOriginSource> Entries = ImmutableArray.Create(
        // ASP.NET Core uploads and request bodies (shared framework Microsoft.AspNetCore.App).
        Returns("Microsoft.AspNetCore.Http.IFormFile", "OpenReadStream", "upload"),
        IntoArgument("Microsoft.AspNetCore.Http.IFormFile", "CopyTo", "upload", "target"),
        IntoArgument("Microsoft.AspNetCore.Http.IFormFile", "CopyToAsync", "upload", "target"),
        Returns("Microsoft.AspNetCore.Http.HttpRequest", "Body", "HTTP request body"),

        // Azure.Storage.Blobs: the download members are declared on BlobBaseClient, which BlobClient derives from.
        Returns("Azure.Storage.Blobs.Specialized.BlobBaseClient", "DownloadContent", "blob"),
        Returns("Azure.Storage.Blobs.Specialized.BlobBaseClient", "DownloadContentAsync", "blob"),
        Returns("Azure.Storage.Blobs.Specialized.BlobBaseClient", "DownloadStreaming", "blob"),
        Returns("Azure.Storage.Blobs.Specialized.BlobBaseClient", "DownloadStreamingAsync", "blob"),
        Returns("Azure.Storage.Blobs.Specialized.BlobBaseClient", "OpenRead", "blob"),
        Returns("Azure.Storage.Blobs.Specialized.BlobBaseClient", "OpenReadAsync", "blob"),
        IntoArgument("Azure.Storage.Blobs.Specialized.BlobBaseClient", "DownloadTo", "blob", "destination"),
        IntoArgument("Azure.Storage.Blobs.Specialized.BlobBaseClient", "DownloadToAsync", "blob", "destination"),

        // A download from a URL the code does not fix; a constant URL is a static asset.
        UnlessConstant("System.Net.Http.HttpClient", "GetByteArrayAsync", "download", "requestUri"),
        UnlessConstant("System.Net.Http.HttpClient", "GetStreamAsync", "download", "requestUri"));

    /// <summary>This table's rows, as <see cref="CatalogTables.All"/> lists them.</summary>
    public static readonly CatalogTable Table = new(nameof(UnknownOriginTable), unknownOrigins: Entries);
}
