using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.AcrossProjects.ProjectLibraries;
using static LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod.PipelineCase;

namespace LawEnforcementAI.Analyzers.Tests.Rules.AcrossProjects;

/// <summary>
/// How a project's facts are published and read: the team's model file wins for a member it declares, a project can
/// turn publishing off, and what one project publishes is bounded.
/// </summary>
public class PublishingTests
{
    private const string Host = Usings + """
        using Contoso.Driver;
        using Contoso.Vision;

        public sealed class Relay
        {
            private readonly VisionGateway _vision = new();

            public Task HandOnAsync() => _vision.DescribeAsync(VisionGateway.Shrink(new BodyCamDriver().Grab()));
        }
        """;

    [Fact]
    public async Task TheTeamsModelFile_WinsOverWhatAProjectPublishes()
    {
        // Published: Shrink passes its image on. The team's file says it is the approved redaction step.
        var published = await Analysis().RunAsync();
        Assert.Contains(published, d => d.Id == "LEAI001");

        var declared = await Analysis()
            .WithAdditionalFile("/src/LawEnforcementAI.Models.txt", "#! LawEnforcementAI.Models 1\nsanitizer M:Contoso.Vision.VisionGateway.Shrink(System.Byte[])\n")
            .RunAsync();
        Assert.DoesNotContain(declared, d => d.Id is "LEAI001" or "LEAI002");
    }

    [Fact]
    public void TheSwitch_TurnsPublishingOff()
    {
        Assert.NotNull(Published(Generate(Compile("Contoso.Driver", DriverSource), publish: null)));
        Assert.NotNull(Published(Generate(Compile("Contoso.Driver", DriverSource), publish: "true")));
        Assert.Null(Published(Generate(Compile("Contoso.Driver", DriverSource), publish: "false")));
    }

    [Fact]
    public void WhatAProjectPublishes_IsBounded_AndSorted()
    {
        var source = new StringBuilder(Usings + "namespace Contoso.Fleet;\npublic sealed class Cameras\n{\n");
        for (var i = 0; i < 520; i++)
        {
            source.Append("    public byte[] Grab").Append(i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))
                .Append("() => new VideoCapture(").Append(i).Append(").RetrieveMat().ToBytes(\".jpg\");\n");
        }

        var text = Published(Generate(Compile("Contoso.Fleet", source.Append("}\n").ToString()), publish: null))!;
        var entries = text.Split('\n').Where(l => l.StartsWith("source ", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(500, entries.Count);
        Assert.Equal(entries.OrderBy(e => e, System.StringComparer.Ordinal), entries);
        Assert.Contains("# 20 more entries left out (at most 500)", text, System.StringComparison.Ordinal);
    }

    private static DirectAnalysis Analysis()
    {
        var references = new[] { Built(Compile("Contoso.Driver", DriverSource), out _), Built(Compile("Contoso.Vision", VisionSource), out _) };
        return new DirectAnalysis(StandInReferences.Default.Concat(references), new CameraFrameFlowAnalyzer(), new WholeProgramFlowAnalyzer())
            .WithMSBuildProperties("police", "US")
            .WithSource(Host, "/src/Relay.cs");
    }

    private static Compilation Generate(Compilation project, string? publish)
    {
        var options = new Options(publish is null ? ImmutableDictionary<string, string>.Empty : ImmutableDictionary<string, string>.Empty.Add("build_property.LawEnforcementAIPublishFlowFacts", publish));
        CSharpGeneratorDriver.Create([new FlowFactsGenerator().AsSourceGenerator()], optionsProvider: options)
            .RunGeneratorsAndUpdateCompilation(project, out var generated, out _);
        return generated;
    }

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(values);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;

        private sealed class Values(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
