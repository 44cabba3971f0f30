using System;
using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The abstract value of an expression or variable: the camera frames it may hold, the capture device it may be, the
/// service it may point at, the functions it may be (for delegates and events), what the file at it holds when it is a
/// path (<see cref="InFile"/>), and the tokens for what only the whole program knows. Values only grow (union), so
/// fixed points are reached in few passes.
/// </summary>
internal readonly partial struct FlowValue
{
    /// <summary>Bounds the origins kept per value; more add nothing a reader can act on and cost memory.</summary>
    public const int MaxOrigins = 8;

    public static readonly FlowValue Empty = default;

    private readonly ImmutableArray<FrameOrigin> _frames;
    private readonly ImmutableArray<FlowToken> _tokens;
    private readonly ImmutableArray<IMethodSymbol> _functions;
    private readonly FileContents? _inFile;

    public FlowValue(
        ImmutableArray<FrameOrigin> frames,
        DeviceFacts device,
        ProviderFacts provider,
        ImmutableArray<FlowToken> tokens = default,
        ImmutableArray<IMethodSymbol> functions = default)
        : this(frames, device, provider, tokens, functions, null)
    {
    }

    private FlowValue(
        ImmutableArray<FrameOrigin> frames,
        DeviceFacts device,
        ProviderFacts provider,
        ImmutableArray<FlowToken> tokens,
        ImmutableArray<IMethodSymbol> functions,
        FileContents? inFile)
    {
        _frames = frames;
        Device = device;
        Provider = provider;
        _tokens = tokens;
        _functions = functions;
        _inFile = inFile;
    }

    public ImmutableArray<FrameOrigin> Frames => _frames.IsDefault ? ImmutableArray<FrameOrigin>.Empty : _frames;

    public DeviceFacts Device { get; }

    public ProviderFacts Provider { get; }

    /// <summary>Parts of the value the program solver still has to fill in.</summary>
    public ImmutableArray<FlowToken> Tokens => _tokens.IsDefault ? ImmutableArray<FlowToken>.Empty : _tokens;

    /// <summary>Lambdas, local functions and methods this value may be as a delegate.</summary>
    public ImmutableArray<IMethodSymbol> Functions => _functions.IsDefault ? ImmutableArray<IMethodSymbol>.Empty : _functions;

    public bool IsEmpty => Frames.IsEmpty && Device == DeviceFacts.None && Provider == ProviderFacts.None && Tokens.IsEmpty && Functions.IsEmpty && _inFile is null;

    public bool HasFrames => !Frames.IsEmpty;

    public bool IsSymbolic => !Tokens.IsEmpty;

    public static FlowValue Frame(FrameOrigin origin) => new(ImmutableArray.Create(origin), DeviceFacts.None, ProviderFacts.None);

    public static FlowValue OfDevice(DeviceFacts device) => new(default, device, ProviderFacts.None);

    public static FlowValue OfProvider(ProviderFacts provider) => new(default, DeviceFacts.None, provider);

    public static FlowValue OfToken(FlowToken token) => new(default, DeviceFacts.None, ProviderFacts.None, ImmutableArray.Create(token));

    public static FlowValue OfFunction(IMethodSymbol function) =>
        new(default, DeviceFacts.None, ProviderFacts.None, default, ImmutableArray.Create(function));

    /// <summary>
    /// The same value without its service: what a non-endpoint setting of a client's options holds. Whether it is a
    /// model request's body stays (a request message's <c>Content</c>).
    /// </summary>
    public FlowValue WithoutProvider() =>
        (Provider & ~ProviderFacts.ModelRequest) == ProviderFacts.None ? this : new FlowValue(_frames, Device, Provider & ProviderFacts.ModelRequest, _tokens, _functions, _inFile);

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
            var index = frames.IndexOf(origin);
            if (index >= 0)
            {
                // The same read reached here by two routes, say from two callers of a helper: its liveness is both's.
                var joined = frames[index].Join(origin);
                frames = ReferenceEquals(joined, frames[index]) ? frames : frames.SetItem(index, joined);
            }
            else if (frames.Length < MaxOrigins || CountOfKind(frames, origin.IsUnknownOrigin) < MaxOrigins)
            {
                // Each kind has its own bound, so images of unknown origin never crowd a camera frame out of a value.
                frames = frames.Add(origin);
            }
        }

        return new FlowValue(
            frames,
            Device | other.Device,
            Provider | other.Provider,
            AddNew(Tokens, other.Tokens),
            AddNew(Functions, other.Functions, SymbolEqualityComparer.Default),
            UnionFiles(_inFile, other._inFile));
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

    /// <summary>
    /// Values only grow, so comparing sizes is enough to detect a change, and a frame whose liveness two routes joined
    /// (<see cref="Union"/>) is a new object in the same place.
    /// </summary>
    public bool GrewFrom(FlowValue before)
    {
        if (Frames.Length != before.Frames.Length || Device != before.Device || Provider != before.Provider
            || Tokens.Length != before.Tokens.Length || Functions.Length != before.Functions.Length
            || (_inFile is null) != (before._inFile is null)
            || (_inFile is { } file && before._inFile is { } earlier && !ReferenceEquals(file, earlier) && file.Value.GrewFrom(earlier.Value)))
        {
            return true;
        }

        for (var i = 0; i < before.Frames.Length; i++)
        {
            if (!ReferenceEquals(Frames[i], before.Frames[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The same value with every frame mapped (a hop added, liveness settled), those in its file too, and no tokens.</summary>
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

        var inFile = _inFile is { } file ? new FileContents(file.Value.MapFrames(map, keepTokens)) : null;
        return new FlowValue(frames, Device, Provider, keepTokens ? _tokens : default, _functions, inFile);
    }

    /// <summary>
    /// Frames read from a capture device take the device's liveness once the device is known: in the method analysis
    /// from the device's operation, in the solver from its resolved value. <paramref name="device"/> gives it for each
    /// origin that <paramref name="pending"/> selects.
    /// </summary>
    public FlowValue SettleDevices(Func<FrameOrigin, bool> pending, Func<FrameOrigin, FlowValue> device, bool keepTokens) =>
        Frames.Any(pending) || InFile.Frames.Any(pending) ? MapFrames(o => pending(o) ? o.WithDevice(device(o)) : o, keepTokens) : this;

    /// <summary>Only what is known: no tokens, in the value or in its file.</summary>
    public FlowValue WithoutTokens() =>
        new(_frames, Device, Provider, default, _functions, _inFile is { } file && !file.Value.Tokens.IsEmpty ? Contents(file.Value.WithoutTokens()) : _inFile);

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
