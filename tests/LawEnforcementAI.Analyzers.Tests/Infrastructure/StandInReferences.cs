using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LawEnforcementAI.Analyzers.Tests.Infrastructure;

/// <summary>
/// Stand-ins for the camera and SDK packages the registry does not serve (FlashCap, Emgu.CV, AForge/Accord, MAUI
/// Essentials, CommunityToolkit.Maui.Camera, OpenCvSharp4.Extensions, the legacy Azure.AI.OpenAI 1.0.0-beta.17, the
/// Responses client's names before OpenAI 2.8.0, Azure.AI.Vision.Face and the legacy Microsoft.Azure.CognitiveServices.Vision.Face): the
/// embedded <c>StandIns/*.cs</c> files, compiled into separate in-memory assemblies under the real assembly names, so
/// symbols carry the containing assembly an analyzer would see. Each file's header names the package and version it
/// copies. Packages the registry serves are referenced for real (<see cref="RealPackages"/>).
/// </summary>
public static class StandInReferences
{
    /// <summary>The 1.0.0-beta.17 stand-in; it is compiled under the assembly name Azure.AI.OpenAI, like the real 2.1.0.</summary>
    public const string LegacyAzureOpenAI = "Azure.AI.OpenAI.Legacy";

    /// <summary>Microsoft.Extensions.AI.Abstractions 9.1.0-preview.1.25064.3 (<c>CompleteAsync</c>, <c>ImageContent</c>).</summary>
    public const string PreviewExtensionsAIAbstractions = "Microsoft.Extensions.AI.Preview.Abstractions";

    /// <summary>Microsoft.Extensions.AI.OpenAI 9.1.0-preview.1.25064.3 (<c>AsChatClient</c>).</summary>
    public const string PreviewExtensionsAIOpenAI = "Microsoft.Extensions.AI.Preview.OpenAI";

    /// <summary>com.openai.unity 8.x, compiled under the assembly name OpenAI.</summary>
    public const string OpenAIUnity = "com.openai.unity";

    // A stand-in is compiled against the reference assemblies, the real packages and only the stand-ins it names in DependsOn.
    private static readonly StandInSpec[] Specs =
    [
        new("OpenCvSharp.Extensions"),
        new("OpenCvSharp.GdipExtensions"),
        new("Emgu.CV"),
        new("Emgu.CV.Bitmap", DependsOn: ["Emgu.CV"]),
        new("AForge.Video"),
        new("AForge.Video.DirectShow", DependsOn: ["AForge.Video"]),
        new("Accord.Video"),
        new("Accord.Video.DirectShow", DependsOn: ["Accord.Video"]),
        new("FlashCap.Core"),
        new("FlashCap", DependsOn: ["FlashCap.Core"]),
        new("Microsoft.Maui.Essentials"),
        new("Microsoft.Maui.Controls"),
        new("CommunityToolkit.Maui.Camera", DependsOn: ["Microsoft.Maui.Controls"]),
        new("OpenAI.Responses.Legacy"),
        new(LegacyAzureOpenAI, AssemblyName: "Azure.AI.OpenAI", Legacy: true),
        new(PreviewExtensionsAIAbstractions, AssemblyName: "Microsoft.Extensions.AI.Abstractions", Preview: true),
        new(PreviewExtensionsAIOpenAI, AssemblyName: "Microsoft.Extensions.AI.OpenAI", DependsOn: [PreviewExtensionsAIAbstractions], Preview: true),
        new("Azure.AI.Vision.Face", Face: true),

        // Its signatures use Microsoft.Rest.ClientRuntime's types: compiled against the real package (ServicePackages).
        new("Microsoft.Azure.CognitiveServices.Vision.Face", Face: true),

        // Amazon Rekognition's face comparison (LEAI011), under its real assembly name; tested beside the Face SDKs.
        new("AWSSDK.Rekognition", Face: true),

        // Amazon Bedrock's runtime (LEAI010), under its real assembly name; in every test project, like the cameras.
        new("AWSSDK.BedrockRuntime"),

        // Google's Gen AI SDK (LEAI010), under its real assembly name; in every test project too.
        new("Google.GenAI"),

        // Unity's engine modules and Meta's MR Utility Kit, each under the assembly name Unity ships it as.
        new("UnityEngine.CoreModule", Unity: true),
        new("UnityEngine.AudioModule", DependsOn: ["UnityEngine.CoreModule"], Unity: true),
        new("UnityEngine.ImageConversionModule", DependsOn: ["UnityEngine.CoreModule"], Unity: true),
        new("UnityEngine.UnityWebRequestModule", DependsOn: ["UnityEngine.CoreModule"], Unity: true),
        new("Meta.XR.MRUtilityKit", AssemblyName: "meta.xr.mrutilitykit", DependsOn: ["UnityEngine.CoreModule"], Unity: true),

        // Its assembly is named OpenAI like the official SDK's: compiled and used without the real OpenAI package.
        new(OpenAIUnity, AssemblyName: "OpenAI", DependsOn: ["UnityEngine.CoreModule"], OpenAIUnity: true),
    ];

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyWithUploadsAndBlobs =
        new(() => Default.AddRange(ServicePackages.UploadsAndBlobs));

