using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>After the fixed point: what this body reports itself and what it hands to the program solver.</summary>
internal sealed partial class MethodFlowAnalysis
{
    private ImmutableArray<SinkFinding> Summarize(ISymbol owner, MethodSummary summary)
    {
        // One more pass over the settled state records stores into fields and the arguments of every call.
        _recording = summary;
        foreach (var effect in _scan.Effects)
        {
            Apply(effect);
        }

        _recording = null;
        RecordReturns(owner, summary);
        RecordConstructedObject(owner, summary);
        var findings = SinkFindings(summary);

        // Last, because evaluating returns and requests can meet calls no statement had evaluated yet; and until none is
        // new, because recording a call's arguments meets the calls nested in them (new Request(new Part(image))).
        var recorded = new HashSet<IOperation>();
        for (var pending = _callSites.Keys.ToList(); pending.Count > 0; pending = _callSites.Keys.Where(k => !recorded.Contains(k)).ToList())
        {
            foreach (var operation in pending)
            {
                recorded.Add(operation);
                RecordCall(operation, _callSites[operation], summary);
            }
        }

        return findings;
    }

    private void RecordCall(IOperation operation, CallSite site, MethodSummary summary)
    {
        var (instance, arguments) = operation switch
        {
            IInvocationOperation call => (call.Instance, call.Arguments),
            IObjectCreationOperation creation => ((IOperation?)null, creation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };

        if (site.Callee is null)
        {
            site.SettleDelegateTarget(Settle(Eval(instance)));
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter)
            {
                site.Arguments[parameter.Ordinal] = Settle(Eval(argument.Value));
                if (argument.Value.ConstantValue is { HasValue: true, Value: string text })
                {
                    site.SetConstantText(parameter.Ordinal, text);
                }
            }
        }

        summary.Calls.Add(site);
    }

    private void RecordReturns(ISymbol owner, MethodSummary summary)
    {
        if (owner is IMethodSymbol method)
        {
            summary.Returns[method.OriginalDefinition] = Settle(EvalAll(_scan.OwnReturns));
            foreach (var parameter in method.Parameters)
            {
                if (parameter.RefKind is RefKind.Out or RefKind.Ref)
                {
                    summary.OutValues[parameter.OriginalDefinition] = Settle(_variables.Of(parameter.OriginalDefinition));
                }
            }
        }

        foreach (var lambda in _scan.LambdaReturns)
        {
            if (lambda.Key is IAnonymousFunctionOperation { Symbol: { } symbol })
            {
                summary.Returns[symbol] = Settle(EvalAll(lambda.Value));
            }
        }

        foreach (var local in _scan.LocalFunctionReturns)
        {
            summary.Returns[(IMethodSymbol)local.Key] = Settle(EvalAll(local.Value));
        }

        foreach (var key in summary.Returns.Keys.ToList())
        {
            if (summary.Returns[key].IsEmpty)
            {
                summary.Returns.Remove(key);
            }
        }
    }

    /// <summary>Requests decided here are reported now; those that depend on other methods wait for the solver.</summary>
    private ImmutableArray<SinkFinding> SinkFindings(MethodSummary summary)
    {
        var findings = ImmutableArray.CreateBuilder<SinkFinding>();
        foreach (var (call, sink) in _scan.Sinks)
        {
            var request = FlowValue.Empty;
            foreach (var argument in call.Arguments)
            {
                if (sink.Request.Any(slot => slot.Matches(argument.Parameter)))
                {
                    request = request.Union(Eval(argument.Value));
                }
            }

            request = Settle(request);
            // An extension-method sink (Microsoft.Extensions.AI's GetResponseAsync(this IChatClient, ChatMessage), Semantic
            // Kernel's GetChatMessageContentAsync(this IChatCompletionService, ...)) sends through its first argument; a
            // REST sink's service is its URL's.
            var receiver = call.Instance ?? ExtensionReceiver(call.TargetMethod, call.Arguments);
            var hasClient = receiver is not null || sink.Endpoint is not null;
            var client = sink.Endpoint is { } endpoint ? RestEndpoint(call, endpoint)
                : receiver is null ? FlowValue.Empty
                : Settle(Eval(receiver));
            var sinkName = sink.DisplayName;
            if (request.IsSymbolic || client.IsSymbolic || request.Frames.Any(o => !o.IsSettled))
            {
                summary.Sinks.Add(new PendingSink(call, sinkName, request, client, isRaw: sink.Endpoint is not null));
            }
            else if (request.HasFrames && !TargetsOnlyNonAzure(hasClient ? client : null)
                     && (sink.Endpoint is null || ModelRequestShape.MayBeVisionRequest(request, client)))
            {
                findings.Add(new SinkFinding(call.Syntax.GetLocation(), sinkName, Sorted(request.Frames)));
            }
        }

        return findings.ToImmutable();
    }

    /// <summary>A client is exempt only when every way it was built provably targets a non-Azure service.</summary>
    internal static bool TargetsOnlyNonAzure(FlowValue? client) =>
        client is { } value && (value.Provider & ProviderFacts.Endpoints) == ProviderFacts.NonAzure;

    internal static ImmutableArray<FrameOrigin> Sorted(ImmutableArray<FrameOrigin> origins)
    {
        var list = origins.ToList();
        list.Sort(FrameOrigin.Compare);
        return list.ToImmutableArray();
    }

    /// <summary>Frames read from a device take the liveness of everything the device was opened with, known only now.</summary>
    private FlowValue Settle(FlowValue value) =>
        value.SettleDevices(o => o.DeviceOperation is not null, o => Settle(Eval(o.DeviceOperation)), keepTokens: true);

    private CallSite CallSiteFor(IOperation operation, IMethodSymbol? callee)
    {
        if (!_callSites.TryGetValue(operation, out var site))
        {
            site = new CallSite(callee?.OriginalDefinition, FlowValue.Empty, operation.Syntax.GetLocation());
            _callSites.Add(operation, site);
        }

        return site;
    }
}
