using System;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// A value that one member body cannot know on its own: what its callers pass, what a field holds, what a call to
/// another method of the compilation returns. Method summaries carry tokens; the program solver replaces them.
/// </summary>
public abstract class FlowToken : IEquatable<FlowToken>
{
    public abstract bool Equals(FlowToken? other);

    public override bool Equals(object? obj) => Equals(obj as FlowToken);

    public abstract override int GetHashCode();
}

/// <summary>Whatever the callers of a method (or the invokers of a lambda) pass for this parameter.</summary>
public sealed class ParameterToken : FlowToken
{
    public ParameterToken(IParameterSymbol parameter) => Parameter = parameter.OriginalDefinition;

    public IParameterSymbol Parameter { get; }

    public override bool Equals(FlowToken? other) =>
        other is ParameterToken p && SymbolEqualityComparer.Default.Equals(Parameter, p.Parameter);

    public override int GetHashCode() => SymbolEqualityComparer.Default.GetHashCode(Parameter);
}

/// <summary>Everything stored anywhere in the compilation into a field, property or event declared in source.</summary>
public sealed class MemberToken : FlowToken
{
    public MemberToken(ISymbol member) => Member = member.OriginalDefinition;

    public ISymbol Member { get; }

    public override bool Equals(FlowToken? other) =>
        other is MemberToken m && SymbolEqualityComparer.Default.Equals(Member, m.Member);

    public override int GetHashCode() => SymbolEqualityComparer.Default.GetHashCode(Member) * 7;
}

/// <summary>What one call to a method of the compilation returns, or leaves in one of its out/ref arguments.</summary>
public sealed class CallToken : FlowToken
{
    public CallToken(CallSite site, int outOrdinal = -1)
    {
        Site = site;
        OutOrdinal = outOrdinal;
    }

    public CallSite Site { get; }

    /// <summary>-1 for the return value, else the ordinal of the out/ref parameter.</summary>
    public int OutOrdinal { get; }

    public override bool Equals(FlowToken? other) =>
        other is CallToken c && ReferenceEquals(Site, c.Site) && OutOrdinal == c.OutOrdinal;

    public override int GetHashCode() => Site.GetHashCode() * 31 + OutOrdinal;
}
