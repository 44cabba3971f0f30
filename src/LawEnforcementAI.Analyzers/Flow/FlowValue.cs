using System;
using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The abstract value of an expression or variable: the camera frames it may hold, the capture device it may be, the
/// service it may point at, the functions it may be (for delegates and events), and the tokens for what only the
/// whole program knows. Values only grow (union), so fixed points are reached in few passes.
/// </summary>
internal readonly struct FlowValue
{
    /// <summary>Bounds the origins kept per value; more add nothing a reader can act on and cost memory.</summary>
    public const int MaxOrigins = 8;

    public static readonly FlowValue Empty = default;

    private readonly ImmutableArray<FrameOrigin> _frames;
    private readonly ImmutableArray<FlowToken> _tokens;
    private readonly ImmutableArray<IMethodSymbol> _functions;

    public FlowValue(
        ImmutableArray<FrameOrigin> frames,
        DeviceFacts device,
        ProviderFacts provider,
        ImmutableArray<FlowToken> tokens = default,
        ImmutableArray<IMethodSymbol> functions = default)
    {
        _frames = frames;
        Device = device;
        Provider = provider;
        _tokens = tokens;
        _functions = functions;
    }

    public ImmutableArray<FrameOrigin> Frames => _frames.IsDefault ? ImmutableArray<FrameOrigin>.Empty : _frames;

    public DeviceFacts Device { get; }

    public ProviderFacts Provider { get; }

    /// <summary>Parts of the value the program solver still has to fill in.</summary>
    public ImmutableArray<FlowToken> Tokens => _tokens.IsDefault ? ImmutableArray<FlowToken>.Empty : _tokens;

    /// <summary>Lambdas, local functions and methods this value may be as a delegate.</summary>
    public ImmutableArray<IMethodSymbol> Functions => _functions.IsDefault ? ImmutableArray<IMethodSymbol>.Empty : _functions;

    public bool IsEmpty => Frames.IsEmpty && Device == DeviceFacts.None && Provider == ProviderFacts.None && Tokens.IsEmpty && Functions.IsEmpty;

    public bool HasFrames => !Frames.IsEmpty;

    public bool IsSymbolic => !Tokens.IsEmpty;

    public static FlowValue Frame(FrameOrigin origin) => new(ImmutableArray.Create(origin), DeviceFacts.None, ProviderFacts.None);

    public static FlowValue OfDevice(DeviceFacts device) => new(default, device, ProviderFacts.None);

    public static FlowValue OfProvider(ProviderFacts provider) => new(default, DeviceFacts.None, provider);

    public static FlowValue OfToken(FlowToken token) => new(default, DeviceFacts.None, ProviderFacts.None, ImmutableArray.Create(token));

    public static FlowValue OfFunction(IMethodSymbol function) =>
        new(default, DeviceFacts.None, ProviderFacts.None, default, ImmutableArray.Create(function));

    /// <summary>The same value without its service: what a non-endpoint setting of a client's options holds.</summary>
    public FlowValue WithoutProvider() =>
        Provider == ProviderFacts.None ? this : new FlowValue(_frames, Device, ProviderFacts.None, _tokens, _functions);

    public FlowValue Union(FlowValue other)
    {
        if (other.IsEmpty)
        {
            return this;
        }

        if (IsEmpty)
        {
            return other;
        }

        var frames = Frames;
        foreach (var origin in other.Frames)
        {
            // Each kind has its own bound, so images of unknown origin never crowd a camera frame out of a value.
            if (!frames.Contains(origin) && (frames.Length < MaxOrigins || CountOfKind(frames, origin.IsUnknownOrigin) < MaxOrigins))
            {
                frames = frames.Add(origin);
            }
        }

        return new FlowValue(
            frames,
            Device | other.Device,
            Provider | other.Provider,
            AddNew(Tokens, other.Tokens),
            AddNew(Functions, other.Functions, SymbolEqualityComparer.Default));
    }

    private static int CountOfKind(ImmutableArray<FrameOrigin> frames, bool unknownOrigin)
    {
        var count = 0;
        foreach (var origin in frames)
        {
            if (origin.IsUnknownOrigin == unknownOrigin)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Values only grow, so comparing sizes is enough to detect a change.</summary>
    public bool GrewFrom(FlowValue before) =>
        Frames.Length != before.Frames.Length || Device != before.Device || Provider != before.Provider
        || Tokens.Length != before.Tokens.Length || Functions.Length != before.Functions.Length;

    /// <summary>The same value with every frame mapped (a hop added, liveness settled) and no tokens.</summary>
    public FlowValue MapFrames(Func<FrameOrigin, FrameOrigin> map, bool keepTokens)
    {
        var frames = Frames;
        if (!frames.IsEmpty)
        {
            var builder = ImmutableArray.CreateBuilder<FrameOrigin>(frames.Length);
            foreach (var origin in frames)
            {
                builder.Add(map(origin));
            }

            frames = builder.MoveToImmutable();
        }

        return new FlowValue(frames, Device, Provider, keepTokens ? _tokens : default, _functions);
    }

    /// <summary>
    /// Frames read from a capture device take the device's liveness once the device is known: in the method analysis
    /// from the device's operation, in the solver from its resolved value. <paramref name="device"/> gives it for each
    /// origin that <paramref name="pending"/> selects.
    /// </summary>
    public FlowValue SettleDevices(Func<FrameOrigin, bool> pending, Func<FrameOrigin, FlowValue> device, bool keepTokens) =>
        Frames.Any(pending) ? MapFrames(o => pending(o) ? o.WithDevice(device(o)) : o, keepTokens) : this;

    public FlowValue WithoutTokens() => new(_frames, Device, Provider, default, _functions);

    /// <summary>The frames alone: what a member of a whole object may hold, whatever else the object was built with.</summary>
    public FlowValue FramesOnly() => Frames.IsEmpty ? Empty : new(_frames, DeviceFacts.None, ProviderFacts.None);

    /// <summary>Beyond this many items a union looks items up in a set: delegates held by a busy event reach hundreds of functions.</summary>
    private const int LinearScanLimit = 16;

    private static ImmutableArray<T> AddNew<T>(ImmutableArray<T> existing, ImmutableArray<T> added, System.Collections.Generic.IEqualityComparer<T>? comparer = null)
    {
        if (added.IsEmpty)
        {
            return existing;
        }

        if (existing.Length + added.Length > LinearScanLimit)
        {
            var seen = new System.Collections.Generic.HashSet<T>(existing, comparer);
            var builder = existing.ToBuilder();
            foreach (var item in added)
            {
                if (seen.Add(item))
                {
                    builder.Add(item);
                }
            }

            return builder.Count == existing.Length ? existing : builder.ToImmutable();
        }

        var result = existing;
        foreach (var item in added)
        {
            if (!result.Contains(item, comparer))
            {
                result = result.Add(item);
            }
        }

        return result;
    }
}
