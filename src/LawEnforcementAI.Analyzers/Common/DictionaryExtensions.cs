using System.Collections.Generic;

namespace LawEnforcementAI.Analyzers.Common;

internal static class DictionaryExtensions
{
    /// <summary>The value under <paramref name="key"/>, created empty the first time it is asked for.</summary>
    public static TValue GetOrAdd<TKey, TValue>(this Dictionary<TKey, TValue> map, TKey key)
        where TKey : notnull
        where TValue : new()
    {
        if (!map.TryGetValue(key, out var value))
        {
            value = new TValue();
            map.Add(key, value);
        }

        return value;
    }
}
