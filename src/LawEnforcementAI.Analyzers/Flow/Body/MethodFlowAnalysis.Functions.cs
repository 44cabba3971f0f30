using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>Delegates and records: values that are functions, and properties whose store the compiler synthesizes.</summary>
internal sealed partial class MethodFlowAnalysis
{
    /// <summary>
    /// Invoking a delegate runs whatever functions it holds: lambdas of this body are evaluated here, anything else
    /// (a delegate from a field, a parameter, an event) is left to the solver.
    /// </summary>
    private FlowValue EvalDelegateCall(IInvocationOperation call)
    {
        var target = Eval(call.Instance);
        var value = FlowValue.Empty;
        var allLocal = !target.IsSymbolic && !target.Functions.IsEmpty;
        foreach (var function in target.Functions)
        {
            if (_scan.LocalLambda(function) is { } lambda)
            {
                value = value.Union(EvalAll(_scan.ReturnsOfLambda(lambda)));
            }
            else
            {
                allLocal = false;
            }
        }

        return allLocal ? value : value.Union(FlowValue.OfToken(new CallToken(CallSiteFor(call, null))));
    }

    /// <summary>A lambda passed straight to a library call (<c>Task.Run(() => …)</c>) contributes what it returns.</summary>
    private FlowValue EvalArgument(IOperation argument)
    {
        var value = Eval(argument);
        foreach (var function in value.Functions)
        {
            if (_scan.LocalLambda(function) is { } lambda)
            {
                value = value.Union(EvalAll(_scan.ReturnsOfLambda(lambda)));
            }
        }

        return value;
    }

    /// <summary>
    /// A record's positional property holds its primary-constructor argument; the compiler's initializer for it is
    /// synthesized, so no operation block shows the store.
    /// </summary>
    private IParameterSymbol? PositionalParameter(IPropertySymbol property)
    {
        if (!property.ContainingType.IsRecord)
        {
            return null;
        }

        if (!_positionalParameters.TryGetValue(property, out var parameter))
        {
            parameter = FindPositionalParameter(property);
            _positionalParameters.Add(property, parameter);
        }

        return parameter;
    }

    private IParameterSymbol? FindPositionalParameter(IPropertySymbol property)
    {
        if (!property.ContainingType.IsRecord || property.DeclaringSyntaxReferences.IsEmpty
            || property.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax syntax)
        {
            return null;
        }

        foreach (var constructor in property.ContainingType.OriginalDefinition.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.DeclaringSyntaxReferences.Any(r => r.GetSyntax(_cancellationToken) == syntax))
                {
                    return parameter;
                }
            }
        }

        return null;
    }
}
