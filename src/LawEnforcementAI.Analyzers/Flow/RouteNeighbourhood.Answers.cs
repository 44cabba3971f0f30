using System.Collections.Generic;
using System.Linq;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The declarations a name finds, grouped once per walk by what their kept summaries answer (<see cref="SummaryAnswers"/>),
/// so each demand takes only those that may answer it. A walk asks the same name many times with different demands: on
/// an interface with 400 implementations, each implementation's own callers by the method's shared name, which asking
/// every declaration each time made 400 × 400 look-ups.
/// </summary>
internal sealed partial class RouteNeighbourhood
{
    /// <summary>The declarations <paramref name="name"/> finds that may answer a demand about <paramref name="ids"/>, in the order the name finds them.</summary>
    private IEnumerable<(SyntaxTree Tree, int Position)> Answering(string name, bool declared, IReadOnlyCollection<string> ids)
    {
        if (!_keptAnswers.TryGetValue((name, declared), out var kept))
        {
            kept = new KeptAnswers(_context.RelevantMembers.Naming(name, declared), _context.MethodAnalyses);
            _keptAnswers[(name, declared)] = kept;
        }

        return kept.For(ids);
    }

    private sealed class KeptAnswers
    {
        private readonly List<(SyntaxTree Tree, int Position)> _found = new();
        private readonly List<int> _unknown = new();
        private readonly Dictionary<string, List<int>> _byId = new();

        private readonly MethodAnalyses _analyses;

        public KeptAnswers(IEnumerable<(SyntaxTree Tree, int Position)> found, MethodAnalyses analyses)
        {
            _analyses = analyses;
            foreach (var (tree, position) in found)
            {
                _unknown.Add(_found.Count);
                _found.Add((tree, position));
            }
        }

        /// <summary>
        /// Those with no kept answers (they may answer anything) and those whose answers name one of <paramref name="ids"/>.
        /// A declaration offered earlier in the walk may have had its answers kept since (the first analysis after opening
        /// a solution keeps them as it goes): it is asked again until it has.
        /// </summary>
        public IEnumerable<(SyntaxTree Tree, int Position)> For(IReadOnlyCollection<string> ids)
        {
            _unknown.RemoveAll(Learned);
            var indexes = new SortedSet<int>(_unknown);
            foreach (var id in ids)
            {
                if (_byId.TryGetValue(id, out var answering))
                {
                    indexes.UnionWith(answering);
                }
            }

            return indexes.Select(i => _found[i]).ToList();
        }

        private bool Learned(int index)
        {
            if (_analyses.KeptAnswersAt(_found[index].Tree, _found[index].Position) is not { } answers)
            {
                return false;
            }

            foreach (var id in answers)
            {
                _byId.GetOrAdd(id).Add(index);
            }

            return true;
        }
    }
}