    /// <summary>What a user project has, plus ASP.NET Core's upload types and Azure.Storage.Blobs (the real ones).</summary>
    public static ImmutableArray<MetadataReference> WithUploadsAndBlobs => LazyWithUploadsAndBlobs.Value;

    private static readonly IReadOnlyDictionary<string, Lazy<MetadataReference>> LazyStandIns =
        Specs.ToDictionary(s => s.Name, s => new Lazy<MetadataReference>(() => Compile(s)), StringComparer.Ordinal);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyDefault =
        new(() => RealPackages.All.AddRange(CameraStandIns.Select(Get)));

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyWithLegacy =
        new(() => RealPackages.WithoutAzureOpenAI.AddRange(CameraStandIns.Select(Get)).Add(Get(LegacyAzureOpenAI)));

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyWithPreviewExtensionsAI =
        new(() => RealPackages.WithoutExtensionsAI.AddRange(CameraStandIns.Select(Get)).Add(Get(PreviewExtensionsAIAbstractions)).Add(Get(PreviewExtensionsAIOpenAI)));

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyWithFace =
        new(() => Default.AddRange(ServicePackages.RestClient).AddRange(FaceStandIns.Select(Get)));

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyWithUnity =
        new(() => Default.AddRange(UnityStandIns.Select(Get)));

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyWithOpenAIUnity =
        new(() => RealPackages.WithoutOpenAI.AddRange(UnityStandIns.Select(Get)).Add(Get(OpenAIUnity)));

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyWithSemanticKernelAzure =
        new(() => RealPackages.SemanticKernelAzure.AddRange(CameraStandIns.Select(Get)));

    /// <summary>Every stand-in name, in dependency order. A name is the stand-in's file name without <c>.cs</c>.</summary>
    public static ImmutableArray<string> Names { get; } = Specs.Select(s => s.Name).ToImmutableArray();

    /// <summary>The stand-ins every test project has: the camera libraries and the old Responses names (all but the legacy Azure OpenAI SDK and the Microsoft.Extensions.AI previews).</summary>
    public static ImmutableArray<string> CameraStandIns { get; } = Specs.Where(s => !s.Legacy && !s.Preview && !s.Face && !s.Unity && !s.OpenAIUnity).Select(s => s.Name).ToImmutableArray();

    /// <summary>Unity's engine modules (UnityEngine.CoreModule, AudioModule, ImageConversionModule, UnityWebRequestModule) and Meta's MR Utility Kit.</summary>
    public static ImmutableArray<string> UnityStandIns { get; } = Specs.Where(s => s.Unity).Select(s => s.Name).ToImmutableArray();

    /// <summary>What a Unity project has: Unity's engine modules and Meta's passthrough camera, beside what every test project has.</summary>
    public static ImmutableArray<MetadataReference> WithUnity => LazyWithUnity.Value;

    /// <summary>A Unity project with com.openai.unity: the Unity stand-ins and com.openai.unity, without the official OpenAI SDK.</summary>
    public static ImmutableArray<MetadataReference> WithOpenAIUnity => LazyWithOpenAIUnity.Value;

    /// <summary>The two Azure AI Face SDKs, for LEAI005.</summary>
    public static ImmutableArray<string> FaceStandIns { get; } = Specs.Where(s => s.Face).Select(s => s.Name).ToImmutableArray();

    /// <summary>What a user project has: the real packages (Azure.AI.OpenAI 2.1.0) plus the camera stand-ins.</summary>
    public static ImmutableArray<MetadataReference> Default => LazyDefault.Value;

