using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace LawEnforcementAI.Analyzers.Hosts;

/// <summary>
/// The older-Roslyn analyzer build, loaded by a compiler of that Roslyn, gives exactly the findings each sample of
/// tests/Hosts/Samples expects, and nothing else (no AD0001 either: an analyzer that throws is reported as one).
/// </summary>
public class SampleTests
{
    public static TheoryData<string> Samples
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in Sample.Names())
            {
                data.Add((string)name[0]);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Sample_GetsExactlyTheFindingsItsMarkupExpects(string name)
    {
        var sample = Sample.Load(name);
        var (findings, errors) = await AnalyzerHost.RunAsync(sample.Sources, sample.GlobalOptions, sample.Folder);

        Assert.True(errors.IsEmpty, $"The sample {name} does not compile on Roslyn {HostSettings.HostRoslynVersion}:\n" + string.Join("\n", errors));
        var actual = findings.Select(Describe).OrderBy(d => d, StringComparer.Ordinal).ToList();
        Assert.True(
            sample.Expected.SequenceEqual(actual),
            $"Sample {name}: expected\n  {string.Join("\n  ", sample.Expected)}\nbut the host reported\n  {string.Join("\n  ", findings.Select(d => d.ToString()))}");
    }

    /// <summary>
    /// The other way a Unity project attributes itself: the package's attribute file copied into Assets and an assembly
    /// attribute, no globalconfig. The unattributed sample, so the same code is reported only because of the attribute.
    /// </summary>
    [Fact]
    public async Task CopiedAttributeFile_AttributesTheUnattributedSample()
    {
        var sample = Sample.Load("WebcamFrameToAzureChat_Unattributed");
        var sources = sample.Sources
            .Append(("AIPolicyContextAttribute.cs", File.ReadAllText(HostSettings.PackageAttributeSource)))
            .Append(("AssemblyInfo.cs", "[assembly: LawEnforcementAI.AIPolicyContext(\"police\", Jurisdiction = \"US\")]\n"));

        var (findings, errors) = await AnalyzerHost.RunAsync(sources, sample.GlobalOptions);

        Assert.Empty(errors);
        var sendLine = sample.Sources[0].Text.Split('\n').ToList().FindIndex(l => l.Contains("CompleteChatAsync", StringComparison.Ordinal)) + 1;
        Assert.Equal(
            new[] { "LEAI000 without location", Sample.Describe("LEAI001", "Uploader.cs", sendLine) },
            findings.Select(Describe).OrderBy(d => d, StringComparer.Ordinal));
    }

    [Fact]
    public void TheHost_LoadsTheOlderRoslynBuild_AgainstItsOwnCompiler()
    {
        var analyzer = AnalyzerHost.AnalyzerAssembly;
        var compiler = analyzer.GetReferencedAssemblies().Single(a => a.Name == "Microsoft.CodeAnalysis");
        var host = typeof(Compilation).Assembly.GetName();

        Assert.Equal(HostSettings.AnalyzerAssembly, analyzer.Location);
        Assert.True(compiler.Version <= host.Version, $"The analyzer references Microsoft.CodeAnalysis {compiler.Version}, newer than the host's {host.Version} (CS8032/CS9057 in Unity).");
        Assert.Equal(host.Version!.Major, compiler.Version!.Major);
        Assert.Contains(AnalyzerHost.Analyzers, a => a.SupportedDiagnostics.Any(d => d.Id == "LEAI001"));
    }

    private static string Describe(Diagnostic diagnostic) =>
        diagnostic.Location.IsInSource
            ? Sample.Describe(diagnostic.Id, diagnostic.Location.SourceTree!.FilePath, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1)
            : Sample.Describe(diagnostic.Id, null, 0);
}
