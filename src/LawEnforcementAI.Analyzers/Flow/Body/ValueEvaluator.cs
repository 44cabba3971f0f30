using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// What an expression may hold, given the current state of variables and files: operations become a
/// <see cref="FlowValue"/>, one node at a time. The hub of evaluation: reads of parameters and members
/// (<see cref="MemberValues"/>), calls (<see cref="CallValues"/>), the tables' rules (<see cref="RuleValues"/>) and objects
/// (<see cref="ObjectValues"/>) are evaluated by its parts, which evaluate their operands through <see cref="Eval"/>, so
/// one depth bound holds for all. Evaluating changes no state (it only remembers call sites and caches).
/// Owns the depth of the expression being evaluated. Asks the variable state and the files what they hold.
/// </summary>
internal sealed class ValueEvaluator
{
    /// <summary>Expressions nested deeper than this are treated as empty, so pathological code cannot exhaust the stack.</summary>
    public const int MaxDepth = 64;

    private readonly VariableState _state;
    private readonly BodyFiles _files;
    private readonly BodyRules _rules;
    private readonly CancellationToken _cancellationToken;
    private int _depth;

    public ValueEvaluator(BodyRules rules, BodyScan scan, VariableState state, BodyFiles files, UnknownOrigins origins, ContainerServices services, CancellationToken cancellationToken)
    {
        _rules = rules;
        _state = state;
        _files = files;
        _cancellationToken = cancellationToken;
        Calls = new CallValues(this, rules, scan);
        Rules = new RuleValues(this, rules, state, files, origins, services);
        Members = new MemberValues(this, rules, state, origins, services, cancellationToken);
        Objects = new ObjectValues(this, rules, scan);
    }

    public CallValues Calls { get; }

    public RuleValues Rules { get; }

    public MemberValues Members { get; }

    public ObjectValues Objects { get; }

    public FlowValue Eval(IOperation? operation)
    {
        if (operation is null || _depth >= MaxDepth)
        {
            return FlowValue.Empty;
        }

        _depth++;
        try
        {
            var value = EvalCore(operation);
            if (!_files.IsEmpty && operation.Type?.SpecialType == SpecialType.System_String)
            {
                value = value.Union(_files.PathToWrittenFile(operation));
            }

            return value.IsEmpty || FrameCarriers.CanCarry(operation.Type) || _rules.Index.IsPixelType(operation.Type) ? value : FlowValue.Empty;
        }
        finally
        {
            _depth--;
        }
    }

    public FlowValue EvalAll(IEnumerable<IOperation> operations)
    {
        var value = FlowValue.Empty;
        foreach (var operation in operations)
        {
            value = value.Union(Eval(operation));
        }

        return value;
    }

    /// <summary>The join of values that are one of several (<see cref="VariableState"/> says how a service joins).</summary>
    public FlowValue Alternatives(IEnumerable<IOperation?> alternatives)
    {
        var value = FlowValue.Empty;
        bool named = false, unnamed = false;
        foreach (var alternative in alternatives)
        {
            if (alternative is null || VariableState.IsThrow(alternative))
            {
                continue;
            }

            var each = Eval(alternative);
            value = value.Union(each);
            named |= VariableState.NamesService(each);
            unnamed |= !VariableState.NamesService(each) && !alternative.ConstantValue.HasValue;
        }

        return named && unnamed ? value.Union(FlowValue.OfProvider(ProviderFacts.Unknown)) : value;
    }

    public FlowValue Alternatives(IOperation? first, IOperation? second) => Alternatives(new[] { first, second });

    /// <summary>Frames read from a device take the liveness of everything the device was opened with, known only once settled.</summary>
    public FlowValue Settle(FlowValue value) =>
        value.SettleDevices(o => o.DeviceOperation is not null, o => Settle(Eval(o.DeviceOperation)), keepTokens: true);

