using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Services from a dependency-injection container (<see cref="ContainerServiceTable"/>): one value per service type
/// across the program. A registration puts its instance, or what its factory returns, into that value; a constructor
/// parameter of the type reads it, and so does a resolution from the provider; what a body writes into an injected
/// parameter (a frame into an injected channel) is written into the service for every other class that receives it.
/// Owns nothing but the index it names service types by. Asks nothing of the other parts; the summary recorder records
/// registrations and injected writes with the tokens it gives.
/// </summary>
internal sealed class ContainerServices
{
    private readonly ApiIndex _index;

    public ContainerServices(ApiIndex index)
    {
        _index = index;
    }

    /// <summary>The value of the service of <paramref name="type"/>, program-wide.</summary>
    public ServiceToken TokenOf(ITypeSymbol type) => ServiceToken.For(type, _index);

    /// <summary>A constructor parameter is what the container hands the object it builds: the service of its type.</summary>
    public FlowValue Injected(IParameterSymbol parameter) =>
        IsInjected(parameter) ? FlowValue.OfToken(TokenOf(parameter.Type)) : FlowValue.Empty;

    /// <summary>
    /// Classes, interfaces and delegates taken by a constructor; primitives, strings and structs (a key, a timeout, a
    /// cancellation token) are configuration, not services.
    /// </summary>
    public static bool IsInjected(IParameterSymbol parameter) =>
        parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor, IsStatic: false }
        && parameter.RefKind == RefKind.None
        && parameter.Type is INamedTypeSymbol { SpecialType: SpecialType.None, TypeKind: TypeKind.Class or TypeKind.Interface or TypeKind.Delegate };

    /// <summary>A resolution (<c>provider.GetRequiredService&lt;T&gt;()</c>) hands back the service of its type.</summary>
    public FlowValue Resolved(CallShape call, ContainerService resolution) =>
        resolution.Role == ContainerRole.Resolves && TypeOf(call, resolution) is { } type
            ? FlowValue.OfToken(TokenOf(type))
            : FlowValue.Empty;

    /// <summary>The type the member names (<c>IChatClient</c>), else the call's first type argument, else its <c>typeof</c> argument.</summary>
    public ITypeSymbol? TypeOf(CallShape call, ContainerService entry)
    {
        if (entry.ServiceTypeName is not null)
        {
            return _index.FixedServiceType(entry);
        }

        if (call.Method.TypeArguments.Length > 0)
        {
            return call.Method.TypeArguments[0];
        }

        foreach (var argument in call.Arguments)
        {
            if (entry.ServiceTypeArgument is { } slot && slot.Matches(argument.Parameter))
            {
                return (OperationPeeling.WithoutConversions(argument.Value) as ITypeOfOperation)?.TypeOperand;
            }
        }

        return null;
    }

    public static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
}
