using System.Collections.Immutable;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Which operation a table slot or a store means: the receiver or argument a slot names, and the variable, parameter or
/// member a store lands in (objects are tracked as a whole). Owns nothing; asks the rules which members are the program's.
/// </summary>
internal static class Operands
{
    /// <summary>The expression a slot stores into: the receiver, or the first argument it names (an out argument, a stream).</summary>
    public static IOperation? Target(CallShape call, Slot slot)
    {
        if (slot.Kind == SlotKind.Receiver)
        {
            return call.Instance ?? ExtensionReceiver(call.Method, call.Arguments);
        }

        foreach (var argument in call.Arguments)
        {
            if (slot.IsArgument && slot.Matches(argument.Parameter))
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The first argument of an extension method: the receiver it extends.</summary>
    public static IOperation? ExtensionReceiver(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
    {
        if (!method.IsExtensionMethod)
        {
            return null;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Ordinal == 0)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// The symbol a store into <paramref name="operation"/> lands in. Objects are tracked as a whole: storing into
    /// <c>message.Content</c> or <c>options.Messages</c> marks <c>message</c> or <c>options</c>. Members of <c>this</c>,
    /// statics and members declared in source are tracked by their own symbol.
    /// </summary>
    public static ISymbol? RootOf(IOperation operation, BodyRules rules) =>
        OperationPeeling.Peel(
                operation,
                Wrappers.Declarations | Wrappers.Conversions | Wrappers.Elements | Wrappers.Members,
                ValueEvaluator.MaxDepth,
                static (inner, rules) => inner is IMemberReferenceOperation member && (rules.IsSourceMember(member.Member) || member.Instance is null or IInstanceReferenceOperation),
                rules) switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter.OriginalDefinition,
            IMemberReferenceOperation member => member.Member.OriginalDefinition,
            _ => null,
        };

    /// <summary>The variable, field or parameter the result of <paramref name="operation"/> (a stream, a writer) is kept in.</summary>
    public static ISymbol? OpenedInto(IOperation operation, BodyRules rules)
    {
        var node = operation.Parent;
        var child = operation;
        while (node is IConversionOperation or IParenthesizedOperation)
        {
            child = node;
            node = node.Parent;
        }

        return node switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation assignment when assignment.Value == child => RootOf(assignment.Target, rules),
            _ => null,
        };
    }
}
