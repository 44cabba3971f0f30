using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
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

    /// <summary>
    /// Keeps what the methods declared at <paramref name="position"/> implement or override (declaration IDs): a search
    /// for a declared member's implementations passes the others by without creating their symbols.
    /// </summary>
    public void AddImplementsAt(SyntaxTree tree, SummaryEpoch epoch, int position, ImmutableHashSet<string> implemented) =>
        _trees.GetValue(tree, _ => new TreeSummaries()).For(epoch, create: true)!.ImplementsAt[position] = implemented;

    /// <summary>What the methods declared at <paramref name="position"/> implement; false when nothing was kept for them.</summary>
    public bool TryGetImplementsAt(SyntaxTree tree, SummaryEpoch epoch, int position, out ImmutableHashSet<string>? implemented)
    {
        implemented = null;
        return _trees.TryGetValue(tree, out var summaries) && summaries.For(epoch, create: false) is { } set && set.ImplementsAt.TryGetValue(position, out implemented);
    }

    private sealed class EpochSummaries
    {
        public ConcurrentDictionary<int, ImmutableHashSet<string>> ImplementsAt { get; } = new();

        public ConcurrentDictionary<string, StoredSummary> Members { get; } = new();

        public ConcurrentDictionary<int, ImmutableHashSet<string>?> AnswersAt { get; } = new();
    }

    private sealed class TreeSummaries
    {
        private readonly object _gate = new();

        // Replaced, never changed: a look-up reads it without the lock, and the epoch it asks for is first almost always.
        private (SummaryEpoch Epoch, EpochSummaries Members)[] _sets = Array.Empty<(SummaryEpoch, EpochSummaries)>();

        public EpochSummaries? For(SummaryEpoch epoch, bool create)
        {
            var sets = Volatile.Read(ref _sets);
            if (sets.Length > 0 && ReferenceEquals(sets[0].Epoch, epoch))
            {
                return sets[0].Members;
            }

            lock (_gate)
            {
                var list = _sets.ToList();
                var index = list.FindIndex(s => s.Epoch.Equals(epoch));
                if (index < 0 && !create)
                {
                    return null;
                }

                // Under the asking instance, so its next look-up is the quick one.
                var found = (Epoch: epoch, Members: index >= 0 ? list[index].Members : new EpochSummaries());
                if (index >= 0)
                {
                    list.RemoveAt(index);
                }

                list.Insert(0, found);
                if (list.Count > EpochsPerTree)
                {
                    list.RemoveAt(list.Count - 1);
                }

                Volatile.Write(ref _sets, list.ToArray());
                return found.Members;
            }
        }
    }
}
