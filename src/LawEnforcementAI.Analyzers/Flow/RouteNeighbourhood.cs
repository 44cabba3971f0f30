using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Every member body whose summary can add a fact to one type's requests, found without analysing the program. Forwards:
/// what the members call or hold as delegates, and the implementations an interface or virtual call may run. Backwards,
/// for each token a summary reads: the callers of a method whose parameters it reads, the writers of a field, property
/// or event, the registrations of a service, the bodies that write files. Callers and writers are found by name in the
/// per-tree facts of <see cref="RelevantMembers"/> (a generous filter kept across edits), and only those are bound; one
/// found by a name joins only if it calls that method or writes that member (<see cref="RouteDemand"/>). The
/// walk has no depth bound: it ends when nothing new is reached, so the type's requests are decided as the whole program
/// decides them, and a document's own analysis shows what a build shows. It stops early at <see cref="MaxMembers"/>, or
/// at a token whose writers no name finds (an operator's parameters); the set is then only part of the program.
/// </summary>
internal sealed partial class RouteNeighbourhood
{
    /// <summary>Bodies analysed for one type at most: beyond this, the type is analysed with what was reached.</summary>
    public const int MaxMembers = 1000;

    private readonly CompilationContext _context;
    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<ISymbol, MethodSummary?> _summaries = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _followedWhole = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _inFound = new(SymbolEqualityComparer.Default);
    private readonly HashSet<FlowToken> _walkedTokens = new();
    private readonly HashSet<string> _walkedMentions = new();
    private readonly HashSet<IMethodSymbol> _walkedImplementations = new(SymbolEqualityComparer.Default);
    private readonly HashSet<IMethodSymbol> _walkedCallees = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<(string Name, bool Declared), KeptAnswers> _keptAnswers = new();
    private readonly Queue<MethodSummary> _pending = new();
    private readonly List<MethodSummary> _found = new();
    private bool _complete = true;

    private RouteNeighbourhood(CompilationContext context, Compilation compilation, CancellationToken cancellationToken)
    {
        _context = context;
        _compilation = compilation;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// The summaries beyond <paramref name="own"/> that can add a fact to its requests, in the order reached, and whether
    /// they are all there are (false when the walk stopped early).
    /// </summary>
    public static (IReadOnlyList<MethodSummary> Others, bool Complete) Of(
        IReadOnlyList<MethodSummary> own, CompilationContext context, Compilation compilation, CancellationToken cancellationToken)
    {
        var walk = new RouteNeighbourhood(context, compilation, cancellationToken);
        foreach (var summary in own)
        {
            walk._summaries[summary.Owner.OriginalDefinition] = summary;
            walk._followedWhole.Add(summary.Owner.OriginalDefinition);
            walk._inFound.Add(summary.Owner.OriginalDefinition);
            walk._pending.Enqueue(summary);
        }

        while (walk._pending.Count > 0 && walk._complete)
        {
            cancellationToken.ThrowIfCancellationRequested();
            walk.Follow(walk._pending.Dequeue());
        }

        return (walk._found, walk._complete);
    }

    /// <summary>
    /// <paramref name="own"/> solved with their neighbourhood, as the whole program would solve them (part of the program
    /// when the walk stopped early); <paramref name="boundary"/> as in <see cref="ProgramFlow.Solve"/>.
    /// </summary>
    public static ProgramFlowResult Solve(
        IReadOnlyList<MethodSummary> own, CompilationContext context, Compilation compilation, CancellationToken cancellationToken,
        IReadOnlyCollection<IMethodSymbol>? boundary = null)
    {
        var (others, complete) = Of(own, context, compilation, cancellationToken);
        var settings = context.FlowOptions;
        return Flow(own).Solve(settings.MaxHops, settings.SolverBudget, cancellationToken, partOfProgram: !complete, others, boundary);
    }

    /// <summary>A program flow of <paramref name="summaries"/> alone.</summary>
    public static ProgramFlow Flow(IEnumerable<MethodSummary> summaries)
    {
        var flow = new ProgramFlow();
        foreach (var summary in summaries)
        {
            flow.Add(summary);
        }

        return flow;
    }

    /// <summary>The bodies that name <paramref name="name"/>, followed whole, or for <paramref name="demand"/> only.</summary>
    private void Mentioning(string name, RouteDemand? demand = null)
    {
        if (demand?.Ids is { } ids)
        {
            VisitAll(Answering(name, declared: false, ids), demand);
        }
        else if (demand is not null || _walkedMentions.Add(name))
        {
            VisitAll(_context.RelevantMembers.Naming(name, declared: false), demand);
        }
    }

    private void Declaring(string name, RouteDemand demand) =>
        VisitAll(demand.Ids is { } ids ? Answering(name, declared: true, ids) : _context.RelevantMembers.Naming(name, declared: true), demand);

    private void VisitAll(IEnumerable<(SyntaxTree Tree, int Position)> members, RouteDemand? demand)
    {
        foreach (var (tree, position) in members)
        {

            var declared = DeclaredMembers.At(_compilation, tree, position, _cancellationToken).ToList();
            foreach (var symbol in declared)
            {
                if (demand is null)
                {
                    Visit(symbol);
                }
                else
                {
                    Offer(symbol, demand);
                }
            }

            if (demand is not null)
            {
                _context.MethodAnalyses.KeepAnswersAt(tree, position, declared);
            }
        }
    }

    /// <summary>A body found by name for <paramref name="demand"/>: it joins only if it does what was asked.</summary>
    private void Offer(ISymbol member, RouteDemand demand)
    {
        if (!_complete || _followedWhole.Contains(member.OriginalDefinition)
            || (!_summaries.ContainsKey(member.OriginalDefinition) && !_context.MethodAnalyses.MayAnswer(member.OriginalDefinition, demand.Ids))
            || SummaryFor(member) is not { } summary)
        {
            return;
        }

        if (demand.WantsWhole(summary))
        {
            Visit(member);
            return;
        }

        var values = demand.ValuesIn(summary);
        if (values.Count > 0 && Join(summary))
        {
            FollowValues(summary, values);
        }
    }

    /// <summary>A body whose every fact may matter: a callee, an implementation, a held function, a member of an injected type.</summary>
    private void Visit(ISymbol? member)
    {
        if (member is null || !_complete || _followedWhole.Contains(member.OriginalDefinition) || SummaryFor(member) is not { } summary)
        {
            return;
        }

        if (Join(summary))
        {
            _followedWhole.Add(member.OriginalDefinition);
            _pending.Enqueue(summary);
        }
    }

    /// <summary>The summary of a body this project declares and the relevant-member facts cover, computed once per walk.</summary>
    private MethodSummary? SummaryFor(ISymbol member)
    {
        var definition = member.OriginalDefinition;
        if (_summaries.TryGetValue(definition, out var summary))
        {
            return summary;
        }

        summary = _context.Declares(member) && _context.RelevantMembers.Covers(member)
            ? _context.MethodAnalyses.SummaryOf(definition, _cancellationToken)
            : null;
        _summaries[definition] = summary;
        return summary;
    }

    /// <summary>Adds a body to the neighbourhood; false when the neighbourhood is full (the walk then stops).</summary>
    private bool Join(MethodSummary summary)
    {
        if (_inFound.Contains(summary.Owner.OriginalDefinition))
        {
            return true;
        }

        if (_found.Count >= MaxMembers)
        {
            _complete = false;
            return false;
        }

        _inFound.Add(summary.Owner.OriginalDefinition);
        _found.Add(summary);
        return true;
    }
}
