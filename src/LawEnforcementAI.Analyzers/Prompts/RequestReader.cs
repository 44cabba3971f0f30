using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Prompts;

/// <summary>
/// Reads a model request back from the sending call's arguments through the expressions that build it in the same
/// body: message and content-part constructors and factories, collections, anonymous objects and JSON, and what the
/// body puts into its locals (<see cref="BodyWrites"/>). It finds whether the request carries an image
/// (<see cref="PromptPartTable"/>) and the text that goes with it, resolved through literals, constants, interpolation
/// and concatenation, <c>string.Format</c> with a constant format, locals, fields and properties with an initializer, and
/// helpers of this compilation that return text (one level). A parameter is where the reading stops.
/// </summary>
internal sealed class RequestReader
{
    /// <summary>Operations looked at per request: enough for any request built by hand, a stop for generated giants.</summary>
    private const int StepBudget = 4000;

    /// <summary>Members (fields, properties, helpers) followed into their declarations, one inside another at most.</summary>
    private const int MemberDepth = 2;

    private static readonly Regex FormatHole = new(@"\{(\d+)[^}]*\}", RegexOptions.CultureInvariant);

    private readonly ImagePartIndex _parts;
    private readonly Func<ISymbol, bool> _declares;
    private readonly SemanticModel? _model;
    private readonly CancellationToken _cancellationToken;
    private readonly List<string> _texts = new();
    private readonly HashSet<ISymbol> _onStack = new(SymbolEqualityComparer.Default);
    private int _steps;
    private int _depth;
    private bool _hasImage;

    private RequestReader(ImagePartIndex parts, Func<ISymbol, bool> declares, SemanticModel? model, CancellationToken cancellationToken)
    {
        _parts = parts;
        _declares = declares;
        _model = model;
        _cancellationToken = cancellationToken;
    }

    public static RequestContent Read(IInvocationOperation send, VisionSink sink, ImagePartIndex parts, Func<ISymbol, bool> declares, CancellationToken cancellationToken)
    {
        var reader = new RequestReader(parts, declares, send.SemanticModel, cancellationToken);
        var body = BodyWrites.Around(send);
        foreach (var argument in send.Arguments)
        {
            if (argument.Parameter is { } parameter && sink.Request.Any(slot => slot.Matches(parameter)))
            {
                reader.Visit(argument.Value, body);
            }
        }

        return new RequestContent(reader._hasImage, reader._texts);
    }

