using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Finds the symbols of a stored summary in the compilation that reuses it: each key once. A key that finds nothing
/// (a member renamed or removed since) makes the whole summary a miss (<see cref="Missing"/>); the body is then analysed
/// again, so a stale summary is never used.
/// </summary>
internal sealed class StoredSymbols
{
    private readonly Dictionary<SymbolKey, ISymbol?> _found = new();
    private readonly SyntaxTree _tree;
    private SemanticModel? _model;
    private SyntaxNode? _root;

    public StoredSymbols(ISymbol owner, Compilation compilation, CompilationContext context, SyntaxTree tree, CancellationToken cancellationToken)
    {
        Owner = owner;
        Compilation = compilation;
        Context = context;
        _tree = tree;
        CancellationToken = cancellationToken;
    }

    /// <summary>The member whose summary is rebuilt.</summary>
    public ISymbol Owner { get; }

    public Compilation Compilation { get; }

    public CompilationContext Context { get; }

    public CancellationToken CancellationToken { get; }

    public SyntaxNode Root => _root ??= _tree.GetRoot(CancellationToken);

    /// <summary>The model the stored tree's lambdas and local functions are found in.</summary>
    public SemanticModel Model => _model ??= Context.FunctionModels.Of(_tree);

    public ISymbol? Find(SymbolKey key)
    {
        if (!_found.TryGetValue(key, out var symbol))
        {
            symbol = key.Find(this);
            _found.Add(key, symbol);
        }

        return symbol;
    }

    /// <summary>The symbol of <paramref name="key"/> as <typeparamref name="T"/>, or a <see cref="Missing"/> miss.</summary>
    public T Get<T>(SymbolKey key)
        where T : class, ISymbol =>
        Find(key) as T ?? throw new Missing();

    /// <summary>Thrown while rebuilding a summary whose symbols this compilation no longer has.</summary>
    public sealed class Missing : Exception
    {
    }
}
