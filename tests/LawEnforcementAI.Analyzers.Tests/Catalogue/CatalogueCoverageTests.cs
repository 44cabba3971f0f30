using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Catalog;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Catalogue;

/// <summary>
/// Every entry of the shipped tables is reached by at least one test row (<see cref="CatalogueRows"/>). An entry added
/// without a row fails here, naming the entry; add a row to the suite it belongs to (a camera source to
/// CameraSourceTests, a sink to VisionSinkTests, anything else to <see cref="CatalogueEntryTests"/>).
/// </summary>
public class CatalogueCoverageTests
{
    [Fact]
    public async Task EveryCatalogueEntry_IsExercisedByATestRow()
    {
        var rows = CatalogueRows.All().ToList();
        Assert.True(rows.Count > 90, $"only {rows.Count} rows were found: the gathering of rows is broken");

        var unexercised = await CatalogueCoverage.UnexercisedAsync(ApiCatalogue.Default, rows);

        Assert.True(unexercised.Count == 0, "Catalogue entries no test row reaches:\n" + string.Join("\n", unexercised));
    }
}
