using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Rules;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.TeamModel;

/// <summary>The examples of docs/model-file.md are real: they resolve against the team libraries and do what the page says.</summary>
public class ModelFileDocumentationTests
{
    public static IEnumerable<object[]> Examples() =>
        Regex.Matches(RepositoryFiles.Read("docs", "model-file.md"), "```text\n(#! LawEnforcementAI\\.Models 1\n.*?)```", RegexOptions.Singleline)
            .Select((m, i) => new object[] { i, m.Groups[1].Value });

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task EveryExample_ResolvesWithoutLeai090(int index, string model)
    {
        var diagnostics = await new DirectAnalysis(TeamLibraries.WithUserReferences, new PolicyConfigurationAnalyzer())
            .WithSource("public class Empty { }", "/src/Empty.cs")
            .WithAdditionalFile("/src/LawEnforcementAI.Models.txt", model)
            .RunAsync();

        Assert.True(diagnostics.Count == 0, $"example {index}: " + string.Join("\n", diagnostics));
    }

    [Fact]
    public void ThePageHasTheFormatAndTheWorkedExample() => Assert.True(Examples().Count() >= 2);

    /// <summary>The worked example: police, body-cam (US) code gets LEAI001 and LEAI002 naming the declared wrapper.</summary>
    [Fact]
    public Task WorkedExample_ReportsBothRulesNamingTheWrapper() =>
        new ModelTest("police, body-cam", "US")
        {
            TestState =
            {
                Sources =
                {
                    Snippets.InMethod("using Contoso.Cameras;", """
                        var camera = new BodyCam();
                        byte[] jpeg = {|#1:camera.Grab()|};
                        await {|#0:chat.CompleteChatAsync(new UserChatMessage(
                            ChatMessageContentPart.CreateTextPart("Describe the scene."),
                            ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(jpeg), "image/jpeg")))|};
                        """),
                },
                AdditionalFiles = { (ModelTest.ModelPath, (string)Examples().Last()[1]) },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI001", "BodyCam.Grab", "ChatClient.CompleteChatAsync", "police, body-cam (US)", "").WithLocation(0).WithLocation(1),
                Diag("LEAI002", "BodyCam.Grab", "ChatClient.CompleteChatAsync", "police, body-cam (US)", "").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();
}
