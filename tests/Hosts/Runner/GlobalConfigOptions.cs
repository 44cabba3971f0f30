using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers.Hosts;

/// <summary>
/// The global options a compiler hands analyzers from global analyzer config files (<c>is_global = true</c>), which is
/// how a Unity project attributes itself: Unity runs no MSBuild, so there is no <c>build_property.*</c> and no
/// generated attribute, only <c>Assets/*.globalconfig</c> passed to csc (docs/unity.md). Every file and tree sees the
/// same global options; there are no per-file sections in the samples.
/// </summary>
internal sealed class GlobalConfigOptions : AnalyzerConfigOptionsProvider
{
    private readonly Options _options;

    public GlobalConfigOptions(IReadOnlyDictionary<string, string> values) => _options = new Options(values);

    public override AnalyzerConfigOptions GlobalOptions => _options;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

    /// <summary>
    /// The top-level <c>key = value</c> pairs of the global config files among these (those that say
    /// <c>is_global = true</c>), as the compiler reads them: keys case-insensitive, <c>#</c> and <c>;</c> start a comment.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Read(IEnumerable<string> files)
    {
        var values = new Dictionary<string, string>(AnalyzerConfigOptions.KeyComparer);
        foreach (var file in files)
        {
            var pairs = Pairs(File.ReadAllLines(file)).ToList();
            if (!pairs.Any(p => AnalyzerConfigOptions.KeyComparer.Equals(p.Key, "is_global") && p.Value.Equals("true", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            foreach (var (key, value) in pairs.Where(p => !AnalyzerConfigOptions.KeyComparer.Equals(p.Key, "is_global")))
            {
                values[key] = value;
            }
        }

        return values;
    }

    private static IEnumerable<(string Key, string Value)> Pairs(IEnumerable<string> lines)
    {
        foreach (var raw in lines)
        {
            var line = raw.Split('#', ';')[0].Trim();
            if (line.StartsWith("[", StringComparison.Ordinal))
            {
                yield break; // Sections apply to files, not to the whole compilation.
            }

            var equals = line.IndexOf('=');
            if (equals > 0)
            {
                yield return (line.Substring(0, equals).Trim(), line.Substring(equals + 1).Trim());
            }
        }
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public Options(IReadOnlyDictionary<string, string> values) =>
            _values = values.ToImmutableDictionary(p => p.Key, p => p.Value, KeyComparer);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            if (_values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = null;
            return false;
        }
    }
}
