using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Benchmarks;

/// <summary>
/// The references of the benchmark corpora: the .NET runtime this program runs on (its trusted platform assemblies in
/// the shared framework folder) and the real SDK packages the project references, loaded as the host loaded them.
/// </summary>
public static class BenchReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyPlatform = new(() =>
    {
        var tpa = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty;
        var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return tpa.Split(Path.PathSeparator)
            .Where(p => p.Length > 0 && string.Equals(Path.GetDirectoryName(p), runtimeDir, StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    });

    public static ImmutableArray<MetadataReference> Platform => LazyPlatform.Value;

    /// <summary>OpenCvSharp4 4.13.0.20260627: the camera API of every corpus.</summary>
    public static ImmutableArray<MetadataReference> Camera { get; } = Of(typeof(OpenCvSharp.VideoCapture));

    /// <summary>Azure.AI.OpenAI 2.1.0 on OpenAI 2.15.0, System.Memory.Data, System.ClientModel and Azure.Core: the vision SDK.</summary>
    public static ImmutableArray<MetadataReference> Vision { get; } = Of(
        typeof(Azure.AI.OpenAI.AzureOpenAIClient),
        typeof(OpenAI.Chat.ChatClient),
        typeof(BinaryData),
        typeof(System.ClientModel.ApiKeyCredential),
        typeof(Azure.Core.TokenCredential));

    /// <summary>
    /// Microsoft.Extensions.DependencyInjection.Abstractions and Hosting.Abstractions 10.0.10 (with the abstractions
    /// their signatures use): the container registrations and hosted services of a worker service.
    /// </summary>
    public static ImmutableArray<MetadataReference> Container { get; } = Of(
        typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection),
        typeof(Microsoft.Extensions.Hosting.BackgroundService));

    private static ImmutableArray<MetadataReference> Of(params Type[] types) =>
        types.Select(t => (MetadataReference)MetadataReference.CreateFromFile(t.Assembly.Location)).ToImmutableArray();
}
