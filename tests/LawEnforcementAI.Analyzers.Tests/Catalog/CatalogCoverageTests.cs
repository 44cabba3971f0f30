using System.Linq;
using System.Threading.Tasks;
using LawEnforcementAI.Analyzers.Catalog;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Catalog;

/// <summary>
/// Every entry of the shipped tables is reached by at least one test row (<see cref="CatalogRows"/>). An entry added
/// without a row fails here, naming the entry; add a row to the suite it belongs to (a camera source to
/// CameraSourceTests, a sink to OpenAIChatSinkTests, anything else to <see cref="CatalogEntryTests"/>).
/// </summary>
public class CatalogCoverageTests
{
    [Fact]
    public async Task EveryCatalogEntry_IsExercisedByATestRow()
    {
        var rows = CatalogRows.All().ToList();
        Assert.True(rows.Count > 90, $"only {rows.Count} rows were found: the gathering of rows is broken");

        var unexercised = await CatalogCoverage.UnexercisedAsync(ApiCatalog.Default, rows);

        Assert.True(unexercised.Count == 0, "Catalogue entries no test row reaches:\n" + string.Join("\n", unexercised));
    }
}