    private bool Step()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        return ++_steps <= StepBudget;
    }

    private void AddText(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            _texts.Add(text!);
        }
    }

    /// <summary>Any part of a request: text is read as text, anything else is walked for image parts and text.</summary>
    private void Visit(IOperation? operation, BodyWrites body)
    {
        if (operation is null || !Step())
        {
            return;
        }

        if (operation.Type?.SpecialType == SpecialType.System_String || operation.ConstantValue is { HasValue: true, Value: string })
        {
            AddText(TextOf(operation, body));
            return;
        }

        switch (operation)
        {
            case IInvocationOperation invocation:
                VisitCall(invocation.TargetMethod, invocation.Instance, invocation.Arguments, null, body);
                break;
            case IObjectCreationOperation creation when creation.Constructor is { } constructor:
                VisitCall(constructor, null, creation.Arguments, creation.Initializer, body);
                break;
            case ILocalReferenceOperation local:
                Within(local.Local, () =>
                {
                    foreach (var write in body.Of(local.Local))
                    {
                        Visit(write, body);
                    }
                });
                break;
            case IAnonymousObjectCreationOperation anonymous:
                foreach (var initializer in anonymous.Initializers)
                {
                    if (initializer is IAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                    {
                        _hasImage |= PromptPartTable.ImageJsonNames.Contains(property.Property.Name);
                        Visit(assignment.Value, body);
                    }
                }

                break;
            case IFieldReferenceOperation field:
                Visit(field.Instance, body);
                VisitDeclared(field.Field);
                break;
            case IPropertyReferenceOperation property:
                Visit(property.Instance, body);
                foreach (var argument in property.Arguments)
                {
                    Visit(argument.Value, body);
                }

                VisitDeclared(property.Property);
                break;
            case IParameterReferenceOperation:
            case IAnonymousFunctionOperation:
            case IDelegateCreationOperation:
            case ILocalFunctionOperation:
                break;
            default:
                foreach (var child in operation.ChildOperations)
                {
                    Visit(child, body);
                }

                break;
        }
    }

    private void VisitCall(IMethodSymbol method, IOperation? instance, IEnumerable<IArgumentOperation> arguments, IOperation? initializer, BodyWrites body)
    {
        if (_parts.Find(method) is { } part)
        {
            // The image part's own arguments (bytes, a URL, a media type) are not prompt text.
            _hasImage |= IsImage(part, arguments);
            return;
        }

        if (IsHelper(method))
        {
            VisitReturns(method, asText: false);
        }

        Visit(instance, body);
        foreach (var argument in arguments)
        {
            Visit(argument.Value, body);
        }

        Visit(initializer, body);
    }

    /// <summary>The text a string-valued expression holds; what it cannot resolve becomes a gap, and is walked for images.</summary>
    private string? TextOf(IOperation? operation, BodyWrites body)
    {
        if (operation is null || !Step())
        {
            return null;
        }

        if (operation.ConstantValue is { HasValue: true, Value: string constant })
        {
            _hasImage |= PromptPartTable.ImageMarks.Any(mark => constant.IndexOf(mark, StringComparison.OrdinalIgnoreCase) >= 0)
                || PromptPartTable.ImageJsonNames.Contains(constant);
            return constant;
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return TextOf(conversion.Operand, body);
            case IInterpolatedStringOperation interpolated:
                return Join(interpolated.Parts.Select(part => part switch
                {
                    IInterpolatedStringTextOperation text => TextOf(text.Text, body),
                    IInterpolationOperation hole => TextOf(hole.Expression, body),
                    _ => null,
                }));
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                return Join(new[] { TextOf(binary.LeftOperand, body), TextOf(binary.RightOperand, body) });
            case ILocalReferenceOperation local:
                return LocalText(local.Local, body);
            case IFieldReferenceOperation field:
                return DeclaredText(field.Field);
            case IPropertyReferenceOperation { Arguments.Length: 0 } property:
                return DeclaredText(property.Property);
            case IInvocationOperation invocation:
                return CallText(invocation, body);
            case IParameterReferenceOperation:
                return null;
            default:
                // "a ?? b", "c ? a : b" and the like: each branch is a piece of its own.
                foreach (var child in operation.ChildOperations)
                {
                    Visit(child, body);
                }

                return null;
        }
    }

    private string? LocalText(ILocalSymbol local, BodyWrites body)
    {
        string? result = null;
        Within(local, () =>
        {
            var writes = body.Of(local);
            if (writes.Count == 1)
            {
                result = TextOf(writes[0], body);
                return;
            }

            // Several values (or "+=" pieces): each is read on its own, so no phrase is made up across them.
            foreach (var write in writes)
            {
                AddText(TextOf(write, body));
            }
        });
        return result;
    }

    private string? CallText(IInvocationOperation invocation, BodyWrites body)
    {
        var method = invocation.TargetMethod;
        if (method.ContainingType?.SpecialType == SpecialType.System_String)
        {
            if (method.Name == "Format" && invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "format") is { } format
                && TextOf(format.Value, body) is { } pattern)
            {
                var values = FormatArguments(invocation).Select(v => TextOf(v, body)).ToList();
                return FormatHole.Replace(pattern, hole =>
                    int.TryParse(hole.Groups[1].Value, out var n) && n < values.Count ? values[n] ?? " " : " ");
            }

            if (method.Name == "Concat")
            {
                return Join(FormatArguments(invocation).Select(v => TextOf(v, body)));
            }
        }

        if (IsHelper(method) && invocation.Arguments.Length == 0 && method.ReturnType.SpecialType == SpecialType.System_String)
        {
            return VisitReturns(method, asText: true);
        }

        VisitCall(method, invocation.Instance, invocation.Arguments, null, body);
        return null;
    }

    /// <summary>The values of a call's arguments, with a <c>params</c> array spread out.</summary>
    private static IEnumerable<IOperation> FormatArguments(IInvocationOperation invocation) =>
        invocation.Arguments
            .Where(a => a.Parameter?.Name is not ("format" or "provider"))
            .SelectMany(a => a.ArgumentKind == ArgumentKind.ParamArray && a.Value is IArrayCreationOperation { Initializer: { } items }
                ? (IEnumerable<IOperation>)items.ElementValues
                : new[] { a.Value });

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

    /// <summary>Guards against a value that is built from itself (<c>a = a + "x"</c>, a recursive helper).</summary>
    private void Within(ISymbol symbol, Action read)
    {
        if (_onStack.Add(symbol))
        {
            read();
            _onStack.Remove(symbol);
        }
    }

    private static bool IsImage(ImagePart part, IEnumerable<IArgumentOperation> arguments)
    {
        string? Constant(string? parameter) =>
            parameter is null ? null : arguments.FirstOrDefault(a => a.Parameter?.Name == parameter)?.Value is { } value
                ? Unwrap(value).ConstantValue is { HasValue: true, Value: string text } ? text : null
                : null;

        if (Constant(part.MediaTypeParameter) is { } mediaType)
        {
            return mediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
        }

        if (Constant(part.UriParameter) is { } uri && uri.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return uri.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase);
        }

        // No media type in sight: an image part, or one whose type the code decides at run time.
        return true;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        operation = OperationPeeling.WithoutConversions(operation);
        return operation is IObjectCreationOperation { Arguments.Length: 1 } uri && uri.Type?.Name == "Uri" ? uri.Arguments[0].Value : operation;
    }

    /// <summary>Pieces of one text; an unresolved piece is a space, so the words around it stay apart.</summary>
    private static string? Join(IEnumerable<string?> pieces)
    {
        var text = new StringBuilder();
        var known = false;
        foreach (var piece in pieces)
        {
            known |= piece is not null;
            text.Append(piece ?? " ");
        }

        return known ? text.ToString() : null;
    }
}
