using System.Collections.Immutable;

namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// Library types that are views of one shared container: a <c>Channel&lt;T&gt;</c>, its writer and its reader are one
/// pipe. Fields, properties and parameters of these types in source, with the same element type, are one value to the
/// engine, so a frame written through one class's field is read through another's, however the object was handed
/// over (constructor injection, a composition root).
/// </summary>
internal sealed class ContainerFamily
{
    public ContainerFamily(string name, params string[] typeNames)
    {
        Name = name;
        TypeNames = typeNames.ToImmutableArray();
    }

    public string Name { get; }

    /// <summary>Generic type definitions by metadata name; the element type is the last type argument.</summary>
    public ImmutableArray<string> TypeNames { get; }
}
