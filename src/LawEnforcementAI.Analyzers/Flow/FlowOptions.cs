using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>Settings of the flow engine, from .globalconfig or .editorconfig.</summary>
internal static class FlowOptions
{
    public const string MaxHopsKey = "ai_policy_max_hops";

    /// <summary>
    /// Capture, queue, worker, encoder, sender: real pipelines cross four to six methods, so the .NET analyzers' default
    /// of three loses them. Eight keeps routes readable; beyond it frames are still followed, with unknown liveness.
    /// </summary>
    public const int DefaultMaxHops = 8;

    private const int Ceiling = 64;

    public static int MaxHops(AnalyzerOptions options, Compilation compilation)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        if (!provider.GlobalOptions.TryGetValue(MaxHopsKey, out var text))
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                provider.GetOptions(tree).TryGetValue(MaxHopsKey, out text);
                break;
            }
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var hops) && hops >= 0
            ? (hops > Ceiling ? Ceiling : hops)
            : DefaultMaxHops;
    }
}
