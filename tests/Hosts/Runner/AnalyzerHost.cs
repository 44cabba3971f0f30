using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers.Hosts;

/// <summary>
/// Does what an older compiler does with an analyzer DLL handed to it (Unity passes each DLL labelled
/// <c>RoslynAnalyzer</c> to csc as <c>/analyzer:</c>): loads it from its file, instantiates every type marked
/// <c>[DiagnosticAnalyzer(LanguageNames.CSharp)]</c>, and runs them over a compilation with the global options of the
/// analyzer config files (<c>Assets/*.globalconfig</c>) the host was given.
/// </summary>
internal static class AnalyzerHost
{
    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> LazyAnalyzers = new(Load);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(References);

    /// <summary>The analyzers of the older-Roslyn build, loaded once per test run, as a compiler server would.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers => LazyAnalyzers.Value;

    /// <summary>The loaded analyzer assembly.</summary>
    public static Assembly AnalyzerAssembly => Analyzers[0].GetType().Assembly;

    /// <summary>The analyzer's diagnostics for these sources, and the compiler's errors (a sample must compile).</summary>
    public static async Task<(ImmutableArray<Diagnostic> Findings, ImmutableArray<Diagnostic> Errors)> RunAsync(
        IEnumerable<(string Path, string Text)> sources, IReadOnlyDictionary<string, string> globalOptions, string? sampleFolder = null)
    {
        // Unity compiles a project's scripts into Assembly-CSharp; the language of Unity 2021.3 is C# 9, and the
        // samples are written so that Roslyn 3.7 parses them.
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, s.Path)).ToList();
        var compilation = CSharpCompilation.Create(
            "Assembly-CSharp",
            trees,
            sampleFolder is null ? LazyReferences.Value : LazyReferences.Value.AddRange(StandIns.For(sampleFolder, LazyReferences.Value)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new GlobalConfigOptions(globalOptions));
        var withAnalyzers = compilation.WithAnalyzers(Analyzers, options);
        var findings = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return (findings, errors);
    }

    private static ImmutableArray<DiagnosticAnalyzer> Load()
    {
        var assembly = Assembly.LoadFrom(HostSettings.AnalyzerAssembly);
        var analyzers = assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                && t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        return analyzers.IsEmpty ? throw new InvalidOperationException($"No C# analyzer in {assembly.Location}.") : analyzers;
    }

    // What the host's process has: the .NET runtime and the SDK packages the host project references (OpenAI,
    // Azure.AI.OpenAI, OpenCvSharp4 and their dependencies). The analyzer and the compiler are not the sample's business.
    private static ImmutableArray<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.Length > 0 && !Path.GetFileName(p).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
}
