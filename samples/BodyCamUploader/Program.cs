// Body-cam incident uploader for a US police department (sample for LawEnforcementAI.Analyzers).
// Nothing here needs to run for the sample to make its point: the analyzer's warnings appear at build time.
using BodyCamUploader;

if (args.Length == 0)
{
    Console.WriteLine("""
        usage: BodyCamUploader <command>
          live     describe the live body-cam feed with Azure OpenAI        (build warns: LEAI001, LEAI002)
          review   summarise the recorded clip evidence/incident-0412.mp4   (build warns: LEAI001)
          relay    queue body-cam snapshots, describe them in a worker      (build warns: LEAI001, LEAI002 with the route)
          logo     write alt text for the station logo                      (no warning)
        environment: AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, AZURE_OPENAI_DEPLOYMENT (default gpt-4o)
        """);
    return 0;
}

var endpoint = new Uri(Environment.GetEnvironmentVariable("AZURE_OPENAI_ENDPOINT") ?? "https://contoso-pd.openai.azure.com/");
var apiKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY") ?? "";
var deployment = Environment.GetEnvironmentVariable("AZURE_OPENAI_DEPLOYMENT") ?? "gpt-4o";
using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };

switch (args[0])
{
    case "live":
        await new LiveIncidentDescriber().RunAsync(endpoint, apiKey, deployment, cts.Token);
        return 0;
    case "review":
        Console.WriteLine(await new EvidenceClipReviewer().SummariseAsync(endpoint, apiKey, deployment, cts.Token));
        return 0;
    case "relay":
        var relay = new SnapshotRelay(new IncidentVisionClient(new Azure.AI.OpenAI.AzureOpenAIClient(endpoint, new System.ClientModel.ApiKeyCredential(apiKey)).GetChatClient(deployment)));
        using (await relay.StartCaptureAsync(cts.Token))
        {
            await relay.RelayAsync(cts.Token);
        }

        return 0;
    case "logo":
        Console.WriteLine(await new StationLogoCaption().WriteAltTextAsync(endpoint, apiKey, deployment, cts.Token));
        return 0;
    default:
        Console.Error.WriteLine($"unknown command '{args[0]}'");
        return 2;
}
