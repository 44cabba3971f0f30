using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests;

/// <summary>
/// The stand-ins as references: each compiles under its real assembly name, and the key types of each reference set
/// resolve, uniquely, to the assembly the real library defines them in. Code written against them is checked in
/// <see cref="StandInCompilationTests"/>.
/// </summary>
public class StandInTests
{
    public static TheoryData<string> StandInNames => new(StandInReferences.Names);

    [Theory]
    [MemberData(nameof(StandInNames))]
    public void StandIn_compiles_under_its_real_assembly_name(string standInName)
    {
        var reference = Assert.IsAssignableFrom<PortableExecutableReference>(StandInReferences.Get(standInName));
        var assembly = Assert.IsType<AssemblyMetadata>(reference.GetMetadata()).GetModules()[0].Name;

        var expected = StandInReferences.AssemblyNameOf(standInName);
        Assert.Equal(expected + ".dll", assembly);
    }

    [Fact]
    public void Unknown_stand_in_name_is_rejected()
    {
        Assert.Throws<System.ArgumentException>(() => StandInReferences.Get("No.Such.StandIn"));
    }

    [Theory]
    [InlineData("OpenCvSharp.VideoCapture", "OpenCvSharp")]
    [InlineData("OpenCvSharp.Mat", "OpenCvSharp")]
    [InlineData("OpenCvSharp.Cv2", "OpenCvSharp")]
    [InlineData("OpenCvSharp.Extensions.BitmapConverter", "OpenCvSharp.Extensions")]
    [InlineData("OpenCvSharp.VideoCaptureAPIs", "OpenCvSharp")]
    [InlineData("Emgu.CV.VideoCapture", "Emgu.CV")]
    [InlineData("Emgu.CV.VideoCapture+API", "Emgu.CV")]
    [InlineData("Emgu.CV.CvInvoke", "Emgu.CV")]
    [InlineData("Emgu.CV.Image`2", "Emgu.CV")]
    [InlineData("Emgu.CV.Util.VectorOfByte", "Emgu.CV")]
    [InlineData("Emgu.CV.BitmapExtension", "Emgu.CV.Bitmap")]
    [InlineData("AForge.Video.NewFrameEventArgs", "AForge.Video")]
    [InlineData("AForge.Video.DirectShow.VideoCaptureDevice", "AForge.Video.DirectShow")]
    [InlineData("Accord.Video.NewFrameEventArgs", "Accord.Video")]
    [InlineData("Accord.Video.DirectShow.FilterInfoCollection", "Accord.Video.DirectShow")]
    [InlineData("FlashCap.PixelBufferExtension", "FlashCap")]
    [InlineData("FlashCap.PixelBuffer", "FlashCap.Core")]
    [InlineData("FlashCap.CaptureDeviceDescriptorExtension", "FlashCap")]
    [InlineData("OpenCvSharp.GdipExtensions.BitmapConverter", "OpenCvSharp.GdipExtensions")]
    [InlineData("Microsoft.Maui.Media.MediaPicker", "Microsoft.Maui.Essentials")]
    [InlineData("Microsoft.Maui.Storage.FileResult", "Microsoft.Maui.Essentials")]
    [InlineData("CommunityToolkit.Maui.Views.CameraView", "CommunityToolkit.Maui.Camera")]
    [InlineData("CommunityToolkit.Maui.Core.MediaCapturedEventArgs", "CommunityToolkit.Maui.Camera")]
    [InlineData("Azure.AI.OpenAI.AzureOpenAIClient", "Azure.AI.OpenAI")]
    [InlineData("OpenAI.Chat.ChatClient", "OpenAI")]
    [InlineData("OpenAI.Chat.ChatMessageContentPart", "OpenAI")]
    [InlineData("System.ClientModel.ApiKeyCredential", "System.ClientModel")]
    [InlineData("System.BinaryData", "System.Memory.Data")]
    [InlineData("Azure.Core.TokenCredential", "Azure.Core")]
    [InlineData("System.Drawing.Bitmap", "System.Drawing.Common")]
    [InlineData("OpenAI.Responses.OpenAIResponseClient", "OpenAI.Responses.Legacy")]
    public void Default_references_resolve_key_types(string metadataName, string assemblyName)
    {
        var type = Compile(StandInReferences.Default).GetTypeByMetadataName(metadataName);

        Assert.NotNull(type);
        Assert.Equal(assemblyName, type.ContainingAssembly.Name);
    }

