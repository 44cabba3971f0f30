using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Rules.UnknownOrigin.UnknownOriginSources;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.UnknownOrigin;

/// <summary>
/// Two more ways images come from outside: files enumerated from a folder the code does not fix (configuration, an
/// entry point's parameter), and the <c>Stream</c> parameter of an entry point however it is read. The close negatives
/// are an asset folder the code names, and a stream the project itself passes in.
/// </summary>
public class UnknownOriginFolderAndStreamTests
{
    private const string Linq = "using System.Linq;\n";

    private static string Message(string origin) =>
        "Image of unknown origin (" + origin + ") reaches Azure vision call 'ChatClient.CompleteChatAsync' in a project attributed as police (US); "
        + "the analysis cannot tell whether it is camera imagery: if it is, clause A applies (no facial recognition by or for a US police department), "
        + "and clause B applies to live frames of a phone or other mobile camera (no real-time facial recognition on law-enforcement mobile cameras)";

    /// <summary>The folder, the read (as the message names it), the statement that reads <c>file</c> (#1), what is sent.</summary>
    public static TheoryData<string, string, string, string> ConfiguredFolders() => new()
    {
        { "Directory.EnumerateFiles(Environment.GetEnvironmentVariable(\"EVIDENCE_FOLDER\")!)", "File.ReadAllBytes", "var bytes = {|#1:File.ReadAllBytes(file)|};", "BinaryData.FromBytes(bytes)" },
        { "Directory.GetFiles(_configuration[\"Evidence:Folder\"]!, \"*.jpg\")", "File.OpenRead", "using var stream = {|#1:File.OpenRead(file)|};", "BinaryData.FromStream(stream)" },
        { "Directory.EnumerateFiles(Environment.GetEnvironmentVariable(\"EVIDENCE_FOLDER\")!, \"*.png\", SearchOption.AllDirectories).OrderBy(f => f)", "File.ReadAllBytesAsync", "var bytes = await {|#1:File.ReadAllBytesAsync(file)|};", "BinaryData.FromBytes(bytes)" },
    };

    /// <summary>Each folder row as a whole source, for the catalogue's coverage (<c>Catalog/CatalogRows</c>).</summary>
    public static IEnumerable<(string Name, string Source)> FolderRows() =>
        ConfiguredFolders().Select(r => ((string)r[0], FolderSource((string)r[0], (string)r[2], (string)r[3])));

    [Theory]
    [MemberData(nameof(ConfiguredFolders))]
    public Task FilesOfAConfiguredFolder_ReportLeai007AtTheRead(string files, string read, string readStatement, string data) =>
        new FlowTest("police", "US")
        {
            TestCode = FolderSource(files, readStatement, data),
            ExpectedDiagnostics =
            {
                Diag("LEAI007").WithLocation(0).WithLocation(1).WithMessage(Message("file read by '" + read + "' from a path in configuration")),
            },
        }.RunAsync();

    private static string FolderSource(string files, string readStatement, string data) =>
        Class(
            "    private readonly IConfiguration _configuration = null!;\n\n"
            + "    public async Task DescribeAllAsync()\n    {\n        foreach (var file in " + files + ")\n        {\n            " + readStatement + "\n            " + Send(data) + "\n        }\n    }",
            Linq + "using Microsoft.Extensions.Configuration;\n");

    [Fact]
    public Task FilesOfAnEntryPointsFolder_ReportLeai007AtTheRead() =>
        new FlowTest("police", "US")
        {
            TestCode = Class(
                "    public async Task DescribeAllAsync(string folder)\n    {\n        var files = Directory.GetFiles(folder);\n        foreach (var file in files)\n        {\n            var bytes = {|#1:File.ReadAllBytes(file)|};\n            "
                + Send("BinaryData.FromBytes(bytes)") + "\n        }\n    }"),
            ExpectedDiagnostics =
            {
                Diag("LEAI007").WithLocation(0).WithLocation(1).WithMessage(Message(
                    "file read by 'File.ReadAllBytes' from the path in parameter 'folder' of public method 'UploadController.DescribeAllAsync'")),
            },
        }.RunAsync();

    [Theory]
    [InlineData("Directory.EnumerateFiles(\"assets/badges\")")]
    [InlineData("Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, \"assets\"), \"*.png\")")]
    public Task FilesOfAnAssetFolder_AreSilent(string files) =>
        new FlowTest("police", "US")
        {
            TestCode = Class(
                "    public async Task DescribeBadgesAsync()\n    {\n        foreach (var file in " + files + ")\n        {\n            var bytes = File.ReadAllBytes(file);\n            "
                + Send("BinaryData.FromBytes(bytes)") + "\n        }\n    }").WithoutMarkup(),
        }.RunAsync();

    [Theory]
    [InlineData("using var buffer = new MemoryStream();\n        await image.CopyToAsync(buffer);\n        ", "BinaryData.FromBytes(buffer.ToArray())")]
    [InlineData("using var reader = new BinaryReader(image);\n        var bytes = reader.ReadBytes((int)image.Length);\n        ", "BinaryData.FromBytes(bytes)")]
    [InlineData("var buffer = new byte[image.Length];\n        await image.ReadExactlyAsync(buffer);\n        ", "BinaryData.FromBytes(buffer)")]
    public Task StreamParameterOfAnEntryPoint_HoweverRead_ReportsLeai007(string read, string data) =>
        new FlowTest("police", "US")
        {
            TestCode = Class("    public async Task AnalyzeAsync(Stream {|#1:image|})\n    {\n        " + read + Send(data) + "\n    }"),
            ExpectedDiagnostics =
            {
                Diag("LEAI007").WithLocation(0).WithLocation(1).WithMessage(Message("parameter 'image' of public method 'UploadController.AnalyzeAsync'")),
            },
        }.RunAsync();

    /// <summary>An Azure Functions blob trigger: a public static <c>Run</c>, in a project that also calls <c>Task.Run</c>.</summary>
    [Fact]
    public Task StreamParameterOfAFunctionNamedLikeALibraryCall_ReportsLeai007() =>
        new FlowTest("police", "US")
        {
            TestCode = Class(
                "    public static async Task Run(Stream {|#1:myBlob|}, string name)\n    {\n        await Task.Run(() => name.Trim());\n        " + Send("BinaryData.FromStream(myBlob)", "Chat") + "\n    }\n\n"
                + "    private static readonly ChatClient Chat = new AzureOpenAIClient(new Uri(\"https://contoso.openai.azure.com/\"), new ApiKeyCredential(\"key\")).GetChatClient(\"gpt-4o\");",
                name: "DescribeBlob"),
            ExpectedDiagnostics =
            {
                Diag("LEAI007").WithLocation(0).WithLocation(1).WithMessage(Message("parameter 'myBlob' of public method 'DescribeBlob.Run'")),
            },
        }.RunAsync();

    [Fact]
    public Task StreamParameterOfAMethodTheProjectCallsWithAnAsset_IsSilent() =>
        new FlowTest("police", "US")
        {
            TestCode = Class(
                "    public async Task AnalyzeAsync(Stream image)\n    {\n        using var buffer = new MemoryStream();\n        await image.CopyToAsync(buffer);\n        " + Send("BinaryData.FromBytes(buffer.ToArray())") + "\n    }\n\n"
                + "    public async Task DescribeLogoAsync()\n    {\n        using var logo = File.OpenRead(\"assets/logo.png\");\n        await AnalyzeAsync(logo);\n    }").WithoutMarkup(),
        }.RunAsync();
}
