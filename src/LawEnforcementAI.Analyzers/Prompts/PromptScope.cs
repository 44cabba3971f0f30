using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Prompts;

/// <summary>
/// Whether a compilation can have a prompt finding at all, decided at its start in every project: a vision SDK of the
/// catalogue resolves, or (with none) a source file names an HTTP sending call. It resolves the sink types alone, not the
/// whole <see cref="ApiIndex"/>, and reads the source through <see cref="FlowScope.NamesAny"/>, whose per-tree answer it
/// shares with the flow analyzers: the names it passes are the ones the index would give (every-project sinks whose
/// type resolves), so either may ask first.
/// </summary>
internal static class PromptScope
{
    public static bool Applies(Compilation compilation, ApiCatalog catalogue, CancellationToken cancellationToken)
    {
        var resolved = new Dictionary<string, bool>();
        var lookup = AnalysisCaches.Of(catalogue).Types.For(compilation);
        var everyProject = ImmutableHashSet<string>.Empty;
        foreach (var sink in catalogue.Sinks)
        {
            // A face gallery is no model request: the prompt rules have nothing to read there.
            if (sink.EnrolsFaces)
            {
                continue;
            }

            if (!resolved.TryGetValue(sink.TypeName, out var found))
            {
                found = !lookup.Resolve(sink.TypeName).IsEmpty;
                resolved.Add(sink.TypeName, found);
            }

            if (!found)
            {
                continue;
            }

            if (!sink.InEveryProject)
            {
                return true;
            }

            everyProject = everyProject.Add(sink.Member.Name);
        }

        return FlowScope.NamesAny(compilation, catalogue, everyProject, cancellationToken);
    }
}
