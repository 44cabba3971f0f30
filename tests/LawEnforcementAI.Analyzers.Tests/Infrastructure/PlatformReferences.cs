// Not used by the tests any more (they compile against reference assemblies, Infrastructure/TestReferences.cs):
// kept because bench/LawEnforcementAI.Analyzers.Benchmarks links this file by path. The test projects exclude it.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Tests.Infrastructure;

/// <summary>
/// The .NET runtime the tests run on, as compilation references. The trusted platform assembly list is
/// what the host loaded us with, so no reference-assembly package is needed.
/// </summary>
public static class PlatformReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAll = new(Load);

    public static ImmutableArray<MetadataReference> All => LazyAll.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        var tpa = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty;
        var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return tpa.Split(Path.PathSeparator)
            .Where(p => p.Length > 0 && string.Equals(Path.GetDirectoryName(p), runtimeDir, StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}
