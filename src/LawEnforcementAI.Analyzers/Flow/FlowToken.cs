using System;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// A value that one member body cannot know on its own: what its callers pass, what a field holds, what a call to
/// another method of the compilation returns. Method summaries carry tokens; the program solver replaces them.
/// </summary>
internal abstract class FlowToken : IEquatable<FlowToken>
{
    public abstract bool Equals(FlowToken? other);

    public override bool Equals(object? obj) => Equals(obj as FlowToken);

    public abstract override int GetHashCode();
}

/// <summary>Whatever the callers of a method (or the invokers of a lambda) pass for this parameter.</summary>
internal sealed class ParameterToken : FlowToken
{
    public ParameterToken(IParameterSymbol parameter) => Parameter = parameter.OriginalDefinition;

    public IParameterSymbol Parameter { get; }

    public override bool Equals(FlowToken? other) =>
        other is ParameterToken p && SymbolEqualityComparer.Default.Equals(Parameter, p.Parameter);

    public override int GetHashCode() => SymbolEqualityComparer.Default.GetHashCode(Parameter);
}

/// <summary>Everything stored anywhere in the compilation into a field, property or event declared in source.</summary>
internal sealed class MemberToken : FlowToken
{
    public MemberToken(ISymbol member) => Member = member.OriginalDefinition;

    public ISymbol Member { get; }

    public override bool Equals(FlowToken? other) =>
        other is MemberToken m && SymbolEqualityComparer.Default.Equals(Member, m.Member);

    public override int GetHashCode() => SymbolEqualityComparer.Default.GetHashCode(Member) * 7;
}

/// <summary>What one call to a method of the compilation returns, or leaves in one of its out/ref arguments.</summary>
internal sealed class CallToken : FlowToken
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

/// <summary>
/// The functions one delegate or event invocation may run. Only the solver uses it: when it grows, the parameters of
/// the new functions learn of a new caller.
/// </summary>
internal sealed class InvokedFunctionsToken : FlowToken
{
    public InvokedFunctionsToken(CallSite site) => Site = site;

    public CallSite Site { get; }

    public override bool Equals(FlowToken? other) => other is InvokedFunctionsToken i && ReferenceEquals(Site, i.Site);

    public override int GetHashCode() => Site.GetHashCode() * 17;
}

/// <summary>
/// A value shared by every call that names <see cref="Declared"/> when it dispatches to more implementations than the
/// solver follows one by one: computed once for all call sites, so an interface with n implementations called from n
/// places costs n, not n².
/// </summary>
internal abstract class WideDispatchToken : FlowToken
{
    protected WideDispatchToken(IMethodSymbol declared, int ordinal)
    {
        Declared = declared;
        Ordinal = ordinal;
    }

    public IMethodSymbol Declared { get; }

    public int Ordinal { get; }

    public override bool Equals(FlowToken? other) =>
        other is WideDispatchToken w && w.GetType() == GetType() && Ordinal == w.Ordinal && SymbolEqualityComparer.Default.Equals(Declared, w.Declared);

    public override int GetHashCode() => (SymbolEqualityComparer.Default.GetHashCode(Declared) * 13 + Ordinal) ^ GetType().GetHashCode();
}

/// <summary>
/// What the implementations return (<see cref="WideDispatchToken.Ordinal"/> -1) or leave in an out/ref parameter: the
/// union of their returns, with each implementation's own parameters turned into <see cref="ArgumentPlaceholderToken"/>s
/// that every call site fills with its own arguments.
/// </summary>
internal sealed class WideDispatchReturnToken(IMethodSymbol declared, int outOrdinal) : WideDispatchToken(declared, outOrdinal);

/// <summary>Everything passed for parameter <see cref="WideDispatchToken.Ordinal"/> by the calls that name the declared member.</summary>
internal sealed class WideDispatchArgumentToken(IMethodSymbol declared, int ordinal) : WideDispatchToken(declared, ordinal);

/// <summary>Inside a <see cref="WideDispatchReturnToken"/>'s value: "the argument this call site passes at <see cref="Ordinal"/>".</summary>
internal sealed class ArgumentPlaceholderToken : FlowToken
{
    public ArgumentPlaceholderToken(int ordinal) => Ordinal = ordinal;

