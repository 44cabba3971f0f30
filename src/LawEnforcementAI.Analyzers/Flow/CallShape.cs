using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>A method call or an object creation, as the catalogue's slots see it: receiver, method and arguments.</summary>
internal readonly struct CallShape
{
    private CallShape(IOperation operation, IMethodSymbol method, IOperation? instance, ImmutableArray<IArgumentOperation> arguments)
    {
        Operation = operation;
        Method = method;
        Instance = instance;
        Arguments = arguments;
    }

    public IOperation Operation { get; }

    public IMethodSymbol Method { get; }

    public IOperation? Instance { get; }

    public ImmutableArray<IArgumentOperation> Arguments { get; }

    public static CallShape Of(IInvocationOperation call) => new(call, call.TargetMethod, call.Instance, call.Arguments);

    public static CallShape Of(IObjectCreationOperation creation, IMethodSymbol constructor) => new(creation, constructor, null, creation.Arguments);
}
