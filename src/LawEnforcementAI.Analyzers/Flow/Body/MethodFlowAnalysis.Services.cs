using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Services from a dependency-injection container (<see cref="ContainerServiceTable"/>): one value per service type
/// across the program. A registration puts its instance, or what its factory returns, into that value; a constructor
/// parameter of the type reads it, and so does a resolution from the provider; what a body writes into an injected
/// parameter (a frame into an injected channel) is written into the service for every other class that receives it.
/// </summary>
internal sealed partial class MethodFlowAnalysis
{
    /// <summary>
    /// Records a registration: its value, empty when it names a type alone (the container builds the object). The
    /// solver joins the registrations of one type as alternatives (docs/flow.md, "A join of alternatives").
    /// </summary>
    private void RecordRegistration(CallShape call, ContainerService registration, MethodSummary summary)
    {
        if (registration.Role != ContainerRole.Registers || _services.TypeOf(call, registration) is not { } type)
        {
            return;
        }

        var value = FlowValue.Empty;
        var given = false;
        foreach (var slot in registration.Instances)
        {
            if (slot.Kind == SlotKind.Result)
            {
                value = value.Union(From(call, slot));
                given = true;
                continue;
            }

            foreach (var argument in call.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue && slot.Matches(argument.Parameter))
                {
                    value = value.Union(Eval(argument.Value));
                    given = true;
                    }
            }
        }

        foreach (var slot in registration.Factories)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue && slot.Matches(argument.Parameter))
                {
                    value = value.Union(FactoryReturns(argument.Value));
                    given = true;
                    }
            }
        }

        // A value that names no service and waits on nothing (a library call) is unreadable here already.
        if (given && !VariableState.NamesService(value) && !value.IsSymbolic)
        {
            value = value.Union(FlowValue.OfProvider(ProviderFacts.Unknown));
        }

        summary.ServiceWrites.Add(new ServiceWrite(_services.TokenOf(type), Settle(value), call.Operation.Syntax.GetLocation(), "registered as the container's '" + ContainerServices.Display(type) + "'", registers: true));
    }

    /// <summary>What is stored into an injected parameter's object is stored into the service it is.</summary>
    private void RecordInjectedWrite(ISymbol root, FlowValue value, Location location)
    {
        if (_recording is not null && !value.IsEmpty && root is IParameterSymbol parameter && ContainerServices.IsInjected(parameter))
        {
            _recording.ServiceWrites.Add(new ServiceWrite(_services.TokenOf(parameter.Type), Settle(value), location, "put into the container's '" + ContainerServices.Display(parameter.Type) + "'", registers: false));
        }
    }

    /// <summary>A factory's value: what its lambda returns, or a call of the method it names (the solver knows its return).</summary>
    private FlowValue FactoryReturns(IOperation factory)
    {
        var value = FlowValue.Empty;
        foreach (var function in Eval(factory).Functions)
        {
            if (_scan.LocalLambda(function) is { } lambda)
            {
                value = value.Union(EvalAll(_scan.ReturnsOfLambda(lambda)));
            }
            else if (_rules.IsProgramCall(function))
            {
                value = value.Union(FlowValue.OfToken(new CallToken(CallSiteFor(factory, function))));
            }
        }

        return value;
    }

}
