using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Each member body's analysis, computed once per compilation and shared by the live analyzer, the build-only one and
/// the callee summaries: in a build all of them ask for the same bodies, and the analysis of a body is most of their
/// cost. A body is bound into operations here, on first request, and only bodies someone asks for are ever bound.
/// </summary>
internal sealed class MethodAnalyses
{
    private readonly Compilation _compilation;
    private readonly CompilationContext _context;
    private readonly ConcurrentDictionary<ISymbol, Lazy<(ImmutableArray<SinkFinding> Findings, MethodSummary? Summary)>> _cache = new(SymbolEqualityComparer.Default);

    public MethodAnalyses(Compilation compilation, CompilationContext context)
    {
        _compilation = compilation;
        _context = context;
    }

    public (ImmutableArray<SinkFinding> Findings, MethodSummary? Summary) Of(ISymbol owner, CancellationToken cancellationToken)
    {
        var entry = _cache.GetOrAdd(owner, _ => new Lazy<(ImmutableArray<SinkFinding>, MethodSummary?)>(
            () => Analyze(owner, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication));
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

    private (ImmutableArray<SinkFinding>, MethodSummary?) Analyze(ISymbol owner, CancellationToken cancellationToken)
    {
        var blocks = BlocksOf(owner, cancellationToken);
        return blocks.IsEmpty
            ? (ImmutableArray<SinkFinding>.Empty, null)
            : MethodFlowAnalysis.Analyze(owner, blocks, _context, null, cancellationToken);
    }

    /// <summary>The members whose bodies this compilation has analysed so far: what an analysis cost, for tests.</summary>
    internal System.Collections.Generic.IEnumerable<ISymbol> Analysed => _cache.Keys;

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
