using System.Collections.Immutable;
using System.Linq;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The sink calls of the body, decided on the settled state: what each request sends and the service its client
/// reaches. Requests decided here are reported now; those that depend on other methods wait for the solver
/// (<see cref="PendingSink"/>), which decides them by the same rules.
/// Owns nothing. Asks the scan for the sink calls and the evaluator for what their arguments and clients hold.
/// </summary>
internal sealed class SinkRequests
{
    private readonly ValueEvaluator _values;
    private readonly BodyScan _scan;
    private readonly CompilationContext _context;
    private readonly System.Threading.CancellationToken _cancellationToken;

    public SinkRequests(ValueEvaluator values, BodyScan scan, CompilationContext context, System.Threading.CancellationToken cancellationToken)
    {
        _values = values;
        _scan = scan;
        _context = context;
        _cancellationToken = cancellationToken;
    }

    public static ImmutableArray<FrameOrigin> Sorted(ImmutableArray<FrameOrigin> origins)
    {
        var list = origins.ToList();
        list.Sort(FrameOrigin.Compare);
        return list.ToImmutableArray();
    }

    /// <summary>The findings complete in this body; the requests that wait on the solver go into the summary.</summary>
    public ImmutableArray<SinkFinding> Findings(MethodSummary summary)
    {
        var findings = ImmutableArray.CreateBuilder<SinkFinding>();
        foreach (var (call, sink) in _scan.Sinks)
        {
            var request = FlowValue.Empty;
            foreach (var argument in call.Arguments)
            {
                if (sink.Request.Any(slot => slot.Matches(argument.Parameter)))
                {
                    request = request.Union(_values.Eval(argument.Value));
                }
            }

            // A request object that sends itself (UnityWebRequest.SendWebRequest()) carries its body.
            if (call.Instance is { } self && sink.Request.Contains(Slot.Receiver))
            {
                request = request.Union(_values.Eval(self));
            }

            request = _values.Settle(request);
            // An extension-method sink (Microsoft.Extensions.AI's GetResponseAsync(this IChatClient, ChatMessage), Semantic
            // Kernel's GetChatMessageContentAsync(this IChatCompletionService, ...)) sends through its first argument; a
            // REST sink's service is its URL's.
            var receiver = call.Instance ?? Operands.ExtensionReceiver(call.TargetMethod, call.Arguments);
            var hasClient = receiver is not null || sink.Endpoint is not null;
            var client = sink.Endpoint is { } endpoint ? RestEndpoint(call, endpoint)
                : receiver is null ? FlowValue.Empty
                : _values.Settle(_values.Eval(receiver));
            var sinkName = sink.DisplayName;
            var intents = (request.HasFrames || request.IsSymbolic) && !sink.EnrolsFaces ? RequestIntents.At(call, sink, _context, _cancellationToken) : ImmutableArray<Prompts.IntentMatch>.Empty;
            if (request.IsSymbolic || client.IsSymbolic || request.Frames.Any(o => !o.IsSettled))
            {
                summary.Sinks.Add(new PendingSink(call, sinkName, request, client, isRaw: sink.Endpoint is not null, intents, sink.EnrolsFaces));
            }
            else if (request.HasFrames && (sink.Endpoint is null || ModelRequestShape.MayBeVisionRequest(request, client)))
            {
                var services = hasClient ? client.Provider & ProviderFacts.Endpoints : ProviderFacts.None;
                if (SinkFinding.IsReported(services, intents, sink.EnrolsFaces))
                {
                    findings.Add(new SinkFinding(call.Syntax.GetLocation(), sinkName, Sorted(request.Frames), services, intents, sink.EnrolsFaces));
                }
            }
        }

        return findings.ToImmutable();
    }

    /// <summary>
    /// The service a raw HTTP call reaches: its URL argument when that is absolute (or still to be solved), else the
    /// client's <c>BaseAddress</c>, else unknown. The URL decides, not the client: one <c>HttpClient</c> posts anywhere.
    /// </summary>
    private FlowValue RestEndpoint(IInvocationOperation call, Slot endpoint)
    {
        // A request object that sends itself holds its URL (from its constructor or its url property).
        var url = endpoint.Kind == SlotKind.Receiver && call.Instance is { } self ? _values.Eval(self) : FlowValue.Empty;
        foreach (var argument in call.Arguments)
        {
            if (endpoint.Matches(argument.Parameter))
            {
                url = url.Union(_values.Eval(argument.Value));
            }
        }

        if ((url.Provider & ProviderFacts.Endpoints) != ProviderFacts.None || url.IsSymbolic)
        {
            return url;
        }

        // A relative route keeps what it says of the request ("chat/completions") whichever base address it goes to.
        var route = FlowValue.OfProvider(url.Provider & ProviderFacts.ModelRequest);
        var client = _values.Eval(call.Instance ?? Operands.ExtensionReceiver(call.TargetMethod, call.Arguments));
        return (client.Provider & ProviderFacts.Endpoints) != ProviderFacts.None || client.IsSymbolic
            ? client.Union(route)
            : FlowValue.OfProvider(ProviderFacts.Unknown).Union(route);
    }
}
