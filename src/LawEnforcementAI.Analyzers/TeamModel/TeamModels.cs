using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Flow;
using LawEnforcementAI.Analyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LawEnforcementAI.Analyzers.TeamModel;

/// <summary>
/// Every model file of a compilation, resolved against it: the declared entries the API index merges, and the lines
/// that could not be read or name nothing here (LEAI090, at the line).
/// </summary>
internal sealed class TeamModels
{
    private TeamModels(ImmutableArray<DeclaredEntry> entries, ImmutableArray<(string Path, PolicyProblem Problem)> problems)
    {
        Entries = entries;
        Problems = problems;
    }

    public ImmutableArray<DeclaredEntry> Entries { get; }

    public ImmutableArray<(string Path, PolicyProblem Problem)> Problems { get; }

    public IEnumerable<PolicyProblem> ProblemsIn(string path) => Problems.Where(p => p.Path == path).Select(p => p.Problem);

    /// <summary>The model files' entries alone.</summary>
    public static TeamModels Resolve(Compilation compilation, ImmutableArray<AdditionalText> files, CancellationToken cancellationToken) =>
        Resolve(compilation, files, null, cancellationToken);

    /// <summary>
    /// The model files' entries, then, with a <paramref name="catalogue"/> to analyse them by, the facts the referenced
    /// projects publish (<see cref="PublishedFacts"/>) for the members no model file declares: the team's file wins
    /// where it says something.
    /// </summary>
    public static TeamModels Resolve(Compilation compilation, ImmutableArray<AdditionalText> files, ApiCatalog? catalogue, CancellationToken cancellationToken)
    {
        var entries = ImmutableArray.CreateBuilder<DeclaredEntry>();
        var problems = ImmutableArray.CreateBuilder<(string, PolicyProblem)>();
        foreach (var file in files)
        {
            if (!ModelFile.IsModelFile(file.Path) || file.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            var model = ModelFileCache.Shared.Get(text);
            foreach (var problem in model.Problems)
            {
                problems.Add((file.Path, new PolicyProblem(problem.Message, Location.Create(file.Path, problem.Span, problem.LineSpan))));
            }

            foreach (var entry in model.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Resolve(entry, compilation, entries) is { } message)
                {
                    problems.Add((file.Path, new PolicyProblem(message, Location.Create(file.Path, entry.Span, entry.LineSpan))));
                }
            }
        }

        if (catalogue is null)
        {
            return new TeamModels(entries.ToImmutable(), problems.ToImmutable());
        }

        var declared = new HashSet<ISymbol>(entries.Select(e => e.Member), SymbolEqualityComparer.Default);
        foreach (var (project, text) in PublishedFacts.Of(compilation, catalogue, cancellationToken))
        {
            var published = ImmutableArray.CreateBuilder<DeclaredEntry>();
            foreach (var entry in ModelFileCache.Shared.Get(SourceText.From(text)).Entries)
            {
                // What a referenced project publishes is its own analysis, not the team's words: nothing to report here.
                Resolve(entry, compilation, published);
            }

            entries.AddRange(published.Where(e => !declared.Contains(e.Member)).Select(e => new DeclaredEntry(e.Member, e.Entry.PublishedBy(project))));
        }

        return new TeamModels(entries.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>Adds what the entry declares; returns what is wrong with it, or null.</summary>
    private static string? Resolve(ModelEntry entry, Compilation compilation, ImmutableArray<DeclaredEntry>.Builder entries)
    {
        var members = DocumentationCommentId.GetSymbolsForDeclarationId(entry.DocumentationId, compilation);
        if (members.IsEmpty)
        {
            return "'" + entry.DocumentationId + "' names nothing in this compilation (check the ID, and that the project references the assembly that declares it) in '" + entry.Line + "'";
        }

        // One ID can name members of several assemblies (a type compiled twice); each is declared, and the first one that
        // does not fit is reported.
        string? first = null;
        foreach (var member in members)
        {
            if (ModelEntryResolver.ToCatalogEntry(entry, member, out var problem) is { } declared)
            {
                entries.Add(new DeclaredEntry(member, declared));
            }
            else
            {
                first ??= problem + " in '" + entry.Line + "'";
            }
        }

        return first;
    }
}
