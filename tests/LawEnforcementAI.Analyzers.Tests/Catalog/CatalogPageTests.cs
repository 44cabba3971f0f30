using System;
using System.IO;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Catalog;

/// <summary>
/// README.md's "what is followed" lists are the tables, rendered (<see cref="CatalogPage"/>). A table change that
/// is not in the README fails here; <c>LEAI_UPDATE_DOCS=1 dotnet test Analyzer.sln -c Release</c> rewrites the block.
/// </summary>
public class CatalogPageTests
{
    [Fact]
    public void ReadmeListsWhatTheTablesFollow()
    {
        var path = Path.Combine(RepositoryFiles.Root(), "docs", "catalog.md");
        var readme = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var rendered = CatalogPage.Render(ApiCatalog.Default);
        var block = CatalogPage.Block(readme);
        Assert.True(block is not null, $"docs/catalog.md has no block between '{CatalogPage.Begin}' and '{CatalogPage.End}'");

        if (block != rendered && Environment.GetEnvironmentVariable("LEAI_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, CatalogPage.Replace(readme, rendered));
            block = CatalogPage.Block(RepositoryFiles.Read("docs/catalog.md"));
        }

        Assert.True(block == rendered, "docs/catalog.md's block differs from the tables; rerun the tests with LEAI_UPDATE_DOCS=1 to rewrite it. Expected:\n" + rendered);
    }
}
