using System;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>A family of shared containers and its element type: <c>Channel&lt;byte[]&gt;</c>, its writer and its reader share one key.</summary>
internal readonly struct SharedContainerKey : IEquatable<SharedContainerKey>
{
    public SharedContainerKey(ContainerFamily family, ITypeSymbol element)
    {
        Family = family;
        Element = element;
    }

    public ContainerFamily Family { get; }

    public ITypeSymbol Element { get; }

    public bool Equals(SharedContainerKey other) =>
        ReferenceEquals(Family, other.Family) && SymbolEqualityComparer.Default.Equals(Element, other.Element);

    public override bool Equals(object? obj) => obj is SharedContainerKey other && Equals(other);

    public override int GetHashCode() => Family.GetHashCode() * 31 + SymbolEqualityComparer.Default.GetHashCode(Element);
}
