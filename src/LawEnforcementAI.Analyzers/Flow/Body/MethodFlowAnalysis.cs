using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Follows camera frames, capture devices and client providers through one member body, including the lambdas,
/// anonymous methods and local functions declared in it. Flow-insensitive: each variable holds the union of
/// everything assigned to it anywhere in the body, iterated to a fixed point. That over-approximates (a variable
/// reassigned from a frame to a logo still holds the frame) but never loses a flow through a loop or callback.
/// What the body cannot know alone (its parameters, fields, calls into the compilation) becomes a token in its
/// <see cref="MethodSummary"/>; requests that depend on tokens are left to the <see cref="ProgramFlowSolver"/>.
/// The one door of the per-body analysis (docs/flow.md, "Three stages", names its parts): it scans the body
/// (<see cref="BodyScan"/>), applies its <see cref="Effects"/> until nothing grows, then records the summary
/// (<see cref="SummaryRecorder"/>) and decides the requests (<see cref="SinkRequests"/>).
/// Owns the parts of one body's analysis; it records the returns and the call sites into the summary itself.
/// </summary>
internal sealed class MethodFlowAnalysis
{
    /// <summary>Each pass can only add facts and facts are bounded, so this is a safety net, not a tuning knob.</summary>
    private const int MaxPasses = 16;

    private readonly BodyScan _scan;
    private readonly VariableState _state = new();
    private readonly ValueEvaluator _values;
    private readonly Effects _effects;
    private readonly SummaryRecorder _recorder;
    private readonly SinkRequests _requests;
    private readonly CancellationToken _cancellationToken;

    private MethodFlowAnalysis(ISymbol owner, BodyRules rules, BodyScan scan, IDictionary<IMethodSymbol, bool>? projectCalls, CancellationToken cancellationToken)
    {
        _scan = scan;
        _cancellationToken = cancellationToken;
        var files = new BodyFiles(scan);
        var services = new ContainerServices(rules.Index);
        _values = new ValueEvaluator(rules, scan, _state, files, new UnknownOrigins(rules.Context, scan, projectCalls), services, cancellationToken);
        _recorder = new SummaryRecorder(owner, _values, rules, scan, services);
        var stores = new Stores(rules, _state, files, _recorder);
        _effects = new Effects(_values, rules, scan, files, _state, stores, new RuleEffects(_values, rules, _state, files, stores, _recorder));
        _requests = new SinkRequests(_values, scan, rules.Context, cancellationToken);
    }

    /// <summary>
    /// Findings complete within this body, and the summary the program solver needs (null when empty).
    /// <paramref name="projectCalls"/>, when given, receives what the analysis asked <see cref="CompilationContext.IsCalledInProject"/>.
    /// </summary>
    public static (ImmutableArray<SinkFinding> Findings, MethodSummary? Summary) Analyze(
        ISymbol owner, ImmutableArray<IOperation> blocks, CompilationContext context, ICatalogObserver? observer, CancellationToken cancellationToken,
        IDictionary<IMethodSymbol, bool>? projectCalls = null)
    {
        var rules = new BodyRules(context, observer);
        var scan = BodyScan.Of(blocks, rules);
        if (!scan.IsRelevant)
        {
            return (ImmutableArray<SinkFinding>.Empty, null);
        }

        var analysis = new MethodFlowAnalysis(owner, rules, scan, projectCalls, cancellationToken);
        analysis.RunToFixedPoint();
        var summary = new MethodSummary(owner, blocks[0].Syntax.GetLocation());
        var findings = analysis.Summarize(owner, summary);
        return (findings, summary.IsEmpty ? null : summary);
    }

    internal static ImmutableArray<FrameOrigin> Sorted(ImmutableArray<FrameOrigin> origins) => SinkRequests.Sorted(origins);

    private void RunToFixedPoint()
    {
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var changed = false;
            foreach (var effect in _scan.Effects)
            {
                changed |= _effects.Apply(effect);
            }

            if (!changed)
            {
                return;
            }
        }
    }

    /// <summary>After the fixed point: what this body reports itself and what it hands to the program solver.</summary>
    private ImmutableArray<SinkFinding> Summarize(ISymbol owner, MethodSummary summary)
    {
        // One more pass over the settled state records stores into fields and the arguments of every call.
        _recorder.Begin(summary);
        foreach (var effect in _scan.Effects)
        {
            _effects.Apply(effect);
        }

        _recorder.End();
        RecordReturns(owner, summary);
        _recorder.RecordConstructedObject(owner, summary);
        var findings = _requests.Findings(summary);

        // Last, because evaluating returns and requests can meet calls no statement had evaluated yet; and until none is
        // new, because recording a call's arguments meets the calls nested in them (new Request(new Part(image))).
        var sites = _values.Calls.Sites;
        var recorded = new HashSet<IOperation>();
        for (var pending = sites.Keys.ToList(); pending.Count > 0; pending = sites.Keys.Where(k => !recorded.Contains(k)).ToList())
        {
            foreach (var operation in pending)
            {
                recorded.Add(operation);
                RecordCall(operation, sites[operation], summary);
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
            site.SettleDelegateTarget(_values.Settle(_values.Eval(instance)));
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter)
            {
                site.Arguments[parameter.Ordinal] = _values.Settle(_values.Eval(argument.Value));
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
            summary.Returns[method.OriginalDefinition] = _values.Settle(_values.EvalAll(_scan.OwnReturns));
            foreach (var parameter in method.Parameters)
            {
                if (parameter.RefKind is RefKind.Out or RefKind.Ref)
                {
                    summary.OutValues[parameter.OriginalDefinition] = _values.Settle(_state.Of(parameter.OriginalDefinition));
                }
            }
        }

        foreach (var lambda in _scan.LambdaReturns)
        {
            if (lambda.Key is IAnonymousFunctionOperation { Symbol: { } symbol })
            {
                summary.Returns[symbol] = _values.Settle(_values.EvalAll(lambda.Value));
            }
        }

        foreach (var local in _scan.LocalFunctionReturns)
        {
            summary.Returns[(IMethodSymbol)local.Key] = _values.Settle(_values.EvalAll(local.Value));
        }

        foreach (var key in summary.Returns.Keys.ToList())
        {
            if (summary.Returns[key].IsEmpty)
            {
                summary.Returns.Remove(key);
            }
        }
    }
}
