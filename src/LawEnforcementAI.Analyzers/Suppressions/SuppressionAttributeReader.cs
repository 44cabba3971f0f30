using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LawEnforcementAI.Analyzers.Suppressions;

/// <summary>Reads the checkId and Justification of a <c>[SuppressMessage]</c>, as written (positional or named).</summary>
internal static class SuppressionAttributeReader
{
    private const string CheckIdParameter = "checkId";
    public const string JustificationProperty = "Justification";

    /// <summary>The checkId argument: named <c>checkId:</c>, or else the second positional argument.</summary>
    public static AttributeArgumentSyntax? CheckIdArgument(AttributeSyntax attribute)
    {
        var arguments = attribute.ArgumentList?.Arguments;
        if (arguments is null)
        {
            return null;
        }

        var position = 0;
        foreach (var argument in arguments.Value)
        {
            if (argument.NameColon is { } nameColon)
            {
                if (nameColon.Name.Identifier.ValueText == CheckIdParameter)
                {
                    return argument;
                }

                continue;
            }

            if (argument.NameEquals is null && position++ == 1)
            {
                return argument;
            }
        }

        return null;
    }

    public static AttributeArgumentSyntax? JustificationArgument(AttributeSyntax attribute)
    {
        foreach (var argument in attribute.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == JustificationProperty)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>A string constant the cheap way first: most checkIds are plain literals, no semantic model needed.</summary>
    public static string? StringValue(ExpressionSyntax expression, Func<SemanticModel> model)
    {
        if (expression is LiteralExpressionSyntax literal)
        {
            return literal.Token.Value as string;
        }

        return model().GetConstantValue(expression).Value as string;
    }
}
