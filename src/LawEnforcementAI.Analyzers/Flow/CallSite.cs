using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// A call from one member body to code of the same compilation: a method, constructor, property getter, local
/// delegate or event. Its arguments are filled in once the caller's analysis has settled.
/// </summary>
internal sealed class CallSite
{
    public CallSite(IMethodSymbol? callee, FlowValue delegateTarget, Location location)
    {
        Callee = callee;
        DelegateTarget = delegateTarget;
        Location = location;
    }

    /// <summary>The method called, as declared (interface and virtual calls are resolved by the solver). Null for delegates.</summary>
    public IMethodSymbol? Callee { get; }

    /// <summary>For a delegate or event invocation: the value invoked, whose functions the solver looks up.</summary>
    public FlowValue DelegateTarget { get; private set; }

    public Location Location { get; }

    /// <summary>Argument values by parameter ordinal.</summary>
    public Dictionary<int, FlowValue> Arguments { get; } = new();

    /// <summary>Constant text passed, by parameter ordinal: an address a callee opens a capture device on is judged by it.</summary>
    public Dictionary<int, string>? ConstantTexts { get; private set; }

    internal void SetConstantText(int ordinal, string text) => (ConstantTexts ??= new Dictionary<int, string>())[ordinal] = text;

    internal void SettleDelegateTarget(FlowValue value) => DelegateTarget = value;
}
