using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers.Tests.Catalog;

/// <summary>Replays test rows with an observer on the analyzer that reads each and names the catalog entries none of them reached.</summary>
internal static class CatalogCoverage
{
    public static async Task<IReadOnlyList<CatalogEntry>> UnexercisedAsync(ApiCatalog catalog, IEnumerable<CatalogRow> rows)
    {
        var observer = new RecordingObserver();
        foreach (var row in rows)
        {
            (ImmutableArray<MetadataReference> References, DiagnosticAnalyzer Analyzer) setup = row.Analyzer switch
            {
                RowAnalyzer.Face => (StandInReferences.WithFace, new FaceRecognitionAnalyzer(catalog, observer)),
                RowAnalyzer.FlowWithFace => (StandInReferences.WithFace, new CameraFrameFlowAnalyzer(catalog, observer)),
                RowAnalyzer.Prompt => (StandInReferences.For(row.LegacyAzureOpenAI, row.SemanticKernelAzure, row.PreviewExtensionsAI), new PromptIntentAnalyzer(catalog, observer)),
                _ => (StandInReferences.For(row.LegacyAzureOpenAI, row.SemanticKernelAzure, row.PreviewExtensionsAI, row.UploadsAndBlobs, row.Unity, row.OpenAIUnity), new CameraFrameFlowAnalyzer(catalog, observer)),
            };
            var analysis = new DirectAnalysis(setup.References, setup.Analyzer).WithMSBuildProperties("police", "US");
            foreach (var file in row.Files)
            {
                analysis.WithSource(file);
            }

            await analysis.RunAsync();
        }

        return catalog.Entries.Where(e => !observer.Saw(e)).ToList();
    }
}
