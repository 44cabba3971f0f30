using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Rules;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Robustness;

/// <summary>
/// In the IDE (and in <c>dotnet format</c>) a project reference is another compilation whose members have source
/// syntax this compilation cannot bind; a build sees the same project as metadata. The analyzer must treat it as a
/// library either way: no exception, and the
/// same findings as the build. The test library turns additional projects into such compilation references.
/// </summary>
public class ProjectReferenceTests
{
    private const string Station = "namespace Station { public static class Audit { public static void Log(string message) { } public static string Tag(string value) => value; } }";

    /// <summary>The client is a field set in its initializer, so the type's analysis decides it and summarises callees.</summary>
    [Fact]
    public Task CallIntoAProjectReference_InATypeScopedFlow_IsReportedWithoutACrash()
    {
        var body = Snippets.OpenCvLiveFrame + "Station.Audit.Log(Station.Audit.Tag(\"frame\"));\n" + Snippets.SendBytes;
        var test = new FlowTest("police", "US")
        {
            TestCode = Snippets.InMethod(Snippets.OpenCv, body, "private readonly ChatClient _chat = " + Snippets.AzureChatClient + ";", "ChatClient chat = _chat;"),
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        };
        test.TestState.AdditionalProjects["Station"].Sources.Add(("/Station/Audit.cs", Station));
        test.TestState.AdditionalProjectReferences.Add("Station");
        return test.RunAsync();
    }
}
