using System.Collections.Generic;
using System.Collections.Immutable;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// What each local, parameter and tracked member of the body may hold: the facts the fixed point grows, only ever by
/// union. Values that are one of several (the branches of a conditional, the operands of <c>??</c>, the arms of a switch
/// expression, the values assigned to one variable) join, and a service is a join too: an alternative that names no
/// service (a parameter, a settings property, a library call) may name any, so beside one that names a service it
/// makes the join unknown. Without this rule such an alternative is simply absent from the union, and
/// <c>useCustom ? userEndpoint : "https://api.openai.com/v1"</c> would look provably OpenAI's. Constants are read (a
/// constant names what its text says), and a <c>throw</c> is no value.
/// Owns the values and, per variable, whether it was assigned a value that names a service and one that names none.
/// Asks nothing of the other parts: callers evaluate what they store.
/// </summary>
internal sealed class VariableState
{
    private readonly Dictionary<ISymbol, FlowValue> _values = new(SymbolEqualityComparer.Default);

    /// <summary>Variables assigned, as a whole, a value that names a service, and ones assigned a value that names none.</summary>
    private readonly HashSet<ISymbol> _assignedNamed = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _assignedUnnamed = new(SymbolEqualityComparer.Default);

    public FlowValue Of(ISymbol symbol) => _values.TryGetValue(symbol, out var value) ? value : FlowValue.Empty;

    /// <summary>Adds <paramref name="value"/> to what the symbol holds; true when that grew.</summary>
    public bool Join(ISymbol symbol, FlowValue value)
    {
        if (value.IsEmpty)
        {
            return false;
        }

        _values.TryGetValue(symbol, out var before);
        var after = before.Union(value);
        if (!after.GrewFrom(before))
        {
            return false;
        }

        _values[symbol] = after;
        return true;
    }

    public bool JoinAll(ImmutableArray<ILocalSymbol> locals, FlowValue value)
    {
        var changed = false;
        foreach (var local in locals)
        {
            changed |= Join(local, value);
        }

        return changed;
    }

    /// <summary>
    /// A store of a whole local or parameter (<c>endpoint = custom</c>, not <c>options.Endpoint = …</c>): each assigned
    /// value is an alternative of the variable. A parameter's own incoming value is one too, which names no service in
    /// the body (only the program solver could tell), so a parameter reassigned to a named service is unknown.
    /// </summary>
    public bool AssignWhole(ISymbol variable, IOperation? assigned, FlowValue value)
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

    /// <summary>The local or parameter an assignment's target is as a whole, if it is one.</summary>
    public static ISymbol? WholeVariable(IOperation target) => target switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter.OriginalDefinition,
        _ => null,
    };

    /// <summary>An endpoint (Azure, another service, unknown) or options built in sight (OpenAI's default unless set).</summary>
    public static bool NamesService(FlowValue value) =>
        (value.Provider & (ProviderFacts.Endpoints | ProviderFacts.OptionsObject)) != ProviderFacts.None;

    public static bool IsThrow(IOperation operation) => OperationPeeling.WithoutConversions(operation) is IThrowOperation;

    /// <summary>
    /// A value computed from the variable itself (<c>url = url.TrimEnd('/')</c>, <c>url = $"{url}/v1"</c>) is not another
    /// alternative: it keeps the service of what the variable held.
    /// </summary>
    private static bool Reads(IOperation assigned, ISymbol variable)
    {
        foreach (var operation in assigned.DescendantsAndSelf())
        {
            if (SymbolEqualityComparer.Default.Equals(WholeVariable(operation), variable))
            {
                return true;
            }
        }

        return false;
    }
}
