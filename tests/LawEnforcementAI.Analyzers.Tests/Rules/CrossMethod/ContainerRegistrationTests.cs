using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Policy.Packs;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Xunit;
using static LawEnforcementAI.Analyzers.Tests.Testing.LeaiAnalyzerTest;

namespace LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;

/// <summary>
/// One row per entry of the container table (Catalog/ContainerServiceTable.cs): each registers, or resolves, the client
/// a hosted service receives in its constructor. With an Azure client (<c>&lt;&lt;CLIENT&gt;&gt;</c>,
/// <c>&lt;&lt;BASE&gt;&gt;</c>) the request is reported at build; with OpenAI's own client it gets OpenAI's clause (LEAI010)
/// and none of Microsoft's rules.
/// </summary>
public class ContainerRegistrationTests
{
    private const string Base = "<<BASE>>";

    private const string Client = "<<CLIENT>>";

    public static IEnumerable<object[]> Rows() => new[]
    {
        Row("AddSingleton(TService)", "services.AddSingleton(" + Client + ");"),
        Row("AddSingleton(factory)", "services.AddSingleton(_ => " + Client + ");"),
        Row("AddSingleton(Type, object)", "services.AddSingleton(typeof(ChatClient), " + Client + ");"),
        Row("AddScoped(factory)", "services.AddScoped(_ => " + Client + ");"),
        Row("AddTransient(factory)", "services.AddTransient(_ => " + Client + ");"),
        Row("AddKeyedSingleton(key, TService)", "services.AddKeyedSingleton(\"vision\", " + Client + ");"),
        Row("AddKeyedScoped(key, factory)", "services.AddKeyedScoped(\"vision\", (_, _) => " + Client + ");"),
        Row("AddKeyedTransient(key, factory)", "services.AddKeyedTransient(\"vision\", (_, _) => " + Client + ");"),
        Row("TryAddSingleton(TService)", "services.TryAddSingleton(" + Client + ");"),
        Row("TryAddScoped(factory)", "services.TryAddScoped(_ => " + Client + ");"),
        Row("TryAddTransient(factory)", "services.TryAddTransient(_ => " + Client + ");"),
        Row("TryAddKeyedSingleton(key, TService)", "services.TryAddKeyedSingleton(\"vision\", " + Client + ");"),
        Row("AddHostedService(factory)", "services.AddHostedService(_ => new SceneDescriber(" + Client + "));", hosted: false),
        Resolve("GetRequiredService<T>", "provider.GetRequiredService<OpenAIClient>()"),
        Resolve("GetService<T>", "provider.GetService<OpenAIClient>()!"),
        Resolve("GetServices<T>", "provider.GetServices<OpenAIClient>().First()"),
        Resolve("GetRequiredKeyedService<T>", "provider.GetRequiredKeyedService<OpenAIClient>(\"ai\")", keyed: true),
        Resolve("GetKeyedService<T>", "provider.GetKeyedService<OpenAIClient>(\"ai\")!", keyed: true),
        Resolve("GetKeyedServices<T>", "provider.GetKeyedServices<OpenAIClient>(\"ai\").First()", keyed: true),
        Resolve("IServiceProvider.GetService(Type)", "((OpenAIClient)provider.GetService(typeof(OpenAIClient))!)"),
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public Task AzureClientThroughTheContainer_ReportedAtBuild(string name, string startup)
    {
        _ = name;
        var test = new FlowTest("police", "US");
        foreach (var file in Files(startup, azure: true))
        {
            test.TestState.Sources.Add(file);
        }

        test.ExpectedDiagnostics.Add(Diag("LEAI001", "VideoCapture.Read", "ChatClient.CompleteChatAsync", "police (US)", "").WithLocation(0).WithLocation(1));
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public Task OpenAIClientThroughTheContainer_GetsOpenAIsClauseOnly(string name, string startup)
    {
        _ = name;
        var test = new FlowTest("police", "US");
        foreach (var file in Files(startup, azure: false))
        {
            test.TestState.Sources.Add(file);
        }

        test.ExpectedDiagnostics.Add(ProviderTest.Leai010(ServiceProvider.OpenAI).WithLocation(0).WithLocation(1));
        return test.RunAsync();
    }

    /// <summary>The positive rows, for the catalogue coverage check.</summary>
    internal static IEnumerable<(string Name, string[] Files)> Cases() =>
        Rows().Select(r => ((string)r[0], Files((string)r[1], azure: true).Select(f => f.WithoutMarkup()).ToArray()));

    private static string[] Files(string startup, bool azure) =>
    [
        ContainerServiceTests.Usings + ContainerServiceTests.Describer(),
        ContainerServiceTests.Usings + "using System.Linq;\n" + startup
            .Replace(Client, azure ? ContainerServiceTests.AzureChat : ContainerServiceTests.OpenAIChat)
            .Replace(Base, azure ? "new AzureOpenAIClient(new Uri(\"https://contoso.openai.azure.com/\"), new ApiKeyCredential(\"key\"))" : "new OpenAIClient(new ApiKeyCredential(\"sk-key\"))"),
    ];

    private static object[] Row(string name, string registration, bool hosted = true) =>
        new object[] { name, ContainerServiceTests.Startup(registration).Replace("services.AddHostedService<SceneDescriber>();", hosted ? "services.AddHostedService<SceneDescriber>();" : string.Empty) };

    /// <summary>The client is built from an <c>OpenAIClient</c> the factory resolves; the registration names that type.</summary>
    private static object[] Resolve(string name, string resolved, bool keyed = false) =>
        Row(name, (keyed ? "services.AddKeyedSingleton<OpenAIClient>(\"ai\", " : "services.AddSingleton<OpenAIClient>(") + Base + ");\n"
            + "services.AddSingleton(provider => " + resolved + ".GetChatClient(\"gpt-4o\"));");
}
