using System;
using System.IO;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Catalogue;

/// <summary>
/// README.md's "what is followed" lists are the tables, rendered (<see cref="CatalogueMarkdown"/>). A table change that
/// is not in the README fails here; <c>LEAI_UPDATE_DOCS=1 dotnet test Analyzer.sln -c Release</c> rewrites the block.
/// </summary>
public class ReadmeCatalogueTests
{
    [Fact]
    public void ReadmeListsWhatTheTablesFollow()
    {
        var path = Path.Combine(RepositoryFiles.Root(), "docs", "catalog.md");
        var readme = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var rendered = CatalogueMarkdown.Render(ApiCatalogue.Default);
        var block = CatalogueMarkdown.Block(readme);
        Assert.True(block is not null, $"docs/catalog.md has no block between '{CatalogueMarkdown.Begin}' and '{CatalogueMarkdown.End}'");

        if (block != rendered && Environment.GetEnvironmentVariable("LEAI_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, CatalogueMarkdown.Replace(readme, rendered));
            block = CatalogueMarkdown.Block(RepositoryFiles.Read("docs/catalog.md"));
        }

        Assert.True(block == rendered, "docs/catalog.md's block differs from the tables; rerun the tests with LEAI_UPDATE_DOCS=1 to rewrite it. Expected:\n" + rendered);
    }
}
