using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers.Benchmarks;

/// <summary>
/// The analyzer options of a build whose only configuration is MSBuild's generated global config: the same global
/// options for every file, which is what the benchmark corpora use.
/// </summary>
public sealed class GlobalConfigOptions : AnalyzerConfigOptionsProvider
{
    private readonly Options _options;

    public GlobalConfigOptions(string globalConfigText)
    {
        var set = AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(globalConfigText, "/obj/Corpus.GeneratedMSBuildEditorConfig.editorconfig")));
        _options = new Options(set.GlobalConfigOptions.AnalyzerOptions);
    }

    public override AnalyzerConfigOptions GlobalOptions => _options;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override IEnumerable<string> Keys => values.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
