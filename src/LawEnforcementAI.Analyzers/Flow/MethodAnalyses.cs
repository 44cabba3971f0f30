using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Each member body's analysis, computed once per compilation and shared by the live analyzer and the build: in a build
/// both ask for the same bodies, and the analysis of a body is most of their cost. A body is bound into operations here,
/// on first request, and only bodies someone asks for are ever bound. A document's own analysis reads the bodies of
/// other trees through <see cref="SummaryOf"/>, which finds them in the <see cref="SummaryStore"/> when an earlier
/// compilation of the same declarations analysed them.
/// </summary>
internal sealed class MethodAnalyses
{
    private readonly Compilation _compilation;
    private readonly CompilationContext _context;
    private readonly ConcurrentDictionary<ISymbol, Lazy<BodyAnalysis>> _cache = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, MethodSummary?> _restored = new(SymbolEqualityComparer.Default);

    public MethodAnalyses(Compilation compilation, CompilationContext context)
    {
        _compilation = compilation;
        _context = context;
    }

    /// <param name="keep">A document's own analysis: keep the summary for the next compilations (<see cref="SummaryOf"/>).</param>
    public (ImmutableArray<SinkFinding> Findings, MethodSummary? Summary) Of(ISymbol owner, CancellationToken cancellationToken, bool keep = false)
    {
        // Known before the body is analysed: what earlier compilations kept under it is found by it (SharedContainers).
        var epoch = keep ? _context.SummaryEpoch : null;
        var analysis = AnalysisOf(owner, cancellationToken);
        if (epoch is not null && StoreKey(owner) is { } key && !_context.Caches.Summaries.TryGet(key.Tree, epoch, key.Id, out _))
        {
            Keep(owner, key, analysis);
        }

        return (analysis.Findings, analysis.Summary);
    }

    /// <summary>
    /// The summary of <paramref name="owner"/>'s body, from the store when this tree's body was analysed under the same
    /// <see cref="SummaryEpoch"/> in an earlier compilation; else analysed here and stored for the next one.
    /// </summary>
    public MethodSummary? SummaryOf(ISymbol owner, CancellationToken cancellationToken)
    {
        if (_restored.TryGetValue(owner, out var restored))
        {
            return restored;
        }

        if (_cache.ContainsKey(owner) || StoreKey(owner) is not { } key)
        {
            return AnalysisOf(owner, cancellationToken).Summary;
        }

        if (_context.Caches.Summaries.TryGet(key.Tree, _context.SummaryEpoch, key.Id, out var stored)
            && stored!.TryRestore(new StoredSymbols(owner, _compilation, _context, key.Tree, cancellationToken), out var summary))
        {
            return _restored.GetOrAdd(owner, summary);
        }

        var analysis = AnalysisOf(owner, cancellationToken);
        Keep(owner, key, analysis);
        return analysis.Summary;
    }

    /// <summary>
    /// False only when <paramref name="owner"/>'s kept summary provably names none of <paramref name="asked"/> (declaration
    /// IDs): a neighbourhood then passes it by without rebuilding it. Null <paramref name="asked"/> asks nothing checkable.
    /// </summary>
    public bool MayAnswer(ISymbol owner, IReadOnlyCollection<string>? asked)
    {
        if (asked is null || _restored.ContainsKey(owner) || _cache.ContainsKey(owner) || StoreKey(owner) is not { } key)
        {
            return true;
        }

        return !_context.Caches.Summaries.TryGet(key.Tree, _context.SummaryEpoch, key.Id, out var stored)
            || SummaryAnswers.MayAnswer(stored!.Answers, asked);
    }

    /// <summary>
    /// What the members declared at <paramref name="position"/> can answer, as kept (before their symbols exist in this
    /// compilation): a name search passes a body that only shares the name without creating its symbol. Null when nothing,
    /// or no set, was kept: the body may answer anything.
    /// </summary>
    public ImmutableHashSet<string>? KeptAnswersAt(SyntaxTree tree, int position) =>
        _context.Caches.Summaries.TryGetAnswersAt(tree, _context.SummaryEpoch, position, out var answers) ? answers : null;

    /// <summary>
    /// Keeps what the members declared at <paramref name="position"/> can answer together, once each has a kept summary:
    /// a field, property or event declaration (or one declaring several fields) is then passed by as a method is
    /// (<see cref="KeptAnswersAt"/>), without creating its symbols in the next compilation.
    /// </summary>
    public void KeepAnswersAt(SyntaxTree tree, int position, IReadOnlyList<ISymbol> members)
    {
        var summaries = _context.Caches.Summaries;
        if (members.Count == 0 || summaries.TryGetAnswersAt(tree, _context.SummaryEpoch, position, out _))
        {
            return;
        }

        var answers = ImmutableHashSet.CreateBuilder<string>();
        foreach (var member in members)
        {
            if (StoreKey(member) is not { } key || key.Tree != tree
                || !summaries.TryGet(tree, _context.SummaryEpoch, key.Id, out var stored) || stored!.Answers is not { } answered)
            {
                return;
            }

            answers.UnionWith(answered);
        }

        summaries.AddAnswersAt(tree, _context.SummaryEpoch, position, answers.ToImmutable());
    }

