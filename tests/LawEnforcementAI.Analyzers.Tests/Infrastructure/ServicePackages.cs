using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace LawEnforcementAI.Analyzers.Tests.Infrastructure;

/// <summary>
/// Real packages for where images of unknown origin come from and for the legacy Face SDK's signatures, referenced only
/// by the tests that ask for them: Azure.Storage.Blobs 12.19.1 (with Azure.Storage.Common), the upload types of ASP.NET
/// Core 10 from its reference pack Microsoft.AspNetCore.App.Ref (a web project's <c>IFormFile</c> and <c>HttpRequest</c>),
/// and Microsoft.Rest.ClientRuntime 2.3.24 (tests/TestProject.props restores all three).
/// </summary>
public static class ServicePackages
{
    /// <summary>Keep in step with the PackageDownload in tests/TestProject.props.</summary>
    public const string AspNetCoreReferencePackVersion = "10.0.12";

    /// <summary>The assemblies of ASP.NET Core's reference pack that hold the upload types and what their signatures use.</summary>
    private static readonly string[] AspNetCoreUploadAssemblies =
    [
        "Microsoft.AspNetCore.Http.Abstractions", "Microsoft.AspNetCore.Http.Features", "Microsoft.Extensions.Features", "Microsoft.Extensions.Primitives",
    ];

    private static readonly Assembly Blobs = typeof(Azure.Storage.Blobs.BlobClient).Assembly;

    private static readonly Assembly RestClientRuntime = typeof(Microsoft.Rest.ServiceClientCredentials).Assembly;

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyUploadsAndBlobs = new(() =>
    {
        var blobs = RealPackages.Closure([Blobs]);
        var present = RealPackages.All.AddRange(blobs).Select(NameOf).ToImmutableHashSet(StringComparer.Ordinal);
        var aspNetCore = new ReferenceAssemblies(
                "net10.0",
                new PackageIdentity("Microsoft.AspNetCore.App.Ref", AspNetCoreReferencePackVersion),
                Path.Combine("ref", "net10.0"))
            .ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult()
            .Where(r => AspNetCoreUploadAssemblies.Contains(NameOf(r)) && !present.Contains(NameOf(r)));
        return blobs.Where(r => !RealPackages.All.Any(a => NameOf(a) == NameOf(r))).Concat(aspNetCore).ToImmutableArray();
    });

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyRest = new(() =>
        RealPackages.Closure([RestClientRuntime]).Where(r => !RealPackages.All.Any(a => NameOf(a) == NameOf(r))).ToImmutableArray());

    /// <summary>Azure.Storage.Blobs and ASP.NET Core's upload types, to add to a user project's references.</summary>
    public static ImmutableArray<MetadataReference> UploadsAndBlobs => LazyUploadsAndBlobs.Value;

    /// <summary>Microsoft.Rest.ClientRuntime, to add to a user project's references.</summary>
    public static ImmutableArray<MetadataReference> RestClient => LazyRest.Value;

    private static string NameOf(MetadataReference reference) => Path.GetFileNameWithoutExtension(((PortableExecutableReference)reference).FilePath ?? string.Empty);
}
