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
/// The projects of the small body-cam solution of tests/EndToEnd/AcrossProjects, compiled from its files: a camera
/// driver, a vision library holding the Azure OpenAI client, and a host that composes them. Each library is a compilation of its own, referenced
/// as the IDE does (its compilation, with source) or as a build does (its built assembly, with what the package's
/// generator wrote into it).
/// </summary>
public static class ProjectLibraries
{
    /// <summary>The driver project's source, as tests/EndToEnd/AcrossProjects builds it (its implicit usings written out).</summary>
    public static readonly string DriverSource = Usings + RepositoryFiles.Read("tests", "EndToEnd", "AcrossProjects", "Contoso.Driver", "BodyCamDriver.cs");

    /// <summary>The vision project's source, as tests/EndToEnd/AcrossProjects builds it.</summary>
    public static readonly string VisionSource = Usings + RepositoryFiles.Read("tests", "EndToEnd", "AcrossProjects", "Contoso.Vision", "VisionGateway.cs");

    /// <summary>The host project's source, as tests/EndToEnd/AcrossProjects builds it.</summary>
    public static readonly string HostSource = Usings + RepositoryFiles.Read("tests", "EndToEnd", "AcrossProjects", "Contoso.Host", "PatrolService.cs");

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
