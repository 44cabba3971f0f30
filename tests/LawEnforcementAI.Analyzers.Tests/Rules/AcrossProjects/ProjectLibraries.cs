using System;
using System.IO;
using System.Linq;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod.PipelineCase;

namespace LawEnforcementAI.Analyzers.Tests.Rules.AcrossProjects;

/// <summary>
/// The projects of a small body-cam solution: a camera driver, a vision library holding the Azure OpenAI client, and a
/// host that composes them (the host is each test's own source). Each library is a compilation of its own, referenced
/// as the IDE does (its compilation, with source) or as a build does (its built assembly, with what the package's
/// generator wrote into it).
/// </summary>
public static class ProjectLibraries
{
    public const string DriverSource = Usings + """
        namespace Contoso.Driver;

        public sealed class BodyCamDriver
        {
            public byte[] Grab()
            {
                using var capture = new VideoCapture(0);
                using var frame = new Mat();
                capture.Read(frame);
                return frame.ToBytes(".jpg");
            }

            public byte[] Badge() => File.ReadAllBytes("assets/badge.png");
        }
        """;

    public const string VisionSource = Usings + """
        namespace Contoso.Vision;

        public sealed class VisionGateway
        {
            private readonly ChatClient _azure = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential("key")).GetChatClient("gpt-4o");
            private readonly ChatClient _openAi = new ChatClient("gpt-4o", "sk-key");

            public Task DescribeAsync(byte[] frame) =>
                _azure.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(frame), "image/jpeg")));

            public Task DescribeWithOpenAiAsync(byte[] frame) =>
                _openAi.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(frame), "image/jpeg")));

            public static byte[] Shrink(byte[] jpeg) => jpeg.Length > 1024 ? jpeg : jpeg;
        }
        """;

    public static CSharpCompilation Compile(string assemblyName, string source, params MetadataReference[] references) =>
        CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "/" + assemblyName + "/Library.cs")],
            TestReferences.Platform.AddRange(StandInReferences.Default).AddRange(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The project built: the package's generator run, then the assembly emitted and referenced as a file.</summary>
    public static MetadataReference Built(CSharpCompilation project, out Compilation generated)
    {
        CSharpGeneratorDriver.Create(new FlowFactsGenerator()).RunGeneratorsAndUpdateCompilation(project, out generated, out var problems);
        Assert.Empty(problems);
        using var image = new MemoryStream();
        var emitted = generated.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>What the generator published for <paramref name="generated"/>, or null.</summary>
    public static string? Published(Compilation generated) =>
        generated.Assembly.GetAttributes()
            .Where(a => a.AttributeClass?.Name == "AssemblyMetadataAttribute" && a.ConstructorArguments[0].Value is "LawEnforcementAI.Flow")
            .Select(a => (string?)a.ConstructorArguments[1].Value)
            .SingleOrDefault();
}
