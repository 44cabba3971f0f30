using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Which member bodies the per-type analysis covers: the members of every named type declared in source except
/// implicitly declared ones (the Program type of top-level statements), whose bodies the per-method symbol action
/// analyses instead (<see cref="FlowAnalyzer"/>), so each body is analysed exactly once.
/// </summary>
internal static class TypeScope
{
    public static bool IsScope(INamedTypeSymbol type) => !type.IsImplicitlyDeclared;

    /// <summary>The type whose scope analyses the body of <paramref name="owner"/>.</summary>
    public static INamedTypeSymbol? Owner(ISymbol owner) => owner.ContainingType;

    public static bool Covers(ISymbol owner) => Owner(owner) is { } type && IsScope(type);
}
