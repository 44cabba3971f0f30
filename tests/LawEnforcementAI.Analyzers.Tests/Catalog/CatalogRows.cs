using System.Collections.Generic;
using System.Linq;
using LawEnforcementAI.Analyzers.Tests.Rules;
using LawEnforcementAI.Analyzers.Tests.Rules.CrossMethod;
using LawEnforcementAI.Analyzers.Tests.Rules.Face;
using LawEnforcementAI.Analyzers.Tests.Rules.Files;
using LawEnforcementAI.Analyzers.Tests.Rules.Laws;
using LawEnforcementAI.Analyzers.Tests.Rules.Prompts;
using LawEnforcementAI.Analyzers.Tests.Rules.Sinks;
using LawEnforcementAI.Analyzers.Tests.Rules.UnknownOrigin;
using LawEnforcementAI.Analyzers.Tests.Rules.Unity;

namespace LawEnforcementAI.Analyzers.Tests.Catalog;

/// <summary>
/// Every data row of the suites that exercise catalog entries: camera sources, sending calls, clients, in-method flows,
/// pipelines, shared containers, container services, the rows of <see cref="CatalogEntryTests"/>, unknown origins, Face
/// calls and prompt shapes. Each of these rows
/// is also a test with its own expectations; here they are only replayed to see which entries they reach.
/// </summary>
internal static class CatalogRows
{
    public static IEnumerable<CatalogRow> All()
    {
        foreach (var row in CameraSourceTests.LiveSources().Concat(CameraSourceTests.RecordedSources()))
        {
            yield return Row("camera: " + row[0], Snippets.InMethod((string)row[1], (string)row[2]));
        }

        foreach (var row in OpenAIChatSinkTests.SendingCalls())
        {
            yield return Row("sink: " + row[0], Snippets.InMethod(Snippets.OpenCv, OpenAIChatSinkTests.Frame + (string)row[1]));
        }

        foreach (var row in OpenAIChatSinkTests.AzureOrUnknownClients().Concat(OpenAIChatSinkTests.NonAzureClients()))
        {
            var send = "await chat.CompleteChatAsync(new UserChatMessage(part));";
            yield return Row("client: " + row[0], Snippets.InMethod(Snippets.OpenCv, OpenAIChatSinkTests.Frame + send, (string)row[2], (string)row[1]));
        }

        foreach (var row in InMethodFlowTests.Flows())
        {
            yield return Row("in-method: " + row[0], Snippets.InMethod(Snippets.OpenCv, (string)row[1], (string)row[2]));
        }

        foreach (var pipeline in PipelineCorpus.All().Concat(SharedContainerTests.Cases().Select(c => (PipelineCase)c[0])))
        {
            yield return new CatalogRow("pipeline: " + pipeline.Name, pipeline.Positive().Select(f => f.WithoutMarkup()).ToArray());
        }

        foreach (var row in AzureInferenceSinkTests.SendingCalls().Concat(AzureInferenceSinkTests.AzureOrUnknownEndpoints())
                     .Concat(OpenAIBeyondChatSinkTests.SendingCalls()).Concat(OpenAIBeyondChatSinkTests.AzureOrUnknownClients())
                     .Concat(OpenAIAgentsSinkTests.SendingCalls()).Concat(RestSinkTests.SendingCalls()))
        {
            var sinkCase = (SinkCase)row[0];
            yield return Row("sink: " + sinkCase.Name, sinkCase.Source());
        }

        foreach (var row in FramesThroughFilesTests.Routes())
        {
            yield return Row("file: " + row[0], Snippets.InMethod((string)row[1], "using var capture = new VideoCapture(0); using var frame = new Mat(); capture.Read(frame);\n" + (string)row[2]));
        }

        foreach (var pipeline in CrossMethodFileAndRefTests.All())
        {
            yield return new CatalogRow("across methods: " + pipeline.Name, pipeline.Positive().Select(f => f.WithoutMarkup()).ToArray());
        }

        // Folders hold paths, not frames: their entries are reached by the rows of images of unknown origin.
        foreach (var (name, source) in UnknownOriginFolderAndStreamTests.FolderRows())
        {
            yield return Row("folder: " + name, source);
        }

        foreach (var (name, files) in ContainerRegistrationTests.Cases())
        {
            yield return new CatalogRow("container: " + name, files);
        }

        foreach (var entry in CatalogEntryTests.Rows().Select(r => (CatalogEntryCase)r[0]).Concat(ExtensionsAISinkTests.Cases()).Concat(SemanticKernelSinkTests.Cases()).Concat(ExtensionsAIPreviewTests.Cases()))
        {
            var row = new CatalogRow("entry: " + entry.Name, [entry.Source().WithoutMarkup()], entry.LegacyAzureOpenAI, entry.SemanticKernelAzure, entry.PreviewExtensionsAI);
            yield return row;

            // The image parts of the SDK generations the prompt shapes do not use (Azure.AI.OpenAI 1.x, the preview
            // Microsoft.Extensions.AI) are read by the prompt analyzer in these rows.
            if (entry.LegacyAzureOpenAI || entry.PreviewExtensionsAI)
            {
                yield return row with { Name = "prompt, " + row.Name, Analyzer = RowAnalyzer.Prompt };
            }
        }

        foreach (var row in UnknownOriginSourceTests.Rows())
        {
            yield return new CatalogRow("unknown origin: " + row[0], [UnknownOriginSources.Class("    " + (string)row[3], (string)row[2]).WithoutMarkup()], UploadsAndBlobs: true);
        }

        foreach (var call in FaceCalls.Recognition())
        {
            yield return new CatalogRow("face: " + call.Display, [FaceSources.InMethod(call.Statement).WithoutMarkup()]) { Analyzer = RowAnalyzer.Face };
        }

        foreach (var row in Rules.Providers.AnthropicTests.SendingCalls())
        {
            yield return Row("anthropic: " + row[0], Rules.Providers.AnthropicTests.Source((string)row[1]));
        }

        foreach (var row in Rules.Providers.AnthropicFoundryTests.Clients())
        {
            yield return Row("anthropic on foundry: " + row[0], Rules.Providers.AnthropicFoundryTests.Source((string)row[1], Rules.Providers.AnthropicTests.FirstCall));
        }

        foreach (var row in Rules.Providers.AnthropicCloudTests.Clients())
        {
            yield return Row("anthropic on " + row[0], Rules.Providers.AnthropicCloudTests.Source((string)row[1], Rules.Providers.AnthropicTests.FirstCall));
        }

        foreach (var row in Rules.Providers.AnthropicEndpointTests.FoundryBaseUrls())
        {
            yield return Row("anthropic BaseUrl: " + row[0], Rules.Providers.AnthropicEndpointTests.Source((string)row[1]));
        }

        foreach (var row in Rules.Providers.AnthropicCloudTests.WithOptionsClients())
        {
            yield return Row("anthropic WithOptions: " + row[1], Rules.Providers.AnthropicCloudTests.WithOptionsSource((string)row[0]));
        }

        foreach (var row in Rules.Providers.BedrockTests.SendingCalls())
        {
            yield return Row("bedrock: " + row[0], Rules.Providers.BedrockTests.Source((string)row[1], (string)row[2]));
        }

        foreach (var row in Rules.Providers.GoogleGenAITests.SendingCalls())
        {
            yield return Row("google genai: " + row[0], Rules.Providers.GoogleGenAITests.Source((string)row[1]));
        }

        foreach (var row in Rules.Providers.RekognitionTests.Comparisons())
        {
            yield return new CatalogRow("rekognition: " + row[1], [Rules.Providers.RekognitionTests.InMethod((string)row[0]).WithoutMarkup()]) { Analyzer = RowAnalyzer.Face };
        }

        foreach (var row in UnityCameraTests.LiveSources())
        {
            yield return new CatalogRow("unity camera: " + row[0], [UnitySources.Behaviour((string)row[1] + "\n" + UnitySources.SendBytesToAzure, (string)row[3]).WithoutMarkup()], Unity: true);
        }

        foreach (var row in UnityWebRequestSinkTests.Reported())
        {
            yield return new CatalogRow("unity sink: " + row[0], [UnityWebRequestSinkTests.Source((string)row[1], (string)row[2]).WithoutMarkup()], Unity: true);
        }

        foreach (var row in OpenAIUnityTests.Reported())
        {
            yield return new CatalogRow("com.openai.unity: " + row[0], [OpenAIUnityTests.Source((string)row[1], (string)row[2]).WithoutMarkup()], OpenAIUnity: true);
        }

        foreach (var row in FaceEnrolmentTests.Enrolments())
        {
            yield return new CatalogRow("face enrolment: " + row[0], [FaceEnrolmentTests.Source("0", (string)row[1]).WithoutMarkup()]) { Analyzer = RowAnalyzer.FlowWithFace };
        }

        foreach (var row in TranscriptTests.Transcripts())
        {
            yield return Row("transcript: " + row[0], Snippets.InMethod("using Microsoft.Maui.Media; using OpenAI.Audio;", TranscriptTests.Source((string)row[1])));
        }

        for (var shape = 0; shape < PromptShape.All.Length; shape++)
        {
            yield return new CatalogRow("prompt: " + PromptShape.All[shape], [PromptIntentTests.Source("Who is this person?", shape, withImage: true).WithoutMarkup()]) { Analyzer = RowAnalyzer.Prompt };
        }
    }

    private static CatalogRow Row(string name, string source) => new(name, [source.WithoutMarkup()]);
}