    private FlowValue EvalCore(IOperation operation) => operation switch
    {
        // Literals, constants and constant interpolations alike: a URL names its service by its whole text, and a request
        // template ("{\"messages\": [...") marks the body built from it.
        _ when operation.ConstantValue is { HasValue: true, Value: string text } => FlowValue.OfProvider(EndpointClassifier.Classify(text) | ModelRequestShape.OfText(text)),
        IConversionOperation conversion => Eval(conversion.Operand),
        ILocalReferenceOperation local => _state.Of(local.Local),
        IParameterReferenceOperation parameter => Members.OfParameter(parameter.Parameter),
        IDeclarationExpressionOperation declaration => Eval(declaration.Expression),
        IMethodReferenceOperation method => _rules.IsInCompilation(method.Method) ? FlowValue.OfFunction(method.Method.OriginalDefinition) : FlowValue.Empty,
        IMemberReferenceOperation member => Members.OfMember(member),
        IArrayElementReferenceOperation element => Eval(element.ArrayReference),
        IInvocationOperation call => Calls.OfCall(call),
        IObjectCreationOperation creation => Objects.OfCreation(creation),
        IArrayCreationOperation array => Eval(array.Initializer),
        IArrayInitializerOperation initializer => EvalAll(initializer.ElementValues),

        // new { image = b64 } and (b64, "image/jpeg"): serialised or passed on, the whole object carries its members.
        IAnonymousObjectCreationOperation anonymous => EvalAll(anonymous.Initializers).Union(FlowValue.OfProvider(ObjectValues.MembersMark(anonymous.Initializers))),
        ITupleOperation tuple => EvalAll(tuple.Elements),
        IWithOperation with => Objects.OfWith(with),
        IAwaitOperation awaited => Eval(awaited.Operation),
        IInterpolatedStringOperation interpolated => EvalAll(interpolated.Parts).WithoutInFile(),
        IInterpolatedStringTextOperation text => Eval(text.Text),
        IInterpolationOperation interpolation => Eval(interpolation.Expression),
        IBinaryOperation binary => EvalBinary(binary),
        IConditionalOperation conditional => Alternatives(conditional.WhenTrue, conditional.WhenFalse),
        ICoalesceOperation coalesce => Alternatives(coalesce.Value, coalesce.WhenNull),
        IConditionalAccessOperation access => Eval(access.WhenNotNull),
        IConditionalAccessInstanceOperation instance => Eval(OperationPeeling.ConditionalAccessReceiver(instance)),
        ISimpleAssignmentOperation assignment => Eval(assignment.Value),
        ICompoundAssignmentOperation compound => Eval(compound.Target).Union(Eval(compound.Value)),
        ISwitchExpressionOperation switchExpression => Alternatives(switchExpression.Arms.Select(arm => arm.Value)),
        IAnonymousFunctionOperation lambda => FlowValue.OfFunction(lambda.Symbol),
        IDelegateCreationOperation creation => Eval(creation.Target),
        IParenthesizedOperation parenthesized => Eval(parenthesized.Operand),

        // Collection expressions: Roslyn 4.8 reports them as None, newer compilers as kinds 4.8 cannot name.
        _ when operation.Kind == OperationKind.None || NewerOperationKinds.IsCollectionShape(operation.Kind) => EvalAll(operation.ChildOperations),
        _ => FlowValue.Empty,
    };

    /// <summary>
    /// Left-nested chains (<c>a + b + c + …</c>, one node per term) are walked iteratively, so a frame at the start of a
    /// long concatenation is not lost below <see cref="MaxDepth"/>. Each inner node keeps the type filter of <see cref="Eval"/>.
    /// </summary>
    private FlowValue EvalBinary(IBinaryOperation top)
    {
        // Text built from a path names another file (docs/flow.md, "Frames through files").
        if (top.LeftOperand is not IBinaryOperation)
        {
            return Eval(top.LeftOperand).Union(Eval(top.RightOperand)).WithoutInFile();
        }

        var spine = new List<IBinaryOperation>();
        IOperation current = top;
        while (current is IBinaryOperation binary)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            spine.Add(binary);
            current = binary.LeftOperand;
        }

        var value = Eval(current);
        for (var i = spine.Count - 1; i >= 0; i--)
        {
            value = value.Union(Eval(spine[i].RightOperand));
            if (i > 0 && !value.IsEmpty && !FrameCarriers.CanCarry(spine[i].Type))
            {
                value = FlowValue.Empty;
            }
        }

        return value.WithoutInFile();
    }
}
