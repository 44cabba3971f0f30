using System;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Robustness;

/// <summary>
/// Code as an editor sees it: cut off anywhere, or compiled before the packages are restored. The analyzers may report or
/// stay quiet but never throw (AD0001 or an analyzer exception fails the run). Statement-boundary cuts live in
/// <c>Rules/IncompleteCodeTests</c>; these cut at random characters.
/// </summary>
public class TruncationAndReferenceTests
{
    private const int CutsPerSource = 3;

    [Fact]
    public async Task EverySource_CutAtRandomCharacters_NoAnalyzerException()
    {
        var random = new Random(20261122); // seeded: a failure names a reproducible cut
        var runs = 0;
        foreach (var (name, source) in RobustnessCorpus.Sources())
        {
            var bodyStart = source.IndexOf("RunAsync", StringComparison.Ordinal);
            for (var cut = 0; cut < CutsPerSource; cut++)
            {
                var at = random.Next(bodyStart, source.Length);
                try
                {
                    await RobustnessCorpus.Test().WithSource(source.Substring(0, at)).AssertNoAnalyzerFailureAsync();
                }
                catch (AnalyzerCrashException e)
                {
                    throw new AnalyzerCrashException($"'{name}' cut at {at}: {e.Message}");
                }

                runs++;
            }
        }

        Assert.True(runs >= 100, $"only {runs} cuts were analysed");
    }

    /// <summary>Before restore: the camera and SDK types do not resolve, so every call is an error node.</summary>
    [Fact]
    public async Task EverySource_WithoutAnyPackageReference_NoAnalyzerExceptionAndNoFinding()
    {
        var test = new DirectAnalysis([], new PolicyConfigurationAnalyzer(), new CameraFrameFlowAnalyzer(), new WholeProgramFlowAnalyzer(), new PromptIntentAnalyzer())
            .WithMSBuildProperties("police, body-cam", null);
        var sources = RobustnessCorpus.Sources();
        for (var i = 0; i < sources.Count; i++)
        {
            test.WithSource(sources[i].Source.Replace("class Uploader", $"class Uploader{i}", StringComparison.Ordinal));
        }

        var diagnostics = await RobustnessCorpus.RunAsync(test);
        Assert.DoesNotContain(diagnostics, d => d.Id is "LEAI001" or "LEAI002");
    }

    /// <summary>Half restored: the vision SDKs without any camera library, and the camera libraries without the SDKs.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task EverySource_WithOnlyOneSideReferenced_NoAnalyzerException(bool sdkOnly)
    {
        var references = sdkOnly
            ? RealPackages.VisionSdksOnly
            : RealPackages.CamerasOnly.AddRange(StandInReferences.CameraStandIns.Select(StandInReferences.Get));
        var test = new DirectAnalysis(references, new PolicyConfigurationAnalyzer(), new CameraFrameFlowAnalyzer(), new WholeProgramFlowAnalyzer(), new PromptIntentAnalyzer())
            .WithMSBuildProperties("police, body-cam", null);
        var sources = RobustnessCorpus.Sources();
        for (var i = 0; i < sources.Count; i++)
        {
            test.WithSource(sources[i].Source.Replace("class Uploader", $"class Uploader{i}", StringComparison.Ordinal));
        }

        await test.AssertNoAnalyzerFailureAsync();
    }
}
