using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LawEnforcementAI.Analyzers.Common;

/// <summary>
/// The simple name an invocation calls, read from syntax: a call whose name is in no table is skipped before any
/// binding. Analyzers that look at calls use a syntax-node action with this filter instead of an operation action,
/// which would make the driver bind every body of the project into operations.
/// </summary>
internal static class InvokedName
{
    public static string? Of(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };
}
