using System;
using System.Collections.Generic;
using System.Linq;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Catalog;

/// <summary>
/// The analyzer's tables name types, members and parameters by metadata name. Stand-ins written from documentation drifted
/// from the real shapes before, so every entry whose type the real packages (OpenAI 2.15.0, Azure.AI.OpenAI 2.1.0, Azure.AI.Inference 1.0.0-beta.5,
/// OpenCvSharp4 4.13.0.20260627, Microsoft.Extensions.AI 10.11.0, Semantic Kernel 1.82.0, Microsoft.Extensions.DependencyInjection
/// and Hosting abstractions 10.0, the .NET 10 libraries, Azure.Storage.Blobs 12.19.1 and ASP.NET Core 10's upload types)
/// define must name a member, and parameters, that they have. Stand-in types are checked by <see cref="StandInShapeTests"/>.
/// Entries for types those packages lack (stand-in libraries, Azure.AI.OpenAI 1.x, OpenCvSharp5) are out of scope here.
/// </summary>
public class RealPackageShapeTests
{
    private static readonly Lazy<CSharpCompilation> RealPackagesCompilation = new(() => CSharpCompilation.Create(
        "CatalogCheck",
        references: TestReferences.Platform.AddRange(RealPackages.All).AddRange(ServicePackages.UploadsAndBlobs),
        options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));

    private static readonly Lazy<CSharpCompilation> PreviewExtensionsAICompilation = new(() => CSharpCompilation.Create(
        "CatalogCheckPreviewExtensionsAI",
        references: TestReferences.Platform.AddRange(StandInReferences.WithPreviewExtensionsAI),
        options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));

    // Semantic Kernel's Azure connector needs Azure.AI.OpenAI 2.9.0-beta.1, so its types are looked up in a second set.
    private static readonly Lazy<CSharpCompilation> SemanticKernelAzureCompilation = new(() => CSharpCompilation.Create(
        "CatalogCheckSemanticKernelAzure",
        references: TestReferences.Platform.AddRange(RealPackages.SemanticKernelAzure),
        options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));

    public static TheoryData<string, string, string> Entries()
    {
        var data = new TheoryData<string, string, string>();
        // The prompt rules' image parts are checked too: a renamed media-type parameter would make every part an image.
        foreach (var entry in ApiCatalog.Default.Entries.Where(e => e.Member.Kind != ApiMemberKind.Every))
        {
            var parameters = string.Join(",", SlotsOf(entry).Where(s => s.Kind == SlotKind.Parameter).Select(s => s.Name).Distinct());
            (string TypeName, string Name, string Parameters) row = (entry.TypeName, entry.Member.Name, parameters);
            if (!Seen.Contains(row))
            {
                Seen.Add(row);
                data.Add(row.TypeName, row.Name, row.Parameters);
            }
        }

        Seen.Clear();
        return data;
    }

    // Two entries may name the same member and parameters (StringBuilder.Append in both directions): one row each.
    private static readonly HashSet<(string, string, string)> Seen = [];

    private static IEnumerable<Slot> SlotsOf(CatalogEntry entry) => entry switch
    {
        CameraSource source => [source.FrameArgument, .. source.Opening is { } opening ? [opening.Argument] : Array.Empty<Slot>()],
        FlowThrough flow => [flow.From, flow.To],
        FileOperation file => [file.Path, file.Content],
        ImagePart part => new[] { part.MediaTypeParameter, part.UriParameter }.OfType<string>().Select(Slot.Parameter),
        VisionSink sink => [.. sink.Request, .. sink.Endpoint is { } url ? [url] : Array.Empty<Slot>()],
        UnknownOriginSource origin => origin.Argument.Kind == SlotKind.Parameter ? [origin.Argument] : Array.Empty<Slot>(),
        ContainerService service => [.. service.Instances, .. service.Factories, .. service.ServiceTypeArgument is { } t ? [t] : Array.Empty<Slot>()],
        ClientFactory factory => [.. factory.AzureIfGiven is { } a ? [a] : Array.Empty<Slot>(), .. factory.Options is { } o ? [o] : Array.Empty<Slot>(), .. factory.Endpoint is { } e ? [e] : Array.Empty<Slot>()],
        _ => [],
    };

