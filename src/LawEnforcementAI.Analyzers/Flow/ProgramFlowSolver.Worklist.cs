using System.Collections.Generic;
using System.Linq;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>The worklist: tokens are recomputed while what they read grows.</summary>
internal sealed partial class ProgramFlowSolver
{
    private void SolveTokens()
    {
        foreach (var token in AllTokens())
        {
            Enqueue(token);
        }

        foreach (var site in _delegateCalls)
        {
            Enqueue(new InvokedFunctionsToken(site));
        }

        if (!RunQueue() || _partOfProgram)
        {
            // A part of the program cannot tell a registration that names no service from one whose value is elsewhere.
            return;
        }

        // Then the joins of alternatives, on settled values: a registration that names no service (its factory reads
        // configuration) beside one that does makes the service unknown. Deciding "names none" before the values
        // settle would take a value not yet computed for one that names nothing; afterwards values only gain Unknown.
        _joinAlternatives = true;
        foreach (var token in _seen.OfType<ServiceToken>().ToList())
        {
            Enqueue(token);
        }

        RunQueue();
    }

    /// <summary>Computes tokens until nothing grows; false when the budget ran out.</summary>
    private bool RunQueue()
    {
        while (_queue.Count > 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (!_budget.TrySpend(1))
            {
                return false;
            }

            var token = _queue.Dequeue();
            _queued.Remove(token);
            _computing = token;
            var value = Compute(token);
            _computing = null;
            _values.TryGetValue(token, out var before);
            var after = before.Union(value);
            if (!after.GrewFrom(before))
            {
                continue;
            }

            _values[token] = after;
            if (token is InvokedFunctionsToken { Site: var site })
            {
                foreach (var parameter in NewInvokers(site, before, after))
                {
                    Enqueue(parameter);
                }
            }

            if (_dependents.TryGetValue(token, out var dependents))
            {
                foreach (var dependent in dependents.Order)
                {
                    Enqueue(dependent);
                }
            }
        }

        return true;
    }

    private void Enqueue(FlowToken token)
    {
        _seen.Add(token);
        if (_queued.Add(token))
        {
            _queue.Enqueue(token);
        }
    }

    /// <summary>
    /// Records that <paramref name="site"/> now reaches the functions <paramref name="after"/> added, and returns the
    /// parameters of those functions that some summary reads: they have a new caller to hear from.
    /// </summary>
    private IEnumerable<FlowToken> NewInvokers(CallSite site, FlowValue before, FlowValue after)
    {
        var known = new HashSet<IMethodSymbol>(before.Functions, SymbolEqualityComparer.Default);
        foreach (var function in after.Functions)
        {
            if (known.Contains(function))
            {
                continue;
            }

            _invokersOf.GetOrAdd(function).Add(site);
            foreach (var parameter in function.Parameters)
            {
                var token = new ParameterToken(parameter);
                if (_seen.Contains(token))
                {
                    yield return token;
                }
            }
        }
    }
}
