using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Member summaries kept across compilations (docs/flow.md, "Kept warm across edits"): per syntax tree, weakly (a tree
/// no compilation uses any more takes its summaries with it), by the member's documentation-comment ID, under the
/// <see cref="SummaryEpoch"/> they were bound in. The IDE makes a new compilation per keystroke and per document request,
/// sharing the unchanged trees: their summaries are found here instead of analysing their bodies again. A tree shared by
/// two projects (a linked file) keeps one set per epoch, at most <see cref="EpochsPerTree"/>.
/// </summary>
internal sealed class SummaryStore
{
    /// <summary>A linked file's projects, and the epoch an edit just left: older sets are dropped.</summary>
    private const int EpochsPerTree = 3;

    private readonly ConditionalWeakTable<SyntaxTree, TreeSummaries> _trees = new();

    public bool TryGet(SyntaxTree tree, SummaryEpoch epoch, string member, out StoredSummary? stored)
    {
        stored = null;
        return _trees.TryGetValue(tree, out var summaries) && summaries.For(epoch, create: false) is { } set && set.Members.TryGetValue(member, out stored);
    }

    public void Add(SyntaxTree tree, SummaryEpoch epoch, string member, StoredSummary stored) =>
        _trees.GetValue(tree, _ => new TreeSummaries()).For(epoch, create: true)!.Members[member] = stored;

    /// <summary>
    /// Keeps what the method declared at <paramref name="position"/> can answer (<see cref="SummaryAnswers"/>), so a
    /// name search can pass the declaration by without asking the new compilation for its symbol.
    /// </summary>
    public void AddAnswersAt(SyntaxTree tree, SummaryEpoch epoch, int position, ImmutableHashSet<string>? answers) =>
        _trees.GetValue(tree, _ => new TreeSummaries()).For(epoch, create: true)!.AnswersAt[position] = answers;

    /// <summary>What the method declared at <paramref name="position"/> can answer; false when nothing was kept for it.</summary>
    public bool TryGetAnswersAt(SyntaxTree tree, SummaryEpoch epoch, int position, out ImmutableHashSet<string>? answers)
    {
        answers = null;
        return _trees.TryGetValue(tree, out var summaries) && summaries.For(epoch, create: false) is { } set && set.AnswersAt.TryGetValue(position, out answers);
    }

    private sealed class EpochSummaries
    {
        public ConcurrentDictionary<string, StoredSummary> Members { get; } = new();

        public ConcurrentDictionary<int, ImmutableHashSet<string>?> AnswersAt { get; } = new();
    }

    private sealed class TreeSummaries
    {
        private readonly List<(SummaryEpoch Epoch, EpochSummaries Members)> _sets = new();

        public EpochSummaries? For(SummaryEpoch epoch, bool create)
        {
            lock (_sets)
            {
                var index = _sets.FindIndex(s => s.Epoch.Equals(epoch));
                if (index >= 0)
                {
                    var found = _sets[index];
                    _sets.RemoveAt(index);
                    _sets.Insert(0, found);
                    return found.Members;
                }

                if (!create)
                {
                    return null;
                }

                var members = new EpochSummaries();
                _sets.Insert(0, (epoch, members));
                if (_sets.Count > EpochsPerTree)
                {
                    _sets.RemoveAt(_sets.Count - 1);
                }

                return members;
            }
        }
    }
}