    [Theory]
    [InlineData("Azure.AI.Vision.Face.FaceClient", "Azure.AI.Vision.Face")]
    [InlineData("Azure.AI.Vision.Face.FaceAdministrationClient", "Azure.AI.Vision.Face")]
    [InlineData("Azure.AI.Vision.Face.LargePersonGroupClient", "Azure.AI.Vision.Face")]
    [InlineData("Azure.AI.Vision.Face.FaceSessionClient", "Azure.AI.Vision.Face")]
    [InlineData("Microsoft.Azure.CognitiveServices.Vision.Face.IFaceClient", "Microsoft.Azure.CognitiveServices.Vision.Face")]
    [InlineData("Microsoft.Azure.CognitiveServices.Vision.Face.FaceOperationsExtensions", "Microsoft.Azure.CognitiveServices.Vision.Face")]
    [InlineData("Microsoft.Azure.CognitiveServices.Vision.Face.Models.IdentifyResult", "Microsoft.Azure.CognitiveServices.Vision.Face")]
    [InlineData("Microsoft.Rest.ServiceClientCredentials", "Microsoft.Rest.ClientRuntime")]
    [InlineData("Azure.AI.OpenAI.AzureOpenAIClient", "Azure.AI.OpenAI")]
    public void Face_references_resolve_both_SDKs_beside_the_default_ones(string metadataName, string assemblyName)
    {
        var type = Compile(StandInReferences.WithFace).GetTypeByMetadataName(metadataName);

        Assert.NotNull(type);
        Assert.Equal(assemblyName, type.ContainingAssembly.Name);
        Assert.Null(Compile(StandInReferences.Default).GetTypeByMetadataName("Azure.AI.Vision.Face.FaceClient"));
    }

    [Theory]
    [InlineData("Azure.AI.OpenAI.OpenAIClient")]
    [InlineData("Azure.AI.OpenAI.ChatMessageImageContentItem")]
    [InlineData("Azure.AI.OpenAI.ChatRequestUserMessage")]
    [InlineData("Azure.AI.OpenAI.StreamingResponse`1")]
    public void Legacy_references_resolve_beta_17_types(string metadataName)
    {
        var compilation = Compile(StandInReferences.WithLegacyAzureOpenAI);

        var type = compilation.GetTypeByMetadataName(metadataName);
        Assert.NotNull(type);
        Assert.Equal("Azure.AI.OpenAI", type.ContainingAssembly.Name);
        Assert.Null(compilation.GetTypeByMetadataName("Azure.AI.OpenAI.AzureOpenAIClient"));
    }

    [Theory]
    [MemberData(nameof(StandInNames))]
    public void Every_stand_in_type_resolves_uniquely_by_metadata_name(string standInName)
    {
        // GetTypeByMetadataName returns null when two references define the same name, which would silently blind
        // an analyzer; check each stand-in type against the full reference set it is used with.
        var references = StandInReferences.SetOf(standInName);
        var compilation = Compile(references);
        var assembly = Assert.IsAssignableFrom<IAssemblySymbol>(
            compilation.GetAssemblyOrModuleSymbol(StandInReferences.Get(standInName)));

        var types = PublicTypes(assembly.GlobalNamespace).ToList();

        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal(t.Symbol, compilation.GetTypeByMetadataName(t.MetadataName), SymbolEqualityComparer.Default));
    }

    private static IEnumerable<(INamedTypeSymbol Symbol, string MetadataName)> PublicTypes(INamespaceSymbol ns)
    {
        foreach (var type in ns.GetTypeMembers().Where(t => t.DeclaredAccessibility == Accessibility.Public))
        {
            var prefix = ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString() + ".";
            foreach (var entry in WithNested(type, prefix + type.MetadataName))
            {
                yield return entry;
            }
        }

        foreach (var child in ns.GetNamespaceMembers())
        {
            foreach (var entry in PublicTypes(child))
            {
                yield return entry;
            }
        }
    }

    private static IEnumerable<(INamedTypeSymbol Symbol, string MetadataName)> WithNested(INamedTypeSymbol type, string metadataName)
    {
        yield return (type, metadataName);
        foreach (var nested in type.GetTypeMembers().Where(t => t.DeclaredAccessibility == Accessibility.Public))
        {
            foreach (var entry in WithNested(nested, metadataName + "+" + nested.MetadataName))
            {
                yield return entry;
            }
        }
    }

    internal static CSharpCompilation Compile(ImmutableArray<MetadataReference> references, string? source = null) =>
        CSharpCompilation.Create(
            "StandInConsumer",
            source is null ? [] : [CSharpSyntaxTree.ParseText(source, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest))],
            TestReferences.Platform.AddRange(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
}
