using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Rules;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.TeamModel;

/// <summary>
/// A team's camera wrapper in another assembly (<see cref="TeamLibraries.Cameras"/>), declared in the model file, is a
/// camera source like the catalogue's: its frames reach the real Azure OpenAI chat call, with the declared liveness.
/// </summary>
public class DeclaredSourceTests
{
    internal const string Header = "#! LawEnforcementAI.Models 1\n";

    private const string Usings = "using Contoso.Cameras;";

    private static readonly string GrabAndSend = """
        var camera = new BodyCam();
        byte[] bytes = {|#1:camera.Grab()|};
        """ + Snippets.SendBytes;

    [Fact]
    public Task DeclaredLiveWrapper_ReachesAzureChat_Leai001NamingTheWrapper() =>
        new ModelTest
        {
            TestState =
            {
                Sources = { Snippets.InMethod(Usings, GrabAndSend) },
                AdditionalFiles = { (ModelTest.ModelPath, Header + "# Contoso's body-cam SDK\nsource live M:Contoso.Cameras.BodyCam.Grab\n") },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI001", "BodyCam.Grab", "ChatClient.CompleteChatAsync", "police (US)", "").WithLocation(0).WithLocation(1),
            },
        }.RunAsync();

    /// <summary>The same code without the declaration: the wrapper's assembly is opaque, so nothing is known of it.</summary>
    [Fact]
    public Task UndeclaredWrapper_IsNotASource() =>
        new ModelTest
        {
            TestState =
            {
                Sources = { Snippets.InMethod(Usings, GrabAndSend.WithoutMarkup()) },
                AdditionalFiles = { (ModelTest.ModelPath, Header + "# nothing declared yet\n") },
            },
        }.RunAsync();

    /// <summary>A documentation-comment ID names one overload: <c>Grab(int)</c> is not <c>Grab()</c>.</summary>
    [Fact]
    public Task DeclaredOverload_OtherOverloadIsNotASource() =>
        new ModelTest
        {
            TestState =
            {
                Sources = { Snippets.InMethod(Usings, GrabAndSend.WithoutMarkup().Replace("camera.Grab()", "camera.Grab(500)")) },
                AdditionalFiles = { (ModelTest.ModelPath, Header + "source live M:Contoso.Cameras.BodyCam.Grab\n") },
            },
        }.RunAsync();

    [Fact]
    public Task DeclaredLiveWrapper_InBodyCamCode_Leai002() =>
        new ModelTest("body-cam", "GB")
        {
            TestState =
            {
                Sources = { Snippets.InMethod(Usings, GrabAndSend) },
                AdditionalFiles = { (ModelTest.ModelPath, Header + "source live M:Contoso.Cameras.BodyCam.Grab\n") },
            },
            ExpectedDiagnostics = { Diag("LEAI002").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    /// <summary>Recorded footage is not real-time: body-cam code gets nothing (clause B), as for a constant video file.</summary>
    [Fact]
    public Task DeclaredRecordedWrapper_InBodyCamCode_NoLeai002() =>
        new ModelTest("body-cam", "GB")
        {
            TestState =
            {
                Sources = { Snippets.InMethod(Usings, "byte[] bytes = Archive.ReadClip(path);\n" + Snippets.SendBytes.WithoutMarkup()) },
                AdditionalFiles = { (ModelTest.ModelPath, Header + "source recorded M:Contoso.Cameras.Archive.ReadClip(System.String)\n") },
            },
        }.RunAsync();

    [Fact]
    public Task DeclaredRecordedWrapper_ForUsPolice_Leai001() =>
        new ModelTest
        {
            TestState =
            {
                Sources = { Snippets.InMethod(Usings, "byte[] bytes = {|#1:Archive.ReadClip(path)|};\n" + Snippets.SendBytes) },
                AdditionalFiles = { (ModelTest.ModelPath, Header + "source recorded M:Contoso.Cameras.Archive.ReadClip(System.String)\n") },
            },
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    /// <summary>Police code outside body-cam context gets LEAI002 only for a live phone or other mobile camera.</summary>
    [Theory]
    [InlineData("source live mobile M:Contoso.Cameras.PhoneCam.Snap", true)]
    [InlineData("source live M:Contoso.Cameras.PhoneCam.Snap", false)]
    public Task DeclaredMobileWrapper_ForPolice_Leai002OnlyWhenMobile(string entry, bool mobile)
    {
        var test = new ModelTest
        {
            TestState =
            {
                Sources = { Snippets.InMethod(Usings, "byte[] bytes = {|#1:PhoneCam.Snap()|};\n" + Snippets.SendBytes) },
                AdditionalFiles = { (ModelTest.ModelPath, Header + entry + "\n") },
            },
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        };
        if (mobile)
        {
            test.ExpectedDiagnostics.Add(Diag("LEAI002").WithLocation(0).WithLocation(1));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task DeclaredProperty_AndAsyncMethod_AreSources() =>
        new ModelTest
        {
            TestState =
            {
                Sources =
                {
                    Snippets.InMethod(Usings, """
                        var camera = new BodyCam();
                        byte[] bytes = {|#1:camera.Latest|};
                        """ + Snippets.SendBytes + """

                        byte[] next = await {|#3:camera.GrabAsync()|};
                        await {|#2:chat.CompleteChatAsync(new UserChatMessage(ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(next), "image/jpeg")))|};
                        """),
                },
                AdditionalFiles = { (ModelTest.ModelPath, Header + "source live P:Contoso.Cameras.BodyCam.Latest\nsource live M:Contoso.Cameras.BodyCam.GrabAsync\n") },
            },
            ExpectedDiagnostics =
            {
                Diag("LEAI001").WithLocation(0).WithLocation(1),
                Diag("LEAI001").WithLocation(2).WithLocation(3),
            },
        }.RunAsync();

    /// <summary>
    /// The cost gate: with no catalogue camera library referenced (only the vision SDKs and the team's wrapper), the
    /// declared source alone opens the analysis.
    /// </summary>
    [Fact]
    public Task DeclaredSource_CountsForTheGate_WithoutAnyCatalogCamera() =>
        new ModelTest(references: RealPackages.VisionSdksOnly.Add(TeamLibraries.Cameras))
        {
            TestState =
            {
                Sources = { Snippets.InMethod(Usings, GrabAndSend) },
                AdditionalFiles = { (ModelTest.ModelPath, Header + "source live M:Contoso.Cameras.BodyCam.Grab\n") },
            },
            ExpectedDiagnostics = { Diag("LEAI001").WithLocation(0).WithLocation(1) },
        }.RunAsync();

    /// <summary>A model file attributes nothing: an unattributed project stays silent, declarations or not.</summary>
    [Fact]
    public Task DeclaredSourceAndSink_WithoutAttribution_NoDiagnostic() =>
        new ModelTest(context: null, jurisdiction: null)
        {
            TestState =
            {
                Sources = { Snippets.InMethod(Usings, GrabAndSend.WithoutMarkup()) },
                AdditionalFiles = { (ModelTest.ModelPath, Header + "source live M:Contoso.Cameras.BodyCam.Grab\n") },
            },
        }.RunAsync();

    /// <summary>Only files named LawEnforcementAI.Models.txt are model files; another additional file is not read.</summary>
    [Fact]
    public Task FileWithAnotherName_IsNotAModelFile() =>
        new ModelTest
        {
            TestState =
            {
                Sources = { Snippets.InMethod(Usings, GrabAndSend.WithoutMarkup()) },
                AdditionalFiles = { ("/src/Models.txt", Header + "source live M:Contoso.Cameras.BodyCam.Grab\n") },
            },
        }.RunAsync();
}
