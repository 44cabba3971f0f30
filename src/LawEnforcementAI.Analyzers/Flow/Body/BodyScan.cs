using System.Collections.Generic;
using System.Linq;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The one walk over a body, the lambdas, anonymous methods and local functions declared in it included: the statements
/// with effects (in source order, which usually settles in one pass), the sink calls, what each function returns, and
/// whether the body touches anything the analysis follows at all. Also the values each local is given, read off those
/// statements on first use.
/// Owns what the walk found and the indexes built from it. Asks the rules which members the tables know.
/// </summary>
internal sealed class BodyScan
{
    private static readonly List<IOperation> NoOperations = new();

    private readonly BodyRules _rules;
    private readonly List<IOperation> _effects = new();
    private readonly List<(IInvocationOperation Call, VisionSink Sink)> _sinks = new();
    private readonly Dictionary<IOperation, List<IOperation>> _lambdaReturns = new();
    private readonly Dictionary<ISymbol, List<IOperation>> _localFunctionReturns = new(SymbolEqualityComparer.Default);
    private readonly List<IOperation> _ownReturns = new();
    private bool _relevant;
    private bool _readsFiles;

    /// <summary>The values each local of the body is given (declarations, assignments, foreach), gathered on first use.</summary>
    private Dictionary<ILocalSymbol, List<IOperation>>? _localDefinitions;

    /// <summary>Locals with exactly one initializer and no other assignment (null: assigned again); built on first use.</summary>
    private Dictionary<ILocalSymbol, IOperation?>? _localInitializers;

    private BodyScan(BodyRules rules)
    {
        _rules = rules;
    }

    /// <summary>Statements that store a value, and calls whose rules or callee may (in source order).</summary>
    public IReadOnlyList<IOperation> Effects => _effects;

    public IReadOnlyList<(IInvocationOperation Call, VisionSink Sink)> Sinks => _sinks;

    /// <summary>What the body itself returns.</summary>
    public IReadOnlyList<IOperation> OwnReturns => _ownReturns;

    /// <summary>What each lambda or anonymous method declared in the body returns.</summary>
    public IReadOnlyDictionary<IOperation, List<IOperation>> LambdaReturns => _lambdaReturns;

    /// <summary>What each local function declared in the body returns.</summary>
    public IReadOnlyDictionary<ISymbol, List<IOperation>> LocalFunctionReturns => _localFunctionReturns;

    /// <summary>False when nothing in the body is followed: no table member, no member of the compilation, no return.</summary>
    public bool IsRelevant => _relevant;

    /// <summary>Whether the body reads or opens a file: only then can what a callee writes at a path it is given come back.</summary>
    public bool ReadsFiles => _readsFiles;

    public static BodyScan Of(IEnumerable<IOperation> blocks, BodyRules rules)
    {
        var scan = new BodyScan(rules);
        foreach (var block in blocks)
        {
            scan.Scan(block);
        }

        return scan;
    }

    public static IOperation? InitializerOf(IVariableDeclaratorOperation declarator) =>
        declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;

    /// <summary>The lambda of this body whose symbol is <paramref name="function"/>, if it is one.</summary>
    public IOperation? LocalLambda(IMethodSymbol function)
    {
        foreach (var lambda in _lambdaReturns.Keys)
        {
            if (lambda is IAnonymousFunctionOperation { Symbol: var symbol } && SymbolEqualityComparer.Default.Equals(symbol, function))
            {
                return lambda;
            }
        }

        return null;
    }

    public IReadOnlyList<IOperation> ReturnsOfLambda(IOperation lambda) => _lambdaReturns.TryGetValue(lambda, out var values) ? values : NoOperations;

    public IReadOnlyList<IOperation> ReturnsOfLocalFunction(ISymbol function) =>
        _localFunctionReturns.TryGetValue(function, out var values) ? values : NoOperations;

    /// <summary>Every value the local is given: its initializers, what is assigned to it, what a foreach over it walks.</summary>
    public IReadOnlyList<IOperation> DefinitionsOf(ILocalSymbol local)
    {
        if (_localDefinitions is null)
        {
            _localDefinitions = new Dictionary<ILocalSymbol, List<IOperation>>(SymbolEqualityComparer.Default);
            foreach (var effect in _effects)
            {
                switch (effect)
                {
                    case IVariableDeclaratorOperation declarator when InitializerOf(declarator) is { } initializer:
                        _localDefinitions.GetOrAdd(declarator.Symbol).Add(initializer);
                        break;
                    case IAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                        _localDefinitions.GetOrAdd(target.Local).Add(assignment.Value);
                        break;
                    case IForEachLoopOperation loop:
                        foreach (var loopLocal in loop.Locals)
                        {
                            _localDefinitions.GetOrAdd(loopLocal).Add(loop.Collection);
                        }

                        break;
                }
            }
        }

        return _localDefinitions.TryGetValue(local, out var definitions) ? definitions : NoOperations;
    }

    /// <summary>The initializer of a local that is never assigned again, else null.</summary>
    public IOperation? SingleInitializer(ILocalSymbol local)
    {
        if (_localInitializers is null)
        {
            _localInitializers = new Dictionary<ILocalSymbol, IOperation?>(SymbolEqualityComparer.Default);
            foreach (var effect in _effects)
            {
                switch (effect)
                {
                    case IVariableDeclaratorOperation declarator when InitializerOf(declarator) is { } initializer:
                        _localInitializers[declarator.Symbol] = _localInitializers.ContainsKey(declarator.Symbol) ? null : initializer;
                        break;
                    case IAssignmentOperation { Target: ILocalReferenceOperation target }: // simple, compound and ??=
                        _localInitializers[target.Local] = null;
                        break;
                }
            }
        }

        return _localInitializers.TryGetValue(local, out var single) ? single : null;
    }

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
                    _readsFiles |= ReadsFilesBy(_rules.For(constructor));
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
        _readsFiles |= ReadsFilesBy(rules);
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

    private static bool ReadsFilesBy(List<MemberRules> rules) => rules.Any(r => r.Files.Any(f => f.Kind != FileOperationKind.Write));

    private List<IOperation> ReturnsOf(object function) =>
        function is IOperation lambda ? _lambdaReturns.GetOrAdd(lambda) : _localFunctionReturns.GetOrAdd((ISymbol)function);
}
