using System.Collections.Generic;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

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
    /// <summary>Variables assigned, as a whole, a value that names a service, and ones assigned a value that names none.</summary>
    private readonly HashSet<ISymbol> _assignedNamed = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _assignedUnnamed = new(SymbolEqualityComparer.Default);

    private FlowValue Alternatives(IEnumerable<IOperation?> alternatives)
    {
        var value = FlowValue.Empty;
        bool named = false, unnamed = false;
        foreach (var alternative in alternatives)
        {
            if (alternative is null || IsThrow(alternative))
            {
                continue;
            }

            var each = Eval(alternative);
            value = value.Union(each);
            named |= NamesService(each);
            unnamed |= !NamesService(each) && !alternative.ConstantValue.HasValue;
        }

        return named && unnamed ? value.Union(FlowValue.OfProvider(ProviderFacts.Unknown)) : value;
    }

    private FlowValue Alternatives(IOperation? first, IOperation? second) => Alternatives(new[] { first, second });

    /// <summary>
    /// A store of a whole local or parameter (<c>endpoint = custom</c>, not <c>options.Endpoint = …</c>): each assigned
    /// value is an alternative of the variable. A parameter's own incoming value is one too, which names no service in
    /// the body (only the program solver could tell), so a parameter reassigned to a named service is unknown.
    /// </summary>
    private bool AssignWhole(ISymbol variable, IOperation? assigned) => AssignWhole(variable, assigned, Eval(assigned));

    private bool AssignWhole(ISymbol variable, IOperation? assigned, FlowValue value)
    {
        if (NamesService(value))
        {
            _assignedNamed.Add(variable);
        }
        else if (assigned is not null && !assigned.ConstantValue.HasValue && !IsThrow(assigned) && !Reads(assigned, variable))
        {
            _assignedUnnamed.Add(variable);
        }

        if (variable is IParameterSymbol { ContainingSymbol: not IMethodSymbol { MethodKind: MethodKind.LocalFunction } })
        {
            _assignedUnnamed.Add(variable);
        }

        var changed = Join(variable, value);
        if (_assignedNamed.Contains(variable) && _assignedUnnamed.Contains(variable))
        {
            changed |= Join(variable, FlowValue.OfProvider(ProviderFacts.Unknown));
        }

        return changed;
    }

    /// <summary>
    /// A value computed from the variable itself (<c>url = url.TrimEnd('/')</c>, <c>url = $"{url}/v1"</c>) is not another
    /// alternative: it keeps the service of what the variable held.
    /// </summary>
    private static bool Reads(IOperation assigned, ISymbol variable)
    {
        foreach (var operation in assigned.DescendantsAndSelf())
        {
            ISymbol? read = operation switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter.OriginalDefinition,
                _ => null,
            };

            if (SymbolEqualityComparer.Default.Equals(read, variable))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The local or parameter an assignment's target is as a whole, if it is one.</summary>
    private static ISymbol? WholeVariable(IOperation target) => target switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter.OriginalDefinition,
        _ => null,
    };

    /// <summary>An endpoint (Azure, another service, unknown) or options built in sight (OpenAI's default unless set).</summary>
    private static bool NamesService(FlowValue value) =>
        (value.Provider & (ProviderFacts.Endpoints | ProviderFacts.OptionsObject)) != ProviderFacts.None;

    private static bool IsThrow(IOperation operation) => OperationPeeling.WithoutConversions(operation) is IThrowOperation;
}
