using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Follows camera frames, capture devices and client providers through one member body, including the lambdas,
/// anonymous methods and local functions declared in it. Flow-insensitive: each variable holds the union of
/// everything assigned to it anywhere in the body, iterated to a fixed point. That over-approximates (a variable
/// reassigned from a frame to a logo still holds the frame) but never loses a flow through a loop or callback.
/// What the body cannot know alone (its parameters, fields, calls into the compilation) becomes a token in its
/// <see cref="MethodSummary"/>; requests that depend on tokens are left to the <see cref="ProgramFlowSolver"/>.
/// </summary>
internal sealed partial class MethodFlowAnalysis
{
    /// <summary>Each pass can only add facts and facts are bounded, so this is a safety net, not a tuning knob.</summary>
    private const int MaxPasses = 16;

    private readonly BodyRules _rules;
    private readonly CancellationToken _cancellationToken;
    private readonly VariableState _variables = new();
    private readonly BodyFiles _files;
    private readonly UnknownOrigins _origins;
    private readonly ContainerServices _services;
    private readonly BodyScan _scan;
    private readonly Dictionary<IOperation, CallSite> _callSites = new();
    private readonly Dictionary<IPropertySymbol, IParameterSymbol?> _positionalParameters = new(SymbolEqualityComparer.Default);
    private MethodSummary? _recording;

    private MethodFlowAnalysis(BodyRules rules, BodyScan scan, CancellationToken cancellationToken)
    {
        _rules = rules;
        _scan = scan;
        _files = new BodyFiles(scan);
        _origins = new UnknownOrigins(rules.Context, scan);
        _services = new ContainerServices(rules.Index);
        _cancellationToken = cancellationToken;
    }

    /// <summary>Findings complete within this body, and the summary the program solver needs (null when empty).</summary>
    public static (ImmutableArray<SinkFinding> Findings, MethodSummary? Summary) Analyze(
        ISymbol owner, ImmutableArray<IOperation> blocks, CompilationContext context, ICatalogObserver? observer, CancellationToken cancellationToken)
    {
        var rules = new BodyRules(context, observer);
        var scan = BodyScan.Of(blocks, rules);
        if (!scan.IsRelevant)
        {
            return (ImmutableArray<SinkFinding>.Empty, null);
        }

        var analysis = new MethodFlowAnalysis(rules, scan, cancellationToken);
        analysis.BeginConstructor(owner);
        analysis.RunToFixedPoint();
        var summary = new MethodSummary(owner, blocks[0].Syntax.GetLocation());
        var findings = analysis.Summarize(owner, summary);
        return (findings, summary.IsEmpty ? null : summary);
    }

    private void RunToFixedPoint()
    {
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var changed = false;
            foreach (var effect in _scan.Effects)
            {
                changed |= Apply(effect);
            }

            if (!changed)
            {
                return;
            }
        }
    }
}