    /// <summary>
    /// What a user project has plus Azure.AI.Vision.Face 1.0.0-beta.2 and the legacy Microsoft.Azure.CognitiveServices.Vision.Face
    /// 2.8.0-preview.3 (both at once: their namespaces differ, and a project migrating between them references both).
    /// </summary>
    public static ImmutableArray<MetadataReference> WithFace => LazyWithFace.Value;

    /// <summary>The same with the Azure.AI.OpenAI 1.0.0-beta.17 stand-in in place of the real 2.1.0.</summary>
    public static ImmutableArray<MetadataReference> WithLegacyAzureOpenAI => LazyWithLegacy.Value;

    /// <summary>A project that adds Microsoft.SemanticKernel: its Azure connector, on the Azure.AI.OpenAI 2.9.0-beta.1 it brings.</summary>
    public static ImmutableArray<MetadataReference> WithSemanticKernelAzure => LazyWithSemanticKernelAzure.Value;

    /// <summary>The pre-release Microsoft.Extensions.AI stand-ins in place of the real 10.11.0 (and of Semantic Kernel, built on it).</summary>
    public static ImmutableArray<MetadataReference> WithPreviewExtensionsAI => LazyWithPreviewExtensionsAI.Value;

    /// <summary>Which reference set a test compiles against.</summary>
    public static ImmutableArray<MetadataReference> For(bool legacyAzureOpenAI, bool semanticKernelAzure, bool previewExtensionsAI = false, bool uploadsAndBlobs = false, bool unity = false, bool openAIUnity = false) =>
        openAIUnity ? WithOpenAIUnity
        : unity ? WithUnity
        : uploadsAndBlobs ? WithUploadsAndBlobs
        : legacyAzureOpenAI ? WithLegacyAzureOpenAI
        : semanticKernelAzure ? WithSemanticKernelAzure
        : previewExtensionsAI ? WithPreviewExtensionsAI
        : Default;

    /// <summary>The assembly a stand-in is compiled as.</summary>
    public static string AssemblyNameOf(string name) => Specs.Single(s => s.Name == name) is { } spec ? spec.AssemblyName ?? spec.Name : name;

    /// <summary>The reference set a stand-in is used with.</summary>
    public static ImmutableArray<MetadataReference> SetOf(string name) =>
        Specs.Single(s => s.Name == name) switch
        {
            { Legacy: true } => WithLegacyAzureOpenAI,
            { Preview: true } => WithPreviewExtensionsAI,
            { Face: true } => WithFace,
            { Unity: true } => WithUnity,
            { OpenAIUnity: true } => WithOpenAIUnity,
            _ => Default,
        };

    /// <summary>One stand-in assembly, compiled on first use.</summary>
    public static MetadataReference Get(string name) =>
        LazyStandIns.TryGetValue(name, out var standIn)
            ? standIn.Value
            : throw new ArgumentException($"Unknown stand-in '{name}'. Known: {string.Join(", ", Names)}.", nameof(name));

    private static MetadataReference Compile(StandInSpec spec)
    {
        var resourceName = $"StandIns.{spec.Name}.cs";
        using var stream = typeof(StandInReferences).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{resourceName}' is missing; check the EmbeddedResource item in tests/TestProject.props.");
        var text = SourceText.From(stream, Encoding.UTF8);
        var tree = CSharpSyntaxTree.ParseText(
            text,
            CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest),
            path: $"StandIns/{spec.Name}.cs");

        var references = TestReferences.Platform
            .AddRange(spec.Legacy ? RealPackages.WithoutAzureOpenAI : spec.Preview ? RealPackages.WithoutExtensionsAI : spec.OpenAIUnity ? RealPackages.WithoutOpenAI : RealPackages.All)
            .AddRange(spec.DependsOn.Select(Get))
            .AddRange(spec.Face ? ServicePackages.RestClient : ImmutableArray<MetadataReference>.Empty);

        // Warnings are errors, as in the rest of the repository, with two exceptions: Azure.Core was built against
        // an older System.ClientModel than OpenAI brings (unify silently, as the SDK does), and stand-in events exist
        // for their signatures only, so nothing raises them.
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
                $"Stand-in '{spec.Name}' does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        return MetadataReference.CreateFromImage(image.ToArray(), filePath: $"{spec.Name}.dll");
    }

    private sealed record StandInSpec(string Name, string? AssemblyName = null, string[]? DependsOn = null, bool Legacy = false, bool Preview = false, bool Face = false, bool Unity = false, bool OpenAIUnity = false)
    {
        public string[] DependsOn { get; } = DependsOn ?? [];
    }
}
