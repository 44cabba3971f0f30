using System.Collections.Generic;
using System.Linq;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>What a summary reads: its tokens (including those a capture device was opened with) and the functions its values hold.</summary>
internal static class SummaryTokens
{
    /// <summary>Methods held as delegates (method groups): invoking one runs its body, so its summary may matter.</summary>
    public static IEnumerable<Microsoft.CodeAnalysis.IMethodSymbol> Functions(MethodSummary summary) =>
        Values(summary).SelectMany(v => v.Functions);

    public static IEnumerable<FlowToken> Of(MethodSummary summary)
    {
        foreach (var value in Values(summary))
        {
            foreach (var token in Read(value))
            {
                yield return token;
            }

            foreach (var token in Read(value.InFile))
            {
                yield return token;
            }
        }
    }

    /// <summary>The tokens of one value, of the devices its frames were read from, and the paths whose files it reads.</summary>
    public static IEnumerable<FlowToken> Read(FlowValue value)
    {
        foreach (var token in value.Tokens)
        {
            yield return token;
            if (token is FileContentsToken { Path: var path })
            {
                yield return path;
            }
        }

        foreach (var origin in value.Frames)
        {
            if (origin.DeviceValue is { } device)
            {
                foreach (var token in device.Tokens)
                {
                    yield return token;
                }
            }
        }
    }

    private static IEnumerable<FlowValue> Values(MethodSummary summary) =>
        summary.Returns.Values
            .Concat(summary.OutValues.Values)
            .Concat(summary.ParameterFiles.Values)
            .Concat(summary.Writes.Select(w => w.Value))
            .Concat(summary.FileWrites.Select(w => w.Value))
            .Concat(summary.ServiceWrites.Select(w => w.Value))
            .Concat(summary.Calls.SelectMany(c => c.Arguments.Values.Append(c.DelegateTarget)))
            .Concat(summary.Sinks.SelectMany(s => new[] { s.Request, s.Client }));
}