    /// <summary>Where a member's summary is kept: a body in one tree whose ID names it alone.</summary>
    private (SyntaxTree Tree, string Id)? StoreKey(ISymbol owner) =>
        owner.DeclaringSyntaxReferences.Length == 1 && DocumentationCommentId.CreateDeclarationId(owner) is { Length: > 0 } id
            ? (owner.DeclaringSyntaxReferences[0].SyntaxTree, id)
            : null;

    private void Keep(ISymbol owner, (SyntaxTree Tree, string Id) key, BodyAnalysis analysis)
    {
        if (SymbolKey.For(owner, _compilation, key.Tree) is not null
            && StoredSummary.Of(owner, analysis.Summary, analysis.ProjectCalls, _compilation, key.Tree) is { } stored)
        {
            _context.Caches.Summaries.Add(key.Tree, _context.SummaryEpoch, key.Id, stored);
            if (owner.DeclaringSyntaxReferences[0].GetSyntax() is BaseMethodDeclarationSyntax declaration)
            {
                _context.Caches.Summaries.AddAnswersAt(key.Tree, _context.SummaryEpoch, declaration.SpanStart, stored.Answers);
            }
        }
    }

    private BodyAnalysis AnalysisOf(ISymbol owner, CancellationToken cancellationToken)
    {
        var entry = _cache.GetOrAdd(owner, _ => new Lazy<BodyAnalysis>(() => Analyze(owner, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return entry.Value;
        }
        catch (OperationCanceledException)
        {
            // A cancelled analysis is not a result: the next caller computes it again.
            _cache.TryRemove(owner, out _);
            throw;
        }
    }

    private BodyAnalysis Analyze(ISymbol owner, CancellationToken cancellationToken)
    {
        var blocks = BlocksOf(owner, cancellationToken);
        if (blocks.IsEmpty)
        {
            return new BodyAnalysis(ImmutableArray<SinkFinding>.Empty, null, new Dictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default));
        }

        var projectCalls = new Dictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
        var (findings, summary) = MethodFlowAnalysis.Analyze(owner, blocks, _context, null, cancellationToken, projectCalls);
        return new BodyAnalysis(findings, summary, projectCalls);
    }

    /// <summary>The members whose bodies this compilation has analysed so far: what an analysis cost, for tests.</summary>
    internal System.Collections.Generic.IEnumerable<ISymbol> Analysed => _cache.Keys;

    /// <summary>The members whose kept summaries this compilation has rebuilt so far, for tests.</summary>
    internal System.Collections.Generic.IEnumerable<ISymbol> Restored => _restored.Keys;

    /// <summary>The operations of the member's executable code, as the driver would hand them to a block action.</summary>
    public ImmutableArray<IOperation> BlocksOf(ISymbol member, CancellationToken cancellationToken)
    {
        var blocks = ImmutableArray.CreateBuilder<IOperation>();
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            var node = reference.GetSyntax(cancellationToken);
            if (!_compilation.ContainsSyntaxTree(node.SyntaxTree) || BodyOf(node) is not { } body)
            {
                continue;
            }

            // RS1030: the symbol and compilation-end contexts carry no semantic model, and Roslyn has no public
            // "operations of a symbol" API; a model from the compilation is the supported path (the .NET taint rules do
            // the same), and the driver's caching provider shares it with the compiler's own analysis of the tree.
#pragma warning disable RS1030
            var model = _compilation.GetSemanticModel(node.SyntaxTree);
#pragma warning restore RS1030
            if (model.GetOperation(body, cancellationToken) is { } operation)
            {
                blocks.Add(operation);
            }
        }

        return blocks.ToImmutable();
    }

    /// <summary>The node whose operation is the member's executable code.</summary>
    private static SyntaxNode? BodyOf(SyntaxNode declaration) => declaration switch
    {
        BaseMethodDeclarationSyntax method => method,
        AccessorDeclarationSyntax accessor => accessor,
        ArrowExpressionClauseSyntax arrow => arrow,
        VariableDeclaratorSyntax { Initializer: { } initializer } => initializer,
        PropertyDeclarationSyntax { Initializer: { } initializer } => initializer,
        CompilationUnitSyntax program => program,
        _ => null,
    };
}

/// <summary>One body's analysis, and which answers of <see cref="CompilationContext.IsCalledInProject"/> it depends on.</summary>
internal sealed class BodyAnalysis
{
    public BodyAnalysis(ImmutableArray<SinkFinding> findings, MethodSummary? summary, IReadOnlyDictionary<IMethodSymbol, bool> projectCalls)
    {
        Findings = findings;
        Summary = summary;
        ProjectCalls = projectCalls;
    }

    public ImmutableArray<SinkFinding> Findings { get; }

    public MethodSummary? Summary { get; }

    public IReadOnlyDictionary<IMethodSymbol, bool> ProjectCalls { get; }
}
