using System;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Catalog;

internal enum ApiMemberKind
{
    Named,
    Constructor,

    /// <summary>Every method and property of the type (static helper classes such as <c>System.Linq.Enumerable</c>).</summary>
    Every,
}

/// <summary>Which member of a type an entry describes: one by name, the constructors, or all of them.</summary>
internal readonly struct ApiMember : IEquatable<ApiMember>
{
    private ApiMember(ApiMemberKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    public static ApiMember Constructor => new(ApiMemberKind.Constructor, WellKnownMemberNames.InstanceConstructorName);

    public static ApiMember Every => new(ApiMemberKind.Every, "*");

    public ApiMemberKind Kind { get; }

    /// <summary>The metadata name the compiler gives the member (<c>.ctor</c> for constructors).</summary>
    public string Name { get; }

    public static ApiMember Named(string name) => new(ApiMemberKind.Named, name);

    /// <summary>Lets the tables write a member as its name.</summary>
    public static implicit operator ApiMember(string name) => Named(name);

    public bool Equals(ApiMember other) => Kind == other.Kind && Name == other.Name;

    public override bool Equals(object? obj) => obj is ApiMember other && Equals(other);

    public override int GetHashCode() => Name.GetHashCode();

    public override string ToString() => Kind switch
    {
        ApiMemberKind.Constructor => "constructor",
        ApiMemberKind.Every => "every member",
        _ => Name,
    };
}
