using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Common;

/// <summary>The operations that only wrap a value or reach into one, which a reader may look through.</summary>
[Flags]
internal enum Wrappers
{
    None = 0,

    /// <summary><c>(T)x</c> and the compiler's implicit conversions.</summary>
    Conversions = 1,

    /// <summary>Visual Basic's parentheses (C# has no operation for them).</summary>
    Parentheses = 2,

    /// <summary><c>await x</c>: the task or awaitable it waits on.</summary>
    Awaits = 4,

    /// <summary>The instance in <c>a?.B</c>: the receiver <c>a</c> it stands for.</summary>
    ConditionalAccess = 8,

    /// <summary><c>out var x</c>: the local it declares.</summary>
    Declarations = 16,

    /// <summary><c>a[i]</c> of an array: the array.</summary>
    Elements = 32,

    /// <summary><c>a.B</c>: the instance <c>a</c> (none for a static member).</summary>
    Members = 64,
}

/// <summary>
/// One walk down through the <see cref="Wrappers"/> a reader chose, so that every place that looks for the operation
/// under a cast, an <c>await</c> or a member access peels the same way.
/// </summary>
internal static class OperationPeeling
{
    /// <summary>
    /// The first operation under <paramref name="operation"/> that is not one of <paramref name="wrappers"/>; null when a
    /// wrapper has nothing under it (a static member) or when more than <paramref name="maxSteps"/> operations were looked at.
    /// </summary>
    public static IOperation? Peel(IOperation? operation, Wrappers wrappers, int maxSteps = int.MaxValue) =>
        Peel(operation, wrappers, maxSteps, static (_, _) => false, false);

    /// <summary>As <see cref="Peel(IOperation?, Wrappers, int)"/>, but ends at a wrapper <paramref name="stopAt"/> keeps.</summary>
    public static IOperation? Peel<TState>(IOperation? operation, Wrappers wrappers, int maxSteps, Func<IOperation, TState, bool> stopAt, TState state)
    {
        for (var step = 0; step < maxSteps && operation is not null; step++)
        {
            if (stopAt(operation, state) || !TryInner(operation, wrappers, out var inner))
            {
                return operation;
            }

            operation = inner;
        }

        return null;
    }

    /// <summary>The operation under any number of conversions.</summary>
    public static IOperation WithoutConversions(IOperation operation) => Peel(operation, Wrappers.Conversions)!;

    /// <summary>The receiver that the instance of a conditional access (<c>a?.B</c>) stands for.</summary>
    public static IOperation? ConditionalAccessReceiver(IOperation instance)
    {
        for (var parent = instance.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IConditionalAccessOperation access)
            {
                return access.Operation;
            }
        }

        return null;
    }

    /// <summary>What <paramref name="operation"/> wraps, if it is one of <paramref name="wrappers"/> (null: a static member's instance).</summary>
    private static bool TryInner(IOperation operation, Wrappers wrappers, out IOperation? inner)
    {
        switch (operation)
        {
            case IConversionOperation conversion when (wrappers & Wrappers.Conversions) != 0:
                inner = conversion.Operand;
                return true;
            case IParenthesizedOperation parenthesized when (wrappers & Wrappers.Parentheses) != 0:
                inner = parenthesized.Operand;
                return true;
            case IAwaitOperation awaited when (wrappers & Wrappers.Awaits) != 0:
                inner = awaited.Operation;
                return true;
            case IConditionalAccessInstanceOperation conditional when (wrappers & Wrappers.ConditionalAccess) != 0
                                                                      && ConditionalAccessReceiver(conditional) is { } receiver:
                inner = receiver;
                return true;
            case IDeclarationExpressionOperation declaration when (wrappers & Wrappers.Declarations) != 0:
                inner = declaration.Expression;
                return true;
            case IArrayElementReferenceOperation element when (wrappers & Wrappers.Elements) != 0:
                inner = element.ArrayReference;
                return true;
            case IMemberReferenceOperation member when (wrappers & Wrappers.Members) != 0:
                inner = member.Instance;
                return true;
            default:
                inner = null;
                return false;
        }
    }
}
