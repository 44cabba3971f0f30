using System.Collections.Generic;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Values that are one of several: the branches of a conditional, the operands of <c>??</c>, the arms of a switch
/// expression, the values assigned to one variable. Their union is the join of what each may be, and a service is a
/// join too: an alternative that names no service (a parameter, a settings property, a library call) may name any,
/// so beside one that names a service it makes the join unknown. Without this rule such an alternative is simply
/// absent from the union, and <c>useCustom ? userEndpoint : "https://api.openai.com/v1"</c> would look provably
/// OpenAI's. Constants are read (a constant names what its text says), and a <c>throw</c> is no value.
/// </summary>
internal sealed partial class MethodFlowAnalysis
{
    private FlowValue Alternatives(IEnumerable<IOperation?> alternatives)
    {
        var value = FlowValue.Empty;
        bool named = false, unnamed = false;
        foreach (var alternative in alternatives)
        {
            if (alternative is null || VariableState.IsThrow(alternative))
            {
                continue;
            }

            var each = Eval(alternative);
            value = value.Union(each);
            named |= VariableState.NamesService(each);
            unnamed |= !VariableState.NamesService(each) && !alternative.ConstantValue.HasValue;
        }

        return named && unnamed ? value.Union(FlowValue.OfProvider(ProviderFacts.Unknown)) : value;
    }

    private FlowValue Alternatives(IOperation? first, IOperation? second) => Alternatives(new[] { first, second });

    private bool AssignWhole(ISymbol variable, IOperation? assigned) => _variables.AssignWhole(variable, assigned, Eval(assigned));
}
