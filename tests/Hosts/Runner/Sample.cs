using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace LawEnforcementAI.Analyzers.Hosts;

/// <summary>
/// One folder of tests/Hosts/Samples: its <c>*.cs</c> files are one compilation (Assembly-CSharp), its
/// <c>*.globalconfig</c> files the analyzer config (its <c>standins/</c> folder holds stand-ins, not sample code) the host passes (tests/Hosts/README.md). A line that ends in
/// <c>// expect: LEAI001 LEAI002</c> expects exactly those findings on it; <c>// expect (no location): LEAI000</c>
/// anywhere expects a finding of the compilation; nothing else may be reported.
/// </summary>
public sealed class Sample
{
    private static readonly Regex AtLine = new(@"//\s*expect:\s*(?<ids>[A-Z]+\d+(\s+[A-Z]+\d+)*)\s*$", RegexOptions.Compiled);

    private static readonly Regex WithoutLocation = new(@"//\s*expect \(no location\):\s*(?<ids>[A-Z]+\d+(\s+[A-Z]+\d+)*)\s*$", RegexOptions.Compiled);

    private Sample(string name, string folder)
    {
        Name = name;
        Folder = folder;
        Sources = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path: Path.GetRelativePath(folder, f).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .Where(f => !f.Path.StartsWith(StandIns.OwnFolder + "/", StringComparison.Ordinal))
            .ToList();
        GlobalOptions = GlobalConfigOptions.Read(Directory.GetFiles(folder, "*.globalconfig", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal));
        Expected = Sources.SelectMany(s => Expectations(s.Path, s.Text)).OrderBy(e => e, StringComparer.Ordinal).ToList();
    }

    public string Name { get; }

    public string Folder { get; }

    public IReadOnlyList<(string Path, string Text)> Sources { get; }

    public IReadOnlyDictionary<string, string> GlobalOptions { get; }

    /// <summary>Each expected finding as <c>LEAI001 at Uploader.cs:12</c> or <c>LEAI000 without location</c>.</summary>
    public IReadOnlyList<string> Expected { get; }

    /// <summary>The sample folders' names (theory data).</summary>
    public static IEnumerable<object[]> Names() =>
        Directory.GetDirectories(HostSettings.SamplesDir).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => new object[] { n! });

    public static Sample Load(string name) => new(name, Path.Combine(HostSettings.SamplesDir, name));

    /// <summary>A finding in the form <see cref="Expected"/> uses.</summary>
    public static string Describe(string id, string? path, int line) =>
        path is null ? $"{id} without location" : $"{id} at {path}:{line}";

    private static IEnumerable<string> Expectations(string path, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (AtLine.Match(line) is { Success: true } at)
            {
                foreach (var id in Ids(at))
                {
                    yield return Describe(id, path, i + 1);
                }
            }
            else if (WithoutLocation.Match(line) is { Success: true } whole)
            {
                foreach (var id in Ids(whole))
                {
                    yield return Describe(id, null, 0);
                }
            }
        }
    }

    private static IEnumerable<string> Ids(Match match) =>
        match.Groups["ids"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => Name;
}
