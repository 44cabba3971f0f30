using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
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
/// </summary>
internal sealed partial class MethodFlowAnalysis
{
    /// <summary>Each pass can only add facts and facts are bounded, so this is a safety net, not a tuning knob.</summary>
    private const int MaxPasses = 16;

    private readonly BodyRules _rules;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<ISymbol, FlowValue> _state = new(SymbolEqualityComparer.Default);
    private readonly List<IOperation> _effects = new();
    private readonly List<(IInvocationOperation Call, VisionSink Sink)> _sinks = new();
    private readonly Dictionary<IOperation, List<IOperation>> _lambdaReturns = new();
    private readonly Dictionary<ISymbol, List<IOperation>> _localFunctionReturns = new(SymbolEqualityComparer.Default);
    private readonly List<IOperation> _ownReturns = new();
    private readonly Dictionary<IOperation, CallSite> _callSites = new();
    private readonly Dictionary<IPropertySymbol, IParameterSymbol?> _positionalParameters = new(SymbolEqualityComparer.Default);
    private MethodSummary? _recording;
    private bool _relevant;

    private MethodFlowAnalysis(CompilationContext context, ICatalogObserver? observer, CancellationToken cancellationToken)
    {
        _rules = new BodyRules(context, observer);
        _cancellationToken = cancellationToken;
    }

    /// <summary>Findings complete within this body, and the summary the program solver needs (null when empty).</summary>
    public static (ImmutableArray<SinkFinding> Findings, MethodSummary? Summary) Analyze(
        ISymbol owner, ImmutableArray<IOperation> blocks, CompilationContext context, ICatalogObserver? observer, CancellationToken cancellationToken)
    {
        var analysis = new MethodFlowAnalysis(context, observer, cancellationToken);
        analysis.BeginConstructor(owner);
        foreach (var block in blocks)
        {
            analysis.Scan(block);
        }

        if (!analysis._relevant)
        {
            return (ImmutableArray<SinkFinding>.Empty, null);
        }

        analysis.RunToFixedPoint();
        var summary = new MethodSummary(owner, blocks[0].Syntax.GetLocation());
        var findings = analysis.Summarize(owner, summary);
        return (findings, summary.IsEmpty ? null : summary);
    }

    /// <summary>One walk over the body: remembers sinks, statements with effects and the returns of every function.</summary>
    private void Scan(IOperation root)
    {
        var stack = new Stack<(IOperation Operation, object? Function)>();
        stack.Push((root, null));
        while (stack.Count > 0)
        {
            var (operation, function) = stack.Pop();
            switch (operation)
            {
                case IInvocationOperation invocation:
                    ScanCall(invocation, invocation.TargetMethod);
                    break;
                case IObjectCreationOperation { Constructor: { } constructor }:
                    _relevant |= _rules.For(constructor).Count > 0 || _rules.IsInCompilation(constructor);
                    _readsFiles |= ReadsFiles(_rules.For(constructor));
                    if (_rules.For(constructor).Any(r => r.Files.Count > 0 || r.Transfers.Any(t => t.From.Kind == SlotKind.Result)))
                    {
                        // new FileStream(path, ...), new Utf8JsonWriter(stream): what is written into the object it creates
                        // goes on to the file or the stream.
                        _effects.Add(operation);
                    }

                    break;
                case IPropertyReferenceOperation property:
                    _relevant |= _rules.For(property.Property).Any(r => r.Sources.Count > 0 || r.UnknownOrigins.Count > 0) || _rules.IsSourceMember(property.Property);
                    break;
                case IFieldReferenceOperation field:
                    _relevant |= _rules.IsSourceMember(field.Field);
                    break;
                case IEventReferenceOperation @event:
                    _relevant |= _rules.IsSourceMember(@event.Event);
                    break;
                case IVariableDeclaratorOperation:
                case ISimpleAssignmentOperation:
                case ICompoundAssignmentOperation:
                case ICoalesceAssignmentOperation:
                case IForEachLoopOperation:
                case IEventAssignmentOperation:
                case IFieldInitializerOperation:
                case IPropertyInitializerOperation:
                    _effects.Add(operation);
                    break;
                case IReturnOperation { ReturnedValue: { } returned }:
                    (function is null ? _ownReturns : ReturnsOf(function)).Add(returned);
                    _relevant = true;
                    break;
            }

            var childFunction = operation switch
            {
                IAnonymousFunctionOperation => operation,
                ILocalFunctionOperation local => local.Symbol.OriginalDefinition,
                _ => function,
            };

            // Pushed in reverse so effects are collected in source order, which usually settles in one pass.
            foreach (var child in operation.ChildOperations.Reverse())
            {
                stack.Push((child, childFunction));
            }
        }
    }

    private void ScanCall(IInvocationOperation invocation, IMethodSymbol method)
    {
        var rules = _rules.For(method);
        _readsFiles |= ReadsFiles(rules);
        foreach (var rule in rules)
        {
            if (rule.Sink is { } sink)
            {
                _sinks.Add((invocation, sink));
            }
        }

        var isProgramCall = _rules.IsProgramCall(method) || method.MethodKind == MethodKind.DelegateInvoke;
        _relevant |= rules.Count > 0 || isProgramCall;
        if (method.MethodKind == MethodKind.LocalFunction || rules.Count > 0 || isProgramCall)
        {
            _effects.Add(invocation);
        }
    }

    private static bool ReadsFiles(List<MemberRules> rules) => rules.Any(r => r.Files.Any(f => f.Kind != FileOperationKind.Write));

    private List<IOperation> ReturnsOf(object function)
    {
        return function is IOperation lambda ? _lambdaReturns.GetOrAdd(lambda) : _localFunctionReturns.GetOrAdd((ISymbol)function);
    }

    private void RunToFixedPoint()
    {
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var changed = false;
            foreach (var effect in _effects)
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
