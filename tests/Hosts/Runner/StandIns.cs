using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LawEnforcementAI.Analyzers.Hosts;

/// <summary>
/// The stand-in assemblies a sample names in its <c>standins.txt</c>, one a line in dependency order: a file of the
/// sample's own <c>standins/</c> folder (another project's assembly, say) or else of the unit tests' Stubs folder,
/// each compiled by the host's own compiler into an assembly of the real name (the file name, or
/// <c>File as Assembly.Name</c>), against the runtime, the host's packages and the stand-ins above it.
/// </summary>
internal static class StandIns
{
    public const string ListFile = "standins.txt";

    public const string OwnFolder = "standins";

    public static ImmutableArray<MetadataReference> For(string sampleFolder, ImmutableArray<MetadataReference> references)
    {
        var list = Path.Combine(sampleFolder, ListFile);
        if (!File.Exists(list))
        {
            return ImmutableArray<MetadataReference>.Empty;
        }

        var compiled = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var line in File.ReadAllLines(list).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal)))
        {
            var parts = line.Split(new[] { " as " }, StringSplitOptions.None);
            var file = parts[0].Trim();
            var assemblyName = parts.Length > 1 ? parts[1].Trim() : file;
            var own = Path.Combine(sampleFolder, OwnFolder, file + ".cs");
            var path = File.Exists(own) ? own : Path.Combine(HostSettings.StandInsDir, file + ".cs");
            compiled.Add(Compile(path, assemblyName, references.AddRange(compiled)));
        }

        return compiled.ToImmutable();
    }

    private static MetadataReference Compile(string path, string assemblyName, IEnumerable<MetadataReference> references)
    {
        var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path);
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { tree },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(
                $"The stand-in {path} does not compile on Roslyn {HostSettings.HostRoslynVersion} (a host parses the language of its Roslyn):\n"
                + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
