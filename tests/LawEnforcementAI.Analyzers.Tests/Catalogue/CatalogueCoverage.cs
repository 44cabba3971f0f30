using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using LawEnforcementAI.Analyzers.Tests.Testing;

namespace LawEnforcementAI.Analyzers.Tests.Catalogue;

/// <summary>Replays test rows with an observer on the flow analyzer and names the catalogue entries none of them reached.</summary>
internal static class CatalogueCoverage
{
    public static async Task<IReadOnlyList<CatalogueEntry>> UnexercisedAsync(ApiCatalogue catalogue, IEnumerable<CatalogueRow> rows)
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
