using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;

namespace LawEnforcementAI.Analyzers.Tests.Catalog;

/// <summary>Replays test rows with an observer on the flow analyzer and names the catalogue entries none of them reached.</summary>
internal static class CatalogCoverage
{
    public static async Task<IReadOnlyList<CatalogEntry>> UnexercisedAsync(ApiCatalog catalogue, IEnumerable<CatalogRow> rows)
    {
        var observer = new RecordingObserver();
        foreach (var row in rows)
        {
            var references = StandInReferences.For(row.LegacyAzureOpenAI, row.SemanticKernelAzure, row.PreviewExtensionsAI);
            var analysis = new DirectAnalysis(references, new CameraFrameFlowAnalyzer(catalogue, observer)).WithMSBuildProperties("police", "US");
            foreach (var file in row.Files)
            {
                analysis.WithSource(file);
            }

            await analysis.RunAsync();
        }

        return catalogue.Entries.Where(e => !observer.Saw(e)).ToList();
    }
}
