using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Constructors of the compilation, as builders of the object they return (<see cref="MethodFlowAnalysis"/>'s objects).
/// A primary constructor (<c>record R(string Image)</c>, <c>class C(string image)</c>) has no body whose stores a summary
/// could show: the compiler synthesizes them. Every parameter of one is part of the object it builds, as a positional
/// property or as state the members capture, so the object carries all of them.
/// </summary>
internal static class OwnConstructors
{
    public static bool IsPrimary(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Constructor || method.IsStatic || method.Parameters.IsEmpty)
        {
            return false;
        }

        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the object built by a primary <paramref name="constructor"/> carries, in terms of its parameters.</summary>
    public static FlowValue PrimaryContents(IMethodSymbol constructor)
    {
        var value = FlowValue.Empty;
        foreach (var parameter in constructor.Parameters)
        {
            value = value.Union(FlowValue.OfToken(new ParameterToken(parameter)));
        }

        return value;
    }

    /// <summary>
    /// Whether the constructor can put anything into its object: a primary constructor with parameters, or a declared one
    /// with statements or a chained call with arguments. An empty or implicit constructor leaves the object's value
    /// concrete, so a request on it is still decided where it is made.
    /// </summary>
    public static bool MayStore(IMethodSymbol constructor)
    {
        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            switch (reference.GetSyntax())
            {
                case TypeDeclarationSyntax when !constructor.Parameters.IsEmpty:
                    return true;
                case ConstructorDeclarationSyntax declared
                    when declared.ExpressionBody is not null || declared.Body is { Statements.Count: > 0 } || declared.Initializer is { ArgumentList.Arguments.Count: > 0 }:
                    return true;
            }
        }

        return false;
    }
}
