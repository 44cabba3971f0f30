using System;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace LawEnforcementAI.Analyzers.Tests.Infrastructure;

/// <summary>
/// The .NET 10 reference assemblies every test compilation is built on: a net10.0 user project, like
/// samples/BodyCamUploader. The test projects restore Microsoft.NETCore.App.Ref with a PackageDownload of exactly this
/// version, and the library looks in the global packages folder first, so resolving them needs no network.
/// </summary>
/// <remarks>
/// Not <c>ReferenceAssemblies.Net.Net80</c>: the real packages are referenced as the test host loaded them
/// (<see cref="RealPackages"/>), and on .NET 10 those are the net10.0/net9.0 builds of OpenAI, System.ClientModel,
/// System.Memory.Data and System.Drawing.Common, which .NET 8 reference assemblies reject (CS1705: they use
/// System.Runtime 9.0/10.0 and System.Text.Json 10.0). Nor the library's <c>Net100</c>, whose 10.0.1 reference pack the
/// registry does not serve. Roslyn 4.8 reads the .NET 10 reference assemblies fine (the 4.8 leg proves it).
/// </remarks>
public static class TestReferences
{
    /// <summary>Keep in step with the PackageDownload in tests/TestProject.props.</summary>
    public const string ReferencePackVersion = "10.0.12";

    public static ReferenceAssemblies ReferenceAssemblies { get; } = new(
        "net10.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", ReferencePackVersion),
        Path.Combine("ref", "net10.0"));

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyPlatform = new(() =>
        ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>The resolved reference assemblies, for compilations built outside the library (stand-ins, direct analysis).</summary>
    public static ImmutableArray<MetadataReference> Platform => LazyPlatform.Value;
}
