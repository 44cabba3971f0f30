using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Prompts;

/// <summary>
/// The text a string-valued part of a request holds: literals, constants, interpolation, concatenation,
/// string.Format and string.Concat, locals, and members and helpers of this compilation read for their text.
/// </summary>
internal sealed partial class RequestReader
{
    private static readonly Regex FormatHole = new(@"\{(\d+)[^}]*\}", RegexOptions.CultureInvariant);

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
