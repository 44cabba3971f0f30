using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using LawEnforcementAI.Analyzers.Catalog;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests.Catalog;

/// <summary>
/// <see cref="CatalogTables.All"/> is the one registry: every row any table under <c>Catalog/</c> declares reaches
/// <see cref="ApiCatalog.Default"/>, so a table left out of the list, or a row array left out of its table, fails here.
/// </summary>
public class RegistryTests
{
    [Fact]
    public void EveryTableIsInTheRegistry()
    {
        var tables = TableClasses().Select(t => (Type: t, Table: t.GetField("Table", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as CatalogTable)).ToList();
        Assert.True(tables.Count >= 14, $"only {tables.Count} table classes found");

        Assert.Empty(tables.Where(t => t.Table is null).Select(t => t.Type.Name + " has no Table field"));
        Assert.Empty(tables.Where(t => !CatalogTables.All.Contains(t.Table!)).Select(t => t.Type.Name + " is not in CatalogTables.All"));
    }

    [Fact]
    public void EveryRowOfEveryTableReachesTheDefaultCatalog()
    {
        var shipped = new HashSet<object>(ApiCatalog.Default.Entries, ReferenceEqualityComparer.Instance);
        shipped.UnionWith(ApiCatalog.Default.SharedContainers);

        var missing = new List<string>();
        foreach (var type in TableClasses())
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).Where(f => IsRowArray(f.FieldType)))
            {
                missing.AddRange(((IEnumerable)field.GetValue(null)!).Cast<object>().Where(r => !shipped.Contains(r)).Select(r => $"{type.Name}.{field.Name}: {r}"));
            }
        }

        Assert.True(missing.Count == 0, "Rows not reached from CatalogTables.All:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void ATableLeftOutIsMissed()
    {
        var withoutFiles = ApiCatalog.From(CatalogTables.All.Remove(FileTable.Table));

        Assert.Empty(withoutFiles.Files);
        Assert.Equal(ApiCatalog.Default.Sinks.Length, withoutFiles.Sinks.Length);
    }

    private static IEnumerable<Type> TableClasses() =>
        typeof(ApiCatalog).Assembly.GetTypes().Where(t => t.Namespace == typeof(ApiCatalog).Namespace && t.IsAbstract && t.IsSealed && t.Name.EndsWith("Table", StringComparison.Ordinal));

    private static bool IsRowArray(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
        && type.GetGenericArguments()[0] is var row && (typeof(CatalogEntry).IsAssignableFrom(row) || row == typeof(ContainerFamily));
}
