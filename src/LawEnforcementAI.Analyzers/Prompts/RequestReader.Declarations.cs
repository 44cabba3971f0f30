using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LawEnforcementAI.Analyzers.Prompts;

/// <summary>
/// Following a member of this compilation into its declaration: a helper's returns, a field's or property's
/// initializer, no deeper than MemberDepth.
/// </summary>
internal sealed partial class RequestReader
{
    /// <summary>Members (fields, properties, helpers) followed into their declarations, one inside another at most.</summary>
    private const int MemberDepth = 2;

    private bool IsHelper(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Ordinary && !method.IsAbstract && !method.IsExtern && _declares(method);

    /// <summary>
    /// A helper of this compilation, one level: what its returns hold. With <paramref name="asText"/>, a single returned
    /// text is the call's text; otherwise each returned value is walked as part of the request.
    /// </summary>
    private string? VisitReturns(IMethodSymbol method, bool asText)
    {
        string? result = null;
        WithinDeclaration(method, (syntax, operation) =>
        {
            var expressions = syntax switch
            {
                MethodDeclarationSyntax { ExpressionBody: { } arrow } => new[] { arrow.Expression },
                MethodDeclarationSyntax { Body: { } block } => block.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                    .OfType<ReturnStatementSyntax>().Select(r => r.Expression).Where(e => e is not null).Cast<ExpressionSyntax>().ToArray(),
                _ => Array.Empty<ExpressionSyntax>(),
            };

            var body = operation is null ? null : new BodyWrites(operation);
            foreach (var expression in expressions)
            {
                var value = body is null ? null : _model!.GetOperation(expression, _cancellationToken);
                if (asText && expressions.Length == 1)
                {
                    result = value is null ? ConstantSyntax.TextOf(expression) : TextOf(value, body!);
                }
                else if (value is null)
                {
                    AddText(ConstantSyntax.TextOf(expression));
                }
                else
                {
                    Visit(value, body!);
                }
            }
        });
        return result;
    }

    /// <summary>A field or property of this compilation read for its text: its initializer or its expression body.</summary>
    private string? DeclaredText(ISymbol member)
    {
        string? result = null;
        WithinDeclaration(member, (syntax, _) =>
        {
            var expression = InitializerOf(syntax);
            var value = expression is not null && _model?.SyntaxTree == expression.SyntaxTree ? _model.GetOperation(expression, _cancellationToken) : null;
            result = value is null ? ConstantSyntax.TextOf(expression) : TextOf(value, new BodyWrites(value));
        });
        return result;
    }

    /// <summary>A field or property of this compilation that holds part of a request (a message kept in a static field).</summary>
    private void VisitDeclared(ISymbol member)
    {
        WithinDeclaration(member, (syntax, _) =>
        {
            if (InitializerOf(syntax) is { } expression && _model?.SyntaxTree == expression.SyntaxTree
                && _model.GetOperation(expression, _cancellationToken) is { } value)
            {
                Visit(value, new BodyWrites(value));
            }
        });
    }

    private static ExpressionSyntax? InitializerOf(SyntaxNode syntax) => syntax switch
    {
        VariableDeclaratorSyntax variable => variable.Initializer?.Value,
        PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression
            ?? property.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.GetAccessorDeclaration))?.ExpressionBody?.Expression,
        _ => null,
    };

    /// <summary>
    /// Runs <paramref name="read"/> on the declaration of a member of this compilation, no deeper than
    /// <see cref="MemberDepth"/>; the operation of its body is given when it is in the document being analysed.
    /// </summary>
    private void WithinDeclaration(ISymbol member, Action<SyntaxNode, IOperation?> read)
    {
        if (_depth >= MemberDepth || !_declares(member) || member.DeclaringSyntaxReferences.Length != 1)
        {
            return;
        }

        var syntax = member.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
        var operation = _model is not null && syntax.SyntaxTree == _model.SyntaxTree ? _model.GetOperation(syntax, _cancellationToken) : null;
        _depth++;
        Within(member, () => read(syntax, operation));
        _depth--;
    }
}
