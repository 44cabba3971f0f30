// Not used by the tests any more (they use the real packages and Infrastructure/StandInReferences.cs): kept because
// bench/LawEnforcementAI.Analyzers.Benchmarks links this file by path. The test projects exclude it.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LawEnforcementAI.Analyzers.Tests.Infrastructure;

/// <summary>
/// Compilation references for the third-party APIs the analyzer knows about. Packages that restore here are
/// referenced as they are; the rest are stubs (embedded <c>Stubs/*.cs</c>) compiled into separate in-memory
/// assemblies under the real assembly names, so symbols carry the containing assembly an analyzer would see.
/// Combine with <see cref="PlatformReferences.All"/> to build a test compilation.
/// </summary>
public static class StubReferences
{
    /// <summary>The 1.0.0-beta.17 stub; it is compiled under the assembly name Azure.AI.OpenAI, like the 2.x one.</summary>
    public const string LegacyAzureOpenAI = "Azure.AI.OpenAI.Legacy";

    private const string AzureOpenAI = "Azure.AI.OpenAI";

    // A stub is compiled against the platform, the real packages and only the stubs it names in DependsOn.
    private static readonly StubSpec[] Specs =
    [
        new("OpenCvSharp"),
        new("OpenCvSharp.Extensions", DependsOn: ["OpenCvSharp"]),
        new("Emgu.CV"),
        new("Emgu.CV.Bitmap", DependsOn: ["Emgu.CV"]),
        new("AForge.Video"),
        new("AForge.Video.DirectShow", DependsOn: ["AForge.Video"]),
        new("Accord.Video"),
        new("Accord.Video.DirectShow", DependsOn: ["Accord.Video"]),
        new("FlashCap.Core"),
        new("Microsoft.Maui.Essentials"),
        new("Microsoft.Maui.Controls"),
        new("CommunityToolkit.Maui.Camera", DependsOn: ["Microsoft.Maui.Controls"]),
        new(AzureOpenAI),
        new(LegacyAzureOpenAI, AssemblyName: AzureOpenAI),
    ];

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyPackages = new(LoadPackages);

    private static readonly IReadOnlyDictionary<string, Lazy<MetadataReference>> LazyStubs =
        Specs.ToDictionary(s => s.Name, s => new Lazy<MetadataReference>(() => Compile(s)), StringComparer.Ordinal);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyDefault =
        new(() => Packages.AddRange(StubNames.Where(n => n != LegacyAzureOpenAI).Select(Get)));

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyWithLegacy =
        new(() => Packages.AddRange(StubNames.Where(n => n != AzureOpenAI).Select(Get)));

    /// <summary>Every stub name, in dependency order. A name is the stub's file name without <c>.cs</c>.</summary>
    public static ImmutableArray<string> StubNames { get; } = Specs.Select(s => s.Name).ToImmutableArray();

    /// <summary>
    /// The real packages: OpenAI, System.ClientModel, System.Memory.Data, Azure.Core, System.Drawing.Common and
    /// whatever they reference from the test output folder.
    /// </summary>
    public static ImmutableArray<MetadataReference> Packages => LazyPackages.Value;

    /// <summary><see cref="Packages"/> plus every stub, with the Azure.AI.OpenAI 2.x stub.</summary>
    public static ImmutableArray<MetadataReference> Default => LazyDefault.Value;

    /// <summary><see cref="Packages"/> plus every stub, with Azure.AI.OpenAI 1.0.0-beta.17 in place of 2.x.</summary>
    public static ImmutableArray<MetadataReference> WithLegacyAzureOpenAI => LazyWithLegacy.Value;

    /// <summary>One stub assembly, compiled on first use.</summary>
    public static MetadataReference Get(string stubName) =>
        LazyStubs.TryGetValue(stubName, out var stub)
            ? stub.Value
            : throw new ArgumentException($"Unknown stub '{stubName}'. Known: {string.Join(", ", StubNames)}.", nameof(stubName));

    private static MetadataReference Compile(StubSpec spec)
    {
        var resourceName = $"Stubs.{spec.Name}.cs";
        using var stream = typeof(StubReferences).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{resourceName}' is missing; check the EmbeddedResource item in the test project.");
        var text = SourceText.From(stream, Encoding.UTF8);
        var tree = CSharpSyntaxTree.ParseText(
            text,
            CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest),
            path: $"Stubs/{spec.Name}.cs");

        var references = PlatformReferences.All
            .AddRange(Packages)
            .AddRange(spec.DependsOn.Select(Get));

        // Warnings are errors, as in the rest of the repository, with two exceptions: Azure.Core was built against
        // an older System.ClientModel than OpenAI brings (unify silently, as the SDK does), and stub events exist for
        // their signatures only, so nothing raises them.
        var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
                ["CS0067"] = ReportDiagnostic.Suppress,
            });

        var compilation = CSharpCompilation.Create(spec.AssemblyName ?? spec.Name, [tree], references, options);

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            var errors = result.Diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => "  " + d.ToString());
            throw new InvalidOperationException(
                $"Stub '{spec.Name}' does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        return MetadataReference.CreateFromImage(image.ToArray(), filePath: $"{spec.Name}.dll");
    }

    private static ImmutableArray<MetadataReference> LoadPackages()
    {
        Assembly[] roots =
        [
            typeof(OpenAI.Chat.ChatClient).Assembly,
            typeof(System.ClientModel.ApiKeyCredential).Assembly,
            typeof(BinaryData).Assembly,
            typeof(Azure.Core.TokenCredential).Assembly,
            typeof(System.Drawing.Bitmap).Assembly,
        ];

        // Follow references into the output folder so dependencies such as Microsoft.Win32.SystemEvents or
        // Microsoft.Extensions.*.Abstractions come along; framework assemblies are left to PlatformReferences.
        var baseDirectory = AppContext.BaseDirectory;
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots.Select(a => a.Location));
        while (pending.Count > 0)
        {
            var path = pending.Pop();
            if (!paths.Add(path))
            {
                continue;
            }

            foreach (var name in ReferencedNames(path))
            {
                var candidate = Path.Combine(baseDirectory, name + ".dll");
                if (File.Exists(candidate))
                {
                    pending.Push(candidate);
                }
            }
        }

        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    }

    private static IEnumerable<string> ReferencedNames(string path)
    {
        using var peReader = new PEReader(File.OpenRead(path));
        var reader = peReader.GetMetadataReader();
        return reader.AssemblyReferences
            .Select(h => reader.GetString(reader.GetAssemblyReference(h).Name))
            .ToList();
    }

    private sealed record StubSpec(string Name, string? AssemblyName = null, string[]? DependsOn = null)
    {
        public string[] DependsOn { get; } = DependsOn ?? [];
    }
}
