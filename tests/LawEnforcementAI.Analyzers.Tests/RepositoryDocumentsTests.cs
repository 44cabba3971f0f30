using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests;

/// <summary>Comments and scripts point only at documents the repository has, so a reader can follow every reference.</summary>
public class RepositoryDocumentsTests
{
    private static readonly string[] CodeExtensions = [".cs", ".sh", ".props", ".targets", ".csproj"];

    [Fact]
    public void EveryMarkdownFileNamedInCodeExistsInTheRepository()
    {
        var root = RepositoryFiles.Root();
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var documents = files.Where(f => f.EndsWith(".md", StringComparison.Ordinal)).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var code = files.Where(f => CodeExtensions.Contains(Path.GetExtension(f))).ToList();

        var missing = (
            from file in code
            from Match reference in Regex.Matches(File.ReadAllText(file), @"(?<![$\w./-])[\w./-]+\.md\b")
            where !documents.Contains(Path.GetFileName(reference.Value))
            select $"{Path.GetRelativePath(root, file)}: {reference.Value}").ToList();

        Assert.True(code.Count > 50, $"only {code.Count} code files found under {root}");
        Assert.True(missing.Count == 0, "Documents named in code that the repository does not have:\n" + string.Join("\n", missing));
    }
}
