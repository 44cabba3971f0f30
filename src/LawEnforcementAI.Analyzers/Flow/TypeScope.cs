using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Which member bodies the type-scoped analysis covers. The driver starts a symbol scope for every named type declared
/// in source except implicitly declared ones (the Program type of top-level statements); bodies outside such a scope
/// are analysed by the compilation-wide block action instead, so each body is analysed exactly once.
/// </summary>
internal static class TypeScope
{
    public static bool IsScope(INamedTypeSymbol type) => !type.IsImplicitlyDeclared;

    /// <summary>The type whose scope analyses the body of <paramref name="owner"/>.</summary>
    public static INamedTypeSymbol? Owner(ISymbol owner) => owner.ContainingType;

    public static bool Covers(ISymbol owner) => Owner(owner) is { } type && IsScope(type);

    public static bool IsOwnedBy(ISymbol owner, INamedTypeSymbol type) => SymbolEqualityComparer.Default.Equals(Owner(owner), type);
}
