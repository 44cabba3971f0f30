using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers;

/// <summary>
/// What the analyzers remember across compilations for one catalog: facts read from each syntax tree (they survive edits
/// of other documents), the tables' types per set of references, and the per-compilation contexts. Kept beside the
/// catalog rather than in it, so <c>Catalog/</c> stays data and the engine's types stay out of it. Every cache is keyed
/// weakly (by catalog, tree or compilation), so nothing outlives what it describes.
/// </summary>
internal sealed class AnalysisCaches
{
    private static readonly ConditionalWeakTable<ApiCatalog, AnalysisCaches> ByCatalog = new();

    private readonly List<HashSet<string>> _rootNameSets = new();
    private readonly List<SummaryEpoch> _epochs = new();

    private AnalysisCaches(ApiCatalog catalog)
    {
        Catalog = catalog;
    }

    public ApiCatalog Catalog { get; }

    public static AnalysisCaches Of(ApiCatalog catalog) => ByCatalog.GetValue(catalog, c => new AnalysisCaches(c));

    /// <summary>The tables' types, with what the references hold remembered across compilations (<see cref="TypeLookup"/>).</summary>
    public TypeLookup Types { get; } = new();

    /// <summary>Per syntax tree, what it declares that may be a shared container (<see cref="ContainerMemberNames"/>).</summary>
    public ConditionalWeakTable<SyntaxTree, ContainerMemberNames> ContainerNames { get; } = new();

    /// <summary>Per syntax tree, its members' names and what they mention (<see cref="RelevantMembers"/>).</summary>
    public ConditionalWeakTable<SyntaxTree, MemberMentions> MemberMentions { get; } = new();

    /// <summary>Per syntax tree, whether it names a sink every project has (<see cref="FlowScope.NamesAny"/>).</summary>
    public ConditionalWeakTable<SyntaxTree, FlowScope.TreeMention> EveryProjectSinkMentions { get; } = new();

    /// <summary>Per syntax tree, how often each identifier occurs (<see cref="EntryPoints"/>: is a method called in the project?).</summary>
    public ConditionalWeakTable<SyntaxTree, IdentifierCounts> IdentifierCounts { get; } = new();

    /// <summary>Per syntax tree, what other documents bind against in it (<see cref="SummaryEpoch"/>).</summary>
    public ConditionalWeakTable<SyntaxTree, DeclarationFingerprint> DeclarationFingerprints { get; } = new();

    /// <summary>Per epoch (one instance each, <see cref="SameEpoch"/>), the shared containers by ID (<see cref="SharedContainers.Kept"/>).</summary>
    public ConditionalWeakTable<SummaryEpoch, SharedContainers.Kept> SharedContainerIds { get; } = new();

    /// <summary>Member summaries kept across compilations for the documents' own analyses (<see cref="SummaryStore"/>).</summary>
    public SummaryStore Summaries { get; } = new();

    /// <summary>The flow facts a referenced project's compilation publishes, computed from its source (<see cref="PublishedFacts"/>).</summary>
    public ConditionalWeakTable<Compilation, PublishedFacts.Computed> ProjectFacts { get; } = new();

    /// <summary>The per-compilation contexts built on this catalog (<see cref="CompilationContext.For"/>).</summary>
    public ConditionalWeakTable<Compilation, CompilationContext> Contexts { get; } = new();

    /// <summary>
    /// One instance per content of the root names of <see cref="RelevantMembers"/>: compilations with the same
    /// references get the same set, so what each tree remembers about its roots is found by reference.
    /// </summary>
    public HashSet<string> SameRootNames(IReadOnlyCollection<string> names)
    {
        lock (_rootNameSets)
        {
            var same = _rootNameSets.FirstOrDefault(s => s.Count == names.Count && s.SetEquals(names));
            if (same is null)
            {
                same = new HashSet<string>(names);
                _rootNameSets.Insert(0, same);
                if (_rootNameSets.Count > 8)
                {
                    _rootNameSets.RemoveAt(_rootNameSets.Count - 1);
                }
            }

            return same;
        }
    }

    /// <summary>
    /// One instance per <see cref="SummaryEpoch"/>: the compilations after an edit inside a body share their epoch, and
    /// every look-up in the <see cref="SummaryStore"/> compares it; by reference, that is free, where comparing the
    /// options and every reference again costs more than the look-up itself.
    /// </summary>
    public SummaryEpoch SameEpoch(SummaryEpoch epoch)
    {
        lock (_epochs)
        {
            var same = _epochs.FirstOrDefault(epoch.Equals);
            if (same is null)
            {
                same = epoch;
                _epochs.Insert(0, same);
                if (_epochs.Count > 8)
                {
                    _epochs.RemoveAt(_epochs.Count - 1);
                }
            }

            return same;
        }
    }
}
