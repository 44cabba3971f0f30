using System;
using System.IO;

namespace LawEnforcementAI.Analyzers.Tests.Infrastructure;

/// <summary>The repository the tests run from, for the tests that check its documents.</summary>
public static class RepositoryFiles
{
    /// <summary>The folder holding Analyzer.sln, found upward from the test binaries.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analyzer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Analyzer.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Read(params string[] relativePath) =>
        File.ReadAllText(Path.Combine(Root(), Path.Combine(relativePath))).Replace("\r\n", "\n", StringComparison.Ordinal);
}
