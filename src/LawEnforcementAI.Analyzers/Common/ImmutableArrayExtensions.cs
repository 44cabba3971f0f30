using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Common;

internal static class ImmutableArrayExtensions
{
    /// <summary>An optional table argument left out (<c>default</c>) is an empty table.</summary>
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> array) => array.IsDefault ? ImmutableArray<T>.Empty : array;
}
