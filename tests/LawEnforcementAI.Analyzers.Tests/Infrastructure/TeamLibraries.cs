using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LawEnforcementAI.Analyzers.Tests.Infrastructure;

/// <summary>
/// A team's own camera and AI wrappers, each compiled into its own assembly and referenced as metadata, as a project
/// referencing the team's NuGet packages sees them: the analyzer cannot look inside, only the model file says what
/// they do. Neither needs OpenCvSharp or the OpenAI SDK, so a project can reference one of them instead of those.
/// </summary>
public static class TeamLibraries
{
    public const string CamerasSource = """
        namespace Contoso.Cameras
        {
            /// <summary>The team's body-cam SDK wrapper.</summary>
            public sealed class BodyCam
            {
                public byte[] Grab() => new byte[16];
                public byte[] Grab(int timeoutMs) => new byte[16];
                public System.Threading.Tasks.Task<byte[]> GrabAsync() => System.Threading.Tasks.Task.FromResult(new byte[16]);
                public byte[] Latest => new byte[16];
                public void Flush() { }
            }

            public static class PhoneCam
            {
                public static byte[] Snap() => new byte[16];
            }

            public static class Archive
            {
                public static byte[] ReadClip(string path) => new byte[16];
            }
        }

        namespace Contoso.Imaging
        {
            public static class Jpeg
            {
                public static byte[] Encode(byte[] raw, int quality) => raw;
            }

            public sealed class Still
            {
                public Still(byte[] pixels) { Pixels = pixels; }
                public byte[] Pixels { get; }
                public byte[] ToJpeg() => Pixels;
            }
        }

        namespace Contoso.Privacy
        {
            public static class FaceBlur
            {
                public static byte[] Apply(byte[] frame) => frame;
                public static void ApplyInPlace(byte[] frame) { }
            }
        }
        """;

    public const string VisionSource = """
        namespace Contoso.Vision
        {
            /// <summary>The team's wrapper of its Azure OpenAI deployment.</summary>
            public sealed class VisionGateway
            {
                public string Describe(byte[] frame, string prompt) => prompt;
                public System.Threading.Tasks.Task<string> DescribeAsync(string prompt, byte[] image) => System.Threading.Tasks.Task.FromResult(prompt);
            }
        }
        """;

    private static readonly Lazy<MetadataReference> LazyCameras = new(() => Compile("Contoso.Cameras", CamerasSource));
    private static readonly Lazy<MetadataReference> LazyVision = new(() => Compile("Contoso.Vision", VisionSource));

    public static MetadataReference Cameras => LazyCameras.Value;

    public static MetadataReference Vision => LazyVision.Value;

    /// <summary>What a user project with the team's packages has: the real SDKs, the camera stand-ins and both wrappers.</summary>
    public static ImmutableArray<MetadataReference> WithUserReferences => StandInReferences.Default.Add(Cameras).Add(Vision);

    private static MetadataReference Compile(string name, string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), path: name + ".cs");
        var compilation = CSharpCompilation.Create(name, [tree], TestReferences.Platform, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException($"Team library '{name}' does not compile:{Environment.NewLine}"
                + string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return MetadataReference.CreateFromImage(image.ToArray(), filePath: name + ".dll");
    }
}
