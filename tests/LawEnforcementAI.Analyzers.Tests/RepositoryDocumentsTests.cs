using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using LawEnforcementAI.Analyzers.Tests.Infrastructure;
using Xunit;

namespace LawEnforcementAI.Analyzers.Tests;

/// <summary>
/// Comments and scripts point only at documents the repository has, so a reader can follow every reference; nothing
/// points at a tracker the repository does not have; the front door and the rule pages stay short.
/// </summary>
public class RepositoryDocumentsTests
{
    private static readonly string[] CodeExtensions = [".cs", ".sh", ".props", ".targets", ".csproj"];

    private static readonly string[] TextExtensions = [.. CodeExtensions, ".md", ".txt", ".editorconfig", ".globalconfig", ""];

    [Fact]
    public void NoFileNamesAnIssueNumber()
    {
        var root = RepositoryFiles.Root();
        var offences = (
            from file in RepositoryFilesOfKind(root, TextExtensions)
            from line in File.ReadLines(file).Select((text, index) => (Text: text, Number: index + 1))
            where Regex.IsMatch(line.Text, @"\bissues? ?#?\d|\bissue-\d", RegexOptions.IgnoreCase)
            select $"{Path.GetRelativePath(root, file)}({line.Number}): {line.Text.Trim()}").ToList();

        Assert.True(offences.Count == 0, "History belongs to git; say what the reference meant instead:\n" + string.Join("\n", offences));
    }

    [Fact]
    public void TheReadmeAndEveryRulePageStayShort()
    {
        var root = RepositoryFiles.Root();
        var pages = Directory.EnumerateFiles(Path.Combine(root, "docs", "rules"), "*.md").Select(f => (File: f, Limit: 160))
            .Append((File: Path.Combine(root, "README.md"), Limit: 250));
        var tooLong = pages.Select(p => (p.File, p.Limit, Lines: File.ReadAllLines(p.File).Length)).Where(p => p.Lines > p.Limit)
            .Select(p => $"{Path.GetRelativePath(root, p.File)}: {p.Lines} lines (at most {p.Limit}; shared explanations live once in docs/)").ToList();

        Assert.True(tooLong.Count == 0, string.Join("\n", tooLong));
    }

    private static System.Collections.Generic.IEnumerable<string> RepositoryFilesOfKind(string root, string[] extensions) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}artifacts{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && extensions.Contains(Path.GetExtension(f)));

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
