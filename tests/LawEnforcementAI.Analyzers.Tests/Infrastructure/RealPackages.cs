using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Tests.Infrastructure;

/// <summary>
/// The real SDK packages the test projects reference (tests/TestProject.props) as metadata references, taken from the
/// assemblies the test host loaded (<c>typeof(X).Assembly.Location</c>): OpenAI 2.15.0, Azure.AI.OpenAI 2.1.0, Azure.AI.Inference 1.0.0-beta.5,
/// OpenCvSharp4 4.13.0.20260627, Azure.Core, System.ClientModel, System.Memory.Data, System.Drawing.Common, Newtonsoft.Json 13.0.4 and
/// Anthropic 13.15.0 with its platform clients Anthropic.Foundry 1.0.0, Anthropic.Bedrock 1.0.7 and Anthropic.Vertex 1.0.4
/// (in <see cref="All"/> only), plus the
/// package assemblies they reference from the output folder. These are the net10.0 (or older) builds a net10.0 user
/// project compiles against, which is why the test compilations use the .NET 10 reference assemblies
/// (<see cref="TestReferences"/>).
/// </summary>
public static class RealPackages
{
    /// <summary>Every real package, Azure.AI.OpenAI 2.1.0 included.</summary>
    /// <remarks>
    /// Microsoft.Extensions.AI 10.11.0 and Semantic Kernel 1.82.0 (Abstractions, Core, Connectors.OpenAI) are part of it;
    /// Semantic Kernel's Azure connector is not, since it needs Azure.AI.OpenAI 2.9.0-beta.1 (<see cref="SemanticKernelAzure"/>).
    /// </remarks>
    public static ImmutableArray<MetadataReference> All => LazyAll.Value;

    /// <summary>Every real package but Azure.AI.OpenAI, for the tests of the 1.0.0-beta stand-in (same assembly name).</summary>
    public static ImmutableArray<MetadataReference> WithoutAzureOpenAI => LazyWithoutAzureOpenAI.Value;

    /// <summary>
    /// Every real package plus Semantic Kernel's Azure connector, with the Azure.AI.OpenAI 2.9.0-beta.1 and Azure.Core 1.53.0
    /// it was built against in place of 2.1.0 and 1.44.1: what a project that adds Microsoft.SemanticKernel compiles against.
    /// </summary>
    public static ImmutableArray<MetadataReference> SemanticKernelAzure => LazySemanticKernelAzure.Value;

    /// <summary>Every real package but Microsoft.Extensions.AI and Semantic Kernel (built on it), for the pre-release stand-ins.</summary>
    public static ImmutableArray<MetadataReference> WithoutExtensionsAI => LazyWithoutExtensionsAI.Value;

    /// <summary>
    /// Every real package but the official OpenAI SDK and what is built on it: a Unity project with com.openai.unity,
    /// whose assembly is also named OpenAI.
    /// </summary>
    public static ImmutableArray<MetadataReference> WithoutOpenAI => LazyWithoutOpenAI.Value;

    /// <summary>Only the vision SDKs (OpenAI, Azure.AI.OpenAI and what they need), no camera library.</summary>
    public static ImmutableArray<MetadataReference> VisionSdksOnly => LazyVisionSdksOnly.Value;

    /// <summary>Only Microsoft.Extensions.AI (and what it needs): a vision SDK without OpenAI or Azure.AI.OpenAI.</summary>
    public static ImmutableArray<MetadataReference> ExtensionsAIOnly => LazyExtensionsAIOnly.Value;

    /// <summary>Only the OpenCvSharp4 camera library and System.Drawing.Common, no vision SDK.</summary>
    public static ImmutableArray<MetadataReference> CamerasOnly => LazyCamerasOnly.Value;

    private static readonly Assembly OpenAI = typeof(OpenAI.Chat.ChatClient).Assembly;
    private static readonly Assembly AzureOpenAI = typeof(Azure.AI.OpenAI.AzureOpenAIClient).Assembly;
    private static readonly Assembly OpenCvSharp = typeof(OpenCvSharp.VideoCapture).Assembly;
    private static readonly Assembly ClientModel = typeof(System.ClientModel.ApiKeyCredential).Assembly;
    private static readonly Assembly MemoryData = typeof(BinaryData).Assembly;
    private static readonly Assembly AzureCore = typeof(Azure.Core.TokenCredential).Assembly;
    private static readonly Assembly Drawing = typeof(System.Drawing.Bitmap).Assembly;
    private static readonly Assembly ExtensionsAI = typeof(Microsoft.Extensions.AI.ChatClientBuilder).Assembly;
    private static readonly Assembly ExtensionsAIOpenAI = typeof(Microsoft.Extensions.AI.OpenAIClientExtensions).Assembly;
    private static readonly Assembly SemanticKernelCore = typeof(Microsoft.SemanticKernel.KernelExtensions).Assembly;
    private static readonly Assembly SemanticKernelOpenAI = typeof(Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIChatCompletionService).Assembly;

