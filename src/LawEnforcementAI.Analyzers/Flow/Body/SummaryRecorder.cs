using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The recording pass: once the state is settled, the effects run once more and what the program solver needs of them
/// is written into the <see cref="MethodSummary"/>: stores into members of the program, writes at shared paths and at
/// paths the caller passes, registrations and writes into services of the container, and what a constructor stores
/// into the object it builds (a constructor's summary "returns" its object, see <see cref="ObjectValues"/>).
/// Owns the summary being recorded (none outside the pass) and the contents of the object under construction.
/// Asks the evaluator to settle what it records and to evaluate what a registration registers.
/// </summary>
internal sealed class SummaryRecorder
{
    private readonly ValueEvaluator _values;
    private readonly BodyRules _rules;
    private readonly BodyScan _scan;
    private readonly ContainerServices _services;

    /// <summary>The type whose object this body builds, when the body is an instance constructor.</summary>
    private readonly INamedTypeSymbol? _constructedType;

    private MethodSummary? _recording;

    /// <summary>What the constructor stores into the object's fields and properties, recorded on the summary pass.</summary>
    private FlowValue _constructedContents;

    public SummaryRecorder(ISymbol owner, ValueEvaluator values, BodyRules rules, BodyScan scan, ContainerServices services)
    {
        _values = values;
        _rules = rules;
        _scan = scan;
        _services = services;
        if (owner is IMethodSymbol { MethodKind: MethodKind.Constructor, IsStatic: false } constructor)
        {
            _constructedType = constructor.ContainingType.OriginalDefinition;
        }
    }

    /// <summary>Records what the effects store until <see cref="End"/>.</summary>
    public void Begin(MethodSummary summary) => _recording = summary;

    public void End() => _recording = null;

    /// <summary>A store into <paramref name="root"/>: a member of the program, an injected service, the object under construction.</summary>
    public void Stored(ISymbol root, FlowValue value, Location location)
    {
        if (_recording is not null && _rules.IsSourceMember(root) && !value.IsEmpty)
        {
            _recording.Writes.Add(new MemberWrite(root, _values.Settle(value), location));
        }

        // What is stored into an injected parameter's object is stored into the service it is.
        if (_recording is not null && !value.IsEmpty && root is IParameterSymbol parameter && ContainerServices.IsInjected(parameter))
        {
            _recording.ServiceWrites.Add(new ServiceWrite(_services.TokenOf(parameter.Type), _values.Settle(value), location, "put into the container's '" + ContainerServices.Display(parameter.Type) + "'", registers: false));
        }

        if (_recording is not null && _constructedType is not null && root is IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false }
            && DeclaredInOrAbove(root, _constructedType))
        {
            _constructedContents = _constructedContents.Union(value);
        }
    }

    /// <summary>A write at a path that means the same in every method: the solver gives it to reads elsewhere.</summary>
    public void FileWritten(FilePath path, FlowValue value, Location location)
    {
        if (_recording is not null && path.IsShared)
        {
            _recording.FileWrites.Add(new FileWrite(path, _values.Settle(value), location));
        }
    }

    /// <summary>A write at the path the caller passes for a parameter: the caller's file at that path holds it.</summary>
    public void ParameterFile(IOperation? path, FlowValue written)
    {
        path = OperationPeeling.Peel(path, Wrappers.Conversions);
        if (_recording is { Owner: IMethodSymbol owner } && !written.IsEmpty
            && path is IParameterReferenceOperation { Parameter: var parameter }
            && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, owner))
        {
            var key = parameter.OriginalDefinition;
            _recording.ParameterFiles[key] = _recording.ParameterFiles.TryGetValue(key, out var before) ? before.Union(_values.Settle(written)) : _values.Settle(written);
        }
    }

    /// <summary>
    /// Records a registration: its value, empty when it names a type alone (the container builds the object). The
    /// solver joins the registrations of one type as alternatives (docs/flow.md, "A join of alternatives").
    /// </summary>
    public void Registration(CallShape call, ContainerService registration)
    {
        if (_recording is null || registration.Role != ContainerRole.Registers || _services.TypeOf(call, registration) is not { } type)
        {
            return;
        }

        var value = FlowValue.Empty;
        var given = false;
        foreach (var slot in registration.Instances)
        {
            if (slot.Kind == SlotKind.Result)
            {
                value = value.Union(_values.Rules.From(call, slot));
                given = true;
                continue;
            }

            foreach (var argument in call.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue && slot.Matches(argument.Parameter))
                {
                    value = value.Union(_values.Eval(argument.Value));
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
                    value = value.Union(_values.Calls.FactoryReturns(argument.Value));
                    given = true;
                }
            }
        }

        // A value that names no service and waits on nothing (a library call) is unreadable here already.
        if (given && !VariableState.NamesService(value) && !value.IsSymbolic)
        {
            value = value.Union(FlowValue.OfProvider(ProviderFacts.Unknown));
        }

        _recording.ServiceWrites.Add(new ServiceWrite(_services.TokenOf(type), _values.Settle(value), call.Operation.Syntax.GetLocation(), "registered as the container's '" + ContainerServices.Display(type) + "'", registers: true));
    }

    /// <summary>The constructor's object: its stores, and what a <c>: this(…)</c> or <c>: base(…)</c> call put in first.</summary>
    public void RecordConstructedObject(ISymbol owner, MethodSummary summary)
    {
        if (_constructedType is null || owner is not IMethodSymbol constructor)
        {
            return;
        }

        var value = _constructedContents;
        foreach (var effect in _scan.Effects)
        {
            if (effect is IInvocationOperation { TargetMethod.MethodKind: MethodKind.Constructor, Instance: IInstanceReferenceOperation } chained)
            {
                // Not Eval: the initializer call's type is void, which the type filter would drop.
                value = value.Union(_values.Calls.OfCall(chained));
            }
        }

        if (!value.IsEmpty)
        {
            summary.Returns[constructor.OriginalDefinition] = _values.Settle(value);
        }
    }

    private static bool DeclaredInOrAbove(ISymbol member, INamedTypeSymbol type)
    {
        var declaring = member.ContainingType?.OriginalDefinition;
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, declaring))
            {
                return true;
            }
        }

        return false;
    }
}