    public int Ordinal { get; }

    public override bool Equals(FlowToken? other) => other is ArgumentPlaceholderToken a && a.Ordinal == Ordinal;

    public override int GetHashCode() => Ordinal * 23 + 5;
}

/// <summary>Everything any method of the program writes to the file at one path (<see cref="FilePath.IsShared"/> paths only).</summary>
internal sealed class FileToken : FlowToken
{
    public FileToken(FilePath path) => Path = path;

    public FilePath Path { get; }

    public override bool Equals(FlowToken? other) => other is FileToken f && f.Path.Equals(Path);

    public override int GetHashCode() => Path.GetHashCode() * 11 + 3;
}

/// <summary>
/// What the file at the path <see cref="Path"/> holds may hold (docs/flow.md, "Frames through files"): a read at a path
/// that comes from a parameter, a field or a call yields the file its value names, wherever that path was written to.
/// </summary>
internal sealed class FileContentsToken : FlowToken
{
    public FileContentsToken(FlowToken path) => Path = path;

    public FlowToken Path { get; }

    /// <summary>Tokens whose value may be a path: a file read at one of them reads this token.</summary>
    public static bool CanName(FlowToken token) => token is ParameterToken or MemberToken or CallToken or WideDispatchToken or ArgumentPlaceholderToken;

    public override bool Equals(FlowToken? other) => other is FileContentsToken f && f.Path.Equals(Path);

    public override int GetHashCode() => Path.GetHashCode() * 37 + 19;
}

/// <summary>
/// The capture device a method opens on the address its caller passes for <see cref="Parameter"/>: live for a camera, a
/// stream or an address from configuration, recorded for a video file, by the table entry's <see cref="Opening"/>.
/// </summary>
internal sealed class DeviceAddressToken : FlowToken
{
    public DeviceAddressToken(IParameterSymbol parameter, Catalog.DeviceOpening opening)
    {
        Parameter = parameter.OriginalDefinition;
        Opening = opening;
    }

    public IParameterSymbol Parameter { get; }

    public Catalog.DeviceOpening Opening { get; }

    public override bool Equals(FlowToken? other) =>
        other is DeviceAddressToken d && ReferenceEquals(Opening, d.Opening) && SymbolEqualityComparer.Default.Equals(Parameter, d.Parameter);

    public override int GetHashCode() => SymbolEqualityComparer.Default.GetHashCode(Parameter) * 41 + 7;
}

/// <summary>What one call to a method of the compilation writes to the file at the path it passes for parameter <see cref="Ordinal"/>.</summary>
internal sealed class CallFileToken : FlowToken
{
    public CallFileToken(CallSite site, int ordinal)
    {
        Site = site;
        Ordinal = ordinal;
    }

    public CallSite Site { get; }

    public int Ordinal { get; }

    public override bool Equals(FlowToken? other) => other is CallFileToken c && ReferenceEquals(Site, c.Site) && Ordinal == c.Ordinal;

    public override int GetHashCode() => Site.GetHashCode() * 43 + Ordinal;
}

/// <summary>
/// The one value of a service type across the program (docs/flow.md, "Services from the container"): what its
/// registrations put into the container, and what is written into it through an injected constructor parameter. The
/// views of one shared container (a channel, its writer and its reader) are one service, by <see cref="Catalog.SharedContainerKey"/>.
/// </summary>
internal sealed class ServiceToken : FlowToken
{
    private ServiceToken(ITypeSymbol type, Catalog.SharedContainerKey? container)
    {
        Type = type;
        Container = container;
    }

    /// <summary>The service type as written where the token was made; it names the service in routes.</summary>
    public ITypeSymbol Type { get; }

    public Catalog.SharedContainerKey? Container { get; }

    public static ServiceToken For(ITypeSymbol type, Catalog.ApiIndex index) => new(type, index.SharedContainerOf(type));

    public override bool Equals(FlowToken? other) =>
        other is ServiceToken s && (Container is { } key ? s.Container is { } otherKey && key.Equals(otherKey) : s.Container is null && SymbolEqualityComparer.Default.Equals(Type, s.Type));

    public override int GetHashCode() => (Container is { } key ? key.GetHashCode() : SymbolEqualityComparer.Default.GetHashCode(Type)) * 13 + 7;
}
