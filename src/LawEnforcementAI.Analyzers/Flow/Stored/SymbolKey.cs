using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// A symbol named so that another compilation of the same declarations finds it again: a documentation-comment ID for
/// members and types, an ordinal for a parameter, and the span in the stored tree for a lambda or local function (which
/// have no ID). Holds no symbol, so a stored summary keeps no compilation alive.
/// </summary>
internal abstract class SymbolKey
{
    /// <summary>The symbol in <paramref name="symbols"/>' compilation, or null when it is missing or ambiguous there.</summary>
    public abstract ISymbol? Find(StoredSymbols symbols);

    /// <summary>
    /// The key of <paramref name="symbol"/>, or null when no key finds exactly this symbol again in
    /// <paramref name="compilation"/> (then the summary is not stored: a miss only costs time).
    /// </summary>
    public static SymbolKey? For(ISymbol symbol, Compilation compilation, SyntaxTree tree, ISymbol? owner = null)
    {
        if (owner is not null && SymbolEqualityComparer.Default.Equals(symbol, owner))
        {
            return Owner;
        }

        switch (symbol)
        {
            case IParameterSymbol parameter:
                return parameter.ContainingSymbol is { } container && For(container, compilation, tree, owner) is { } containerKey
                    ? new ParameterKey(containerKey, parameter.Ordinal)
                    : null;
            case IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } function:
                return function.DeclaringSyntaxReferences.Length == 1 && function.DeclaringSyntaxReferences[0].SyntaxTree == tree
                    ? new FunctionKey(function.DeclaringSyntaxReferences[0].Span)
                    : null;
        }

        var isReference = symbol is ITypeSymbol || !SymbolEqualityComparer.Default.Equals(symbol, symbol.OriginalDefinition);
        var id = isReference ? DocumentationCommentId.CreateReferenceId(symbol) : DocumentationCommentId.CreateDeclarationId(symbol);
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        var key = new DeclarationKey(id, isReference);
        return SymbolEqualityComparer.Default.Equals(key.FindIn(compilation), symbol) ? key : null;
    }

    /// <summary>The member whose summary names it: the one symbol the rebuilding compilation already has.</summary>
    public static readonly SymbolKey Owner = new OwnerKey();

    private sealed class OwnerKey : SymbolKey
    {
        public override ISymbol? Find(StoredSymbols symbols) => symbols.Owner;
    }

    private sealed class DeclarationKey : SymbolKey
    {
        private readonly string _id;
        private readonly bool _isReference;

        public DeclarationKey(string id, bool isReference)
        {
            _id = id;
            _isReference = isReference;
        }

        public override ISymbol? Find(StoredSymbols symbols) => FindIn(symbols.Compilation);

        public ISymbol? FindIn(Compilation compilation)
        {
            var found = _isReference
                ? DocumentationCommentId.GetSymbolsForReferenceId(_id, compilation)
                : DocumentationCommentId.GetSymbolsForDeclarationId(_id, compilation);
            return found.Length == 1 ? found[0] : null;
        }
    }

    private sealed class ParameterKey : SymbolKey
    {
        private readonly SymbolKey _container;
        private readonly int _ordinal;

        public ParameterKey(SymbolKey container, int ordinal)
        {
            _container = container;
            _ordinal = ordinal;
        }

        public override ISymbol? Find(StoredSymbols symbols)
        {
            var parameters = symbols.Find(_container) switch
            {
                IMethodSymbol method => method.Parameters,
                IPropertySymbol property => property.Parameters,
                _ => ImmutableArray<IParameterSymbol>.Empty,
            };
            return _ordinal < parameters.Length ? parameters[_ordinal] : null;
        }
    }

    /// <summary>A lambda or local function, by its syntax in the stored tree: finding it binds the body it is in.</summary>
    private sealed class FunctionKey : SymbolKey
    {
        private readonly TextSpan _span;

        public FunctionKey(TextSpan span) => _span = span;

        public override ISymbol? Find(StoredSymbols symbols)
        {
            for (var node = symbols.Root.FindNode(_span, getInnermostNodeForTie: true); node is not null && node.Span.Contains(_span); node = node.Parent)
            {
                if (node.Span == _span)
                {
                    switch (node)
                    {
                        case AnonymousFunctionExpressionSyntax lambda:
                            return symbols.Model.GetSymbolInfo(lambda, symbols.CancellationToken).Symbol;
                        case LocalFunctionStatementSyntax local:
                            return symbols.Model.GetDeclaredSymbol(local, symbols.CancellationToken);
                    }
                }
            }

            return null;
        }
    }
}
