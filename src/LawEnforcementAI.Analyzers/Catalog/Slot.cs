using System;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Catalog;

internal enum SlotKind
{
    /// <summary>The instance, or the first argument of an extension method.</summary>
    Receiver,

    /// <summary>The value the call returns (or the object a constructor creates).</summary>
    Result,

    /// <summary>Every argument of the call.</summary>
    AnyArgument,

    /// <summary>The argument bound to the parameter with this name, in whichever overload the call picks.</summary>
    Parameter,

    /// <summary>The argument bound to the parameter at this position (for overloads whose names differ).</summary>
    Position,

    /// <summary>
    /// Ambient static state the call reads, not an operand: a static property of a library type, as the same body last
    /// set it (<c>RenderTexture.active</c>, which <c>Texture2D.ReadPixels</c> reads).
    /// </summary>
    Ambient,
}

/// <summary>Names a value at a call: the receiver, the result, any argument, or one argument by name or position.</summary>
internal readonly struct Slot : IEquatable<Slot>
{
    private Slot(SlotKind kind, string? name = null, int ordinal = -1)
    {
        Kind = kind;
        Name = name;
        Ordinal = ordinal;
    }

    public static Slot Receiver => new(SlotKind.Receiver);

    public static Slot Result => new(SlotKind.Result);

    public static Slot AnyArgument => new(SlotKind.AnyArgument);

    public SlotKind Kind { get; }

    /// <summary>The parameter name of a <see cref="SlotKind.Parameter"/> slot.</summary>
    public string? Name { get; }

    /// <summary>The parameter position of a <see cref="SlotKind.Position"/> slot.</summary>
    public int Ordinal { get; }

    /// <summary>True for the slots that are one or more arguments of the call.</summary>
    public bool IsArgument => Kind is SlotKind.AnyArgument or SlotKind.Parameter or SlotKind.Position;

    public static Slot Parameter(string name) => new(SlotKind.Parameter, name);

    public static Slot Position(int ordinal) => new(SlotKind.Position, ordinal: ordinal);

    /// <summary>The static property <paramref name="member"/> of <paramref name="typeName"/> (a metadata name) as ambient state.</summary>
    public static Slot Ambient(string typeName, string member) => new(SlotKind.Ambient, typeName + "." + member);

    /// <summary>For an <see cref="SlotKind.Ambient"/> slot: the metadata name of the type that holds the state.</summary>
    public string? AmbientType => Kind == SlotKind.Ambient ? Name!.Substring(0, Name.LastIndexOf('.')) : null;

    /// <summary>For an <see cref="SlotKind.Ambient"/> slot: the static member that holds the state.</summary>
    public string? AmbientMember => Kind == SlotKind.Ambient ? Name!.Substring(Name.LastIndexOf('.') + 1) : null;

    /// <summary>Whether an argument bound to <paramref name="parameter"/> is (part of) this slot.</summary>
    public bool Matches(IParameterSymbol? parameter) => Kind switch
    {
        SlotKind.AnyArgument => true,
        SlotKind.Parameter => parameter?.Name == Name,
        SlotKind.Position => parameter?.Ordinal == Ordinal,
        _ => false,
    };

    public bool Equals(Slot other) => Kind == other.Kind && Name == other.Name && Ordinal == other.Ordinal;

    public override bool Equals(object? obj) => obj is Slot other && Equals(other);

    public override int GetHashCode() => ((int)Kind * 397) ^ (Name?.GetHashCode() ?? 0) ^ Ordinal;

    /// <summary>How the README names the slot.</summary>
    public override string ToString() => Kind switch
    {
        SlotKind.Receiver => "receiver",
        SlotKind.Result => "result",
        SlotKind.AnyArgument => "arguments",
        SlotKind.Parameter => "`" + Name + "`",
        SlotKind.Ambient => "ambient `" + Name!.Substring(Name.LastIndexOf('.', Name.LastIndexOf('.') - 1) + 1) + "`",
        _ => "argument " + (Ordinal + 1),
    };
}