    // By path, not typeof: loading it would make the test host resolve Azure.AI.OpenAI 2.9.0 too.
    private static string SemanticKernelAzureConnector => Path.Combine(AppContext.BaseDirectory, "Microsoft.SemanticKernel.Connectors.AzureOpenAI.dll");

    private static string SemanticKernelAzureFolder => Path.Combine(AppContext.BaseDirectory, "SemanticKernelAzure");

    private static readonly Assembly AzureInference = typeof(Azure.AI.Inference.ChatCompletionsClient).Assembly;

    private static readonly Assembly NewtonsoftJson = typeof(Newtonsoft.Json.JsonConvert).Assembly;

    private static readonly Assembly AnthropicSdk = typeof(global::Anthropic.AnthropicClient).Assembly;

    // Claude on Microsoft Foundry, Amazon Bedrock and Vertex AI: clients derived from AnthropicClient.
    private static Assembly[] AnthropicPlatforms =>
    [
        typeof(global::Anthropic.Foundry.AnthropicFoundryClient).Assembly,
        typeof(global::Anthropic.Bedrock.AnthropicBedrockClient).Assembly,
        typeof(global::Anthropic.Vertex.AnthropicVertexClient).Assembly,
    ];

    // Newtonsoft.Json rides along with the chat SDKs: every reference set that has them carries JSON carriers too.
    private static Assembly[] ChatSdks => [ExtensionsAI, ExtensionsAIOpenAI, SemanticKernelCore, SemanticKernelOpenAI, NewtonsoftJson];

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAll =
        new(() => Closure([OpenAI, AzureOpenAI, AzureInference, OpenCvSharp, ClientModel, MemoryData, AzureCore, Drawing, AnthropicSdk, .. AnthropicPlatforms, .. ChatSdks]));

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyWithoutAzureOpenAI =
        new(() => Closure([OpenAI, AzureInference, OpenCvSharp, ClientModel, MemoryData, AzureCore, Drawing, .. ChatSdks], exclude: ["Azure.AI.OpenAI"]));

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyWithoutExtensionsAI =
        new(() => Closure(
            [OpenAI, AzureOpenAI, AzureInference, OpenCvSharp, ClientModel, MemoryData, AzureCore, Drawing, NewtonsoftJson],
            exclude: ["Microsoft.Extensions.AI", "Microsoft.Extensions.AI.Abstractions", "Microsoft.Extensions.AI.OpenAI"]));

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazySemanticKernelAzure =
        new(() => Closure(
            [OpenAI, OpenCvSharp, ClientModel, MemoryData, Drawing, .. ChatSdks],
            exclude: ["Azure.AI.OpenAI", "Azure.Core"],
            extraPaths: [SemanticKernelAzureConnector, Path.Combine(SemanticKernelAzureFolder, "Azure.AI.OpenAI.dll"), Path.Combine(SemanticKernelAzureFolder, "Azure.Core.dll")]));

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyWithoutOpenAI =
        new(() => Closure([AzureInference, OpenCvSharp, ClientModel, MemoryData, AzureCore, Drawing, NewtonsoftJson], exclude: ["OpenAI"]));

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyVisionSdksOnly =
        new(() => Closure([OpenAI, AzureOpenAI, AzureInference, ClientModel, MemoryData, AzureCore]));

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyExtensionsAIOnly =
        new(() => Closure([ExtensionsAI]));

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyCamerasOnly =
        new(() => Closure([OpenCvSharp, Drawing]));

    // The roots plus every package assembly they reference from the output folder, transitively (Microsoft.Win32.
    // SystemEvents, Microsoft.Extensions.*.Abstractions, ...); framework assemblies come from the reference assemblies.
    internal static ImmutableArray<MetadataReference> Closure(Assembly[] roots, string[]? exclude = null, string[]? extraPaths = null)
    {
        var baseDirectory = AppContext.BaseDirectory;
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots.Select(a => a.Location).Concat(extraPaths ?? []));
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
                if (File.Exists(candidate) && !(exclude ?? []).Contains(name))
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
}
