using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Objects built of objects: a constructor whose object holds what another constructor call made from its parameters
/// (<c>: this(model, prompt, image)</c>, <c>Part = new ImagePart(image)</c>). Returns are context sensitive one call
/// deep; for constructors the inner call is instantiated with the outer call's arguments too, so two objects of one
/// type keep apart what each was built from. Constructor chains cannot cycle, but a constructor may build another
/// object of its own type, so the nesting is bounded.
/// </summary>
internal sealed partial class ProgramFlowSolver
{
    /// <summary>Levels of constructor calls instantiated with the outermost call's arguments.</summary>
    private const int MaxNestedConstructions = 3;

    /// <summary>The inner constructor call that <paramref name="token"/> stands for, when it is built from <paramref name="target"/>'s parameters.</summary>
    private static CallSite? NestedConstruction(FlowToken token, IMethodSymbol target, int nesting)
    {
        if (nesting >= MaxNestedConstructions || target.MethodKind != MethodKind.Constructor
            || token is not CallToken { OutOrdinal: < 0, Site: { Callee.MethodKind: MethodKind.Constructor } inner })
        {
            return null;
        }

        foreach (var argument in inner.Arguments.Values)
        {
            foreach (var argumentToken in argument.Tokens)
            {
                if (OwnParameterOrdinal(argumentToken, target) is not null)
                {
                    return inner;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The inner call as made by this outer call: its arguments with the outer constructor's parameters replaced by what
    /// <paramref name="site"/> passed. A constructor is its call's only target (no overrides).
    /// </summary>
    private FlowValue InstantiateNested(CallSite inner, IMethodSymbol target, CallSite site, int nesting)
    {
        var callee = inner.Callee!;
        var substituted = new CallSite(callee, FlowValue.Empty, inner.Location);
        foreach (var entry in inner.Arguments)
        {
            var argument = entry.Value.WithoutTokens();
            foreach (var token in entry.Value.Tokens)
            {
                argument = argument.Union(OwnParameterOrdinal(token, target) is int own
                    ? (site.Arguments.TryGetValue(own, out var passed) ? WithHop(Resolve(passed), new Hop(site.Location, "passed through '" + Describe(target) + "'")) : FlowValue.Empty)
                    : FlowValue.OfToken(token));
            }

            substituted.Arguments[entry.Key] = argument;
        }

        return Instantiate(Template(callee, -1), callee, substituted, nesting);
    }
}
