using System.Collections.Generic;
using System.Linq;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>What an expression may hold, given the current state of variables.</summary>
internal sealed partial class MethodFlowAnalysis
{
    /// <summary>Expressions nested deeper than this are treated as empty, so pathological code cannot exhaust the stack.</summary>
    private const int MaxDepth = 64;

    private int _depth;

    private FlowValue Eval(IOperation? operation)
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

            return value.IsEmpty || FrameCarriers.CanCarry(operation.Type) ? value : FlowValue.Empty;
        }
        finally
        {
            _depth--;
        }
    }

    private FlowValue EvalCore(IOperation operation) => operation switch
    {
        // Literals, constants and constant interpolations alike: a URL names its service by its whole text, and a request
        // template ("{\"messages\": [...") marks the body built from it.
        _ when operation.ConstantValue is { HasValue: true, Value: string text } => FlowValue.OfProvider(EndpointClassifier.Classify(text) | ModelRequestShape.OfText(text)),
        IConversionOperation conversion => Eval(conversion.Operand),
        ILocalReferenceOperation local => _variables.Of(local.Local),
        IParameterReferenceOperation parameter => EvalParameter(parameter.Parameter),
        IDeclarationExpressionOperation declaration => Eval(declaration.Expression),
        IMethodReferenceOperation method => _rules.IsInCompilation(method.Method) ? FlowValue.OfFunction(method.Method.OriginalDefinition) : FlowValue.Empty,
        IMemberReferenceOperation member => EvalMember(member),
        IArrayElementReferenceOperation element => Eval(element.ArrayReference),
        IInvocationOperation call => EvalCall(call),
        IObjectCreationOperation creation => EvalCreation(creation),
        IArrayCreationOperation array => Eval(array.Initializer),
        IArrayInitializerOperation initializer => EvalAll(initializer.ElementValues),

        // new { image = b64 } and (b64, "image/jpeg"): serialised or passed on, the whole object carries its members.
        IAnonymousObjectCreationOperation anonymous => EvalAll(anonymous.Initializers).Union(FlowValue.OfProvider(MembersMark(anonymous.Initializers))),
        ITupleOperation tuple => EvalAll(tuple.Elements),
        IWithOperation with => EvalWith(with),
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

    private FlowValue EvalAll(IEnumerable<IOperation> operations)
    {
        var value = FlowValue.Empty;
        foreach (var operation in operations)
        {
            value = value.Union(Eval(operation));
        }

        return value;
    }


    /// <summary>A local function's parameters are bound here; any other parameter also holds what its callers pass.</summary>
    private FlowValue EvalParameter(IParameterSymbol parameter)
    {
        var value = _variables.Of(parameter.OriginalDefinition);
        return parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction }
            ? value
            : value.Union(_origins.OfParameter(parameter)).Union(SharedContainer(parameter.Type, null)).Union(_services.Injected(parameter))
                .Union(FlowValue.OfToken(new ParameterToken(parameter)));
    }

    private FlowValue EvalMember(IMemberReferenceOperation member)
    {
        var value = _variables.Of(member.Member.OriginalDefinition);
        if (_rules.IsSourceMember(member.Member))
        {
            // The other views of a shared container first: their route to a frame is the direct one, while this member's
            // own stores may hold the same frame one step later (a constructor storing the injected container).
            value = value.Union(SharedContainer(member.Type, member.Member)).Union(FlowValue.OfToken(new MemberToken(member.Member)));
            if (member.Member is IPropertySymbol { GetMethod: { } getter } && _rules.IsInCompilation(getter))
            {
                value = value.Union(FlowValue.OfToken(new CallToken(CallSiteFor(member, getter))));
            }

            if (member.Member is IPropertySymbol positional && PositionalParameter(positional) is { } parameter)
            {
                value = value.Union(FlowValue.OfToken(new ParameterToken(parameter)));
            }

            return member.Instance is null or IInstanceReferenceOperation ? value : value.Union(ReadBackContent(member.Instance));
        }

        if (member is IPropertyReferenceOperation property)
        {
            foreach (var rules in _rules.For(property.Property))
            {
                foreach (var source in rules.Sources)
                {
                    value = value.Union(FlowValue.Frame(Origin(source, member)));
                }

                foreach (var origin in rules.UnknownOrigins)
                {
                    value = value.Union(UnknownOrigins.Of(origin, null, member));
                }

                // A configuration value (IConfiguration["AzureOpenAI:Endpoint"]) may name any service.
                if (rules.ClientFactory is { Endpoint: null, Options: null, AzureIfGiven: null } factory)
                {
                    value = value.Union(FlowValue.OfProvider(factory.Default));
                }
            }
        }

        // Whole-object tracking: a member of a frame-holding local is part of that frame (the type filter drops sizes and flags).
        return member.Instance is null or IInstanceReferenceOperation ? value : value.Union(Eval(member.Instance));
    }

    /// <summary>
    /// A channel, concurrent queue or other shared container (<see cref="SharedContainers"/>) is one value with every
    /// field and property of the same family and element type: what one class writes into its field, another reads from
    /// its own, however the object was handed to both.
    /// </summary>
    private FlowValue SharedContainer(ITypeSymbol? type, ISymbol? self)
    {
        var value = FlowValue.Empty;
        if (_rules.Index.SharedContainerOf(type) is null)
        {
            return value;
        }

        // Only now: most bodies touch no shared container, and finding them all is a pass over the compilation.
        foreach (var member in _rules.Context.SharedContainers.MembersLike(_rules.Index, type))
        {
            if (!SymbolEqualityComparer.Default.Equals(member, self?.OriginalDefinition))
            {
                value = value.Union(FlowValue.OfToken(new MemberToken(member)));
            }
        }

        // And what is written through an injected parameter of the container's type (a primary constructor's channel).
        return value.Union(FlowValue.OfToken(_services.TokenOf(type!)));
    }

    private FlowValue EvalCall(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        var value = method.MethodKind switch
        {
            MethodKind.LocalFunction => EvalAll(_scan.ReturnsOfLocalFunction(method.OriginalDefinition)),
            MethodKind.DelegateInvoke => EvalDelegateCall(call),
            _ when _rules.IsProgramCall(method) => FlowValue.OfToken(new CallToken(CallSiteFor(call, method))),
            _ => FlowValue.Empty,
        };

        // Evaluated first all the same: a sanitizer in this compilation still hears its arguments (its body may send them).
        value = value.Union(RulesValue(CallShape.Of(call)));
        return _rules.IsSanitizer(method) ? FlowValue.Empty : value;
    }
}
