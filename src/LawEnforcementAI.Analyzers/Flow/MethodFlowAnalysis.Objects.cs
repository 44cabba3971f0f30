using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Objects of the compilation's own types, tracked as a whole: an object carries what its constructor stored into it.
/// A constructor's summary "returns" that content in terms of its parameters, so the solver gives each <c>new T(…)</c>
/// what <em>that</em> call passed (the context sensitivity of returns), and serialising or posting the object carries it
/// like an anonymous object. Reading one member of such an object stays per member (<see cref="MemberToken"/>).
/// </summary>
internal sealed partial class MethodFlowAnalysis
{
    /// <summary>The type whose object this body builds, when the body is an instance constructor.</summary>
    private INamedTypeSymbol? _constructedType;

    /// <summary>What the constructor stores into the object's fields and properties, recorded on the summary pass.</summary>
    private FlowValue _constructedContents;

    private void BeginConstructor(ISymbol owner)
    {
        if (owner is IMethodSymbol { MethodKind: MethodKind.Constructor, IsStatic: false } constructor)
        {
            _constructedType = constructor.ContainingType.OriginalDefinition;
        }
    }

    /// <summary>A store on the summary pass into an instance member of the object under construction (or of its bases).</summary>
    private void NoteConstructedStore(ISymbol root, FlowValue value)
    {
        if (_constructedType is not null && root is IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false }
            && DeclaredInOrAbove(root, _constructedType))
        {
            _constructedContents = _constructedContents.Union(value);
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

    /// <summary>The constructor's object: its stores, and what a <c>: this(…)</c> or <c>: base(…)</c> call put in first.</summary>
    private void RecordConstructedObject(ISymbol owner, MethodSummary summary)
    {
        if (_constructedType is null || owner is not IMethodSymbol constructor)
        {
            return;
        }

        var value = _constructedContents;
        foreach (var effect in _effects)
        {
            if (effect is IInvocationOperation { TargetMethod.MethodKind: MethodKind.Constructor, Instance: IInstanceReferenceOperation } chained)
            {
                // Not Eval: the initializer call's type is void, which the type filter would drop.
                value = value.Union(EvalCall(chained));
            }
        }

        if (!value.IsEmpty)
        {
            summary.Returns[constructor.OriginalDefinition] = Settle(value);
        }
    }

    /// <summary><c>record with { Prompt = … }</c>: the copy carries the original and what the initializer puts in.</summary>
    private FlowValue EvalWith(IWithOperation with) => Eval(with.Operand).Union(EvalInitializer(with.Initializer));
}