    [Fact]
    public void TheRealPackagesDefineTheTypesTheTestsRelyOn()
    {
        // Guards the theory below against passing vacuously because nothing resolved.
        var compilation = RealPackagesCompilation.Value;
        foreach (var name in new[] { "OpenCvSharp.VideoCapture", "OpenCvSharp.Mat", "OpenAI.Chat.ChatClient", "Azure.AI.OpenAI.AzureOpenAIClient", "Microsoft.Extensions.AI.IChatClient", "Microsoft.Extensions.AI.OpenAIClientExtensions", "Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService", "Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIChatCompletionService", "Azure.AI.Inference.ChatCompletionsClient", "OpenAI.Responses.ResponsesClient", "System.Net.Http.HttpClient" })
        {
            Assert.NotNull(compilation.GetTypeByMetadataName(name));
        }

        Assert.NotNull(SemanticKernelAzureCompilation.Value.GetTypeByMetadataName("Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAIChatCompletionService"));
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void EntryNamesAMemberAndParametersTheRealPackageHas(string typeName, string member, string parameters)
    {
        // The pre-release Microsoft.Extensions.AI names (CompleteAsync, ImageContent, AsChatClient) are checked against
        // the 9.1 preview stand-ins, which were written from that release's API listing.
        var types = new[] { RealPackagesCompilation, SemanticKernelAzureCompilation, PreviewExtensionsAICompilation }
            .Select(c => c.Value.GetTypeByMetadataName(typeName))
            .Where(t => t is not null)
            .ToList();
        var wanted = parameters.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var type = types.FirstOrDefault(t => wanted.All(p => AllMembers(t!, member).OfType<IMethodSymbol>().Any(m => m.Parameters.Any(q => q.Name == p))) && AllMembers(t!, member).Any())
            ?? types.FirstOrDefault(t => AllMembers(t!, member).Any())
            ?? types.FirstOrDefault();
        if (type is null)
        {
            // Fine for a stand-in library or Azure.AI.OpenAI 1.x; not for a package we reference, where a missing type
            // means the table names a type that does not exist (renamed or never there).
            Assert.False(IsServedPackageType(typeName), $"{typeName} is not defined by the real packages");
            return;
        }

        var members = AllMembers(type, member).ToList();
        Assert.True(members.Count > 0, $"{typeName} in {type.ContainingAssembly.Identity} has no member '{member}'");

        foreach (var parameter in parameters.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.True(
                members.OfType<IMethodSymbol>().Any(m => m.Parameters.Any(p => p.Name == parameter)),
                $"no overload of {typeName}.{member} in {type.ContainingAssembly.Identity} has a parameter '{parameter}'");
        }
    }

    // OpenCvSharp4, OpenAI, Microsoft.Extensions.AI and Semantic Kernel are referenced for real; OpenCvSharp4.Extensions and OpenCvSharp5's GdipExtensions are not
    // served, and the Azure.AI.OpenAI namespace also holds the 1.x types the stand-in covers.
    // OpenAIResponseClient is OpenAI 2.2 to 2.7's name, which no served version has (a stand-in stands for it), and
    // com.openai.unity's chat types share the OpenAI namespace without being served (its stand-in stands for them).
    private static bool IsServedPackageType(string typeName) =>
        typeName != "OpenAI.Responses.OpenAIResponseClient"
        && !ComOpenAIUnityTypes.Contains(typeName)
        && ((typeName.StartsWith("OpenCvSharp.", StringComparison.Ordinal)
                && !typeName.StartsWith("OpenCvSharp.Extensions.", StringComparison.Ordinal)
                && !typeName.StartsWith("OpenCvSharp.GdipExtensions.", StringComparison.Ordinal))
            || typeName.StartsWith("OpenAI.", StringComparison.Ordinal)
            || typeName.StartsWith("Microsoft.Extensions.AI.", StringComparison.Ordinal)
            || typeName.StartsWith("Microsoft.SemanticKernel.", StringComparison.Ordinal)
            || typeName.StartsWith("Azure.AI.Inference.", StringComparison.Ordinal)
            || typeName.StartsWith("System.Net.Http.", StringComparison.Ordinal)
            || typeName.StartsWith("Azure.Storage.Blobs.", StringComparison.Ordinal)
            || typeName.StartsWith("Microsoft.AspNetCore.Http.", StringComparison.Ordinal)
            || typeName.StartsWith("Microsoft.Extensions.DependencyInjection.", StringComparison.Ordinal)
            || typeName == "Azure.AI.OpenAI.AzureOpenAIClient");

    private static readonly HashSet<string> ComOpenAIUnityTypes = OpenAIUnityTable.Table.Sinks.Cast<CatalogEntry>().Concat(OpenAIUnityTable.Table.FlowThrough)
        .Select(e => e.TypeName).ToHashSet();

    // Declared or inherited: the analyzer matches a call whose method is declared on the type or one of its bases.
    private static IEnumerable<ISymbol> AllMembers(INamedTypeSymbol type, string member)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            foreach (var symbol in t.GetMembers(member))
            {
                yield return symbol;
            }

            if (member == WellKnownMemberNames.InstanceConstructorName)
            {
                yield break; // Constructors are not inherited.
            }
        }
    }
}
