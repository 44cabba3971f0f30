using System.Collections.Generic;
using LawEnforcementAI.Analyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Prompts;

/// <summary>
/// What a method body puts into each of its locals, whatever the order: initializers, assignments (also to a member or
/// an index of the local: <c>request.Content = ...</c>, <c>body["image_url"] = ...</c>) and the arguments of calls on it
/// (<c>messages.Add(...)</c>, <c>history.AddUserMessage(...)</c>). Read once per body, on the first local asked for.
/// </summary>
internal sealed class BodyWrites
{
    private readonly IOperation _root;
    private Dictionary<ILocalSymbol, List<IOperation>>? _writes;

    public BodyWrites(IOperation root)
    {
        _root = root;
    }

    public static BodyWrites Around(IOperation operation)
    {
        var root = operation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return new BodyWrites(root);
    }

    public IReadOnlyList<IOperation> Of(ILocalSymbol local) =>
        (_writes ??= Collect()).TryGetValue(local, out var writes) ? writes : (IReadOnlyList<IOperation>)System.Array.Empty<IOperation>();

    private Dictionary<ILocalSymbol, List<IOperation>> Collect()
    {
        var writes = new Dictionary<ILocalSymbol, List<IOperation>>(SymbolEqualityComparer.Default);
        void Add(ILocalSymbol? local, IOperation? value)
        {
            if (local is null || value is null)
            {
                return;
            }

            if (!writes.TryGetValue(local, out var list))
            {
                list = new List<IOperation>();
                writes.Add(local, list);
            }

            list.Add(value);
        }

        foreach (var operation in _root.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator:
                    Add(declarator.Symbol, (declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer)?.Value);
                    break;
                case IAssignmentOperation assignment:
                    var target = RootLocal(assignment.Target);
                    Add(target, assignment.Value);
                    if (assignment.Target is IPropertyReferenceOperation { Arguments.Length: > 0 } indexer)
                    {
                        foreach (var argument in indexer.Arguments)
                        {
                            Add(target, argument.Value);
                        }
                    }

                    break;
                case IInvocationOperation invocation:
                    AddCallArguments(invocation, Add);
                    break;
            }
        }

        return writes;
    }

    /// <summary>A call on a local (or an extension method whose first argument is the local) adds its arguments to it.</summary>
    private static void AddCallArguments(IInvocationOperation invocation, System.Action<ILocalSymbol?, IOperation?> add)
    {
        var extension = invocation.Instance is null && invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0;
        var receiver = extension ? invocation.Arguments[0].Value : invocation.Instance;
        var local = RootLocal(receiver);

        // A string's methods return a new string: "prompt.Replace(a, b)" adds nothing to prompt.
        if (local is null || local.Type.SpecialType == SpecialType.System_String)
        {
            return;
        }

        for (var i = extension ? 1 : 0; i < invocation.Arguments.Length; i++)
        {
            add(local, invocation.Arguments[i].Value);
        }
    }

    /// <summary>The local a receiver or assignment target is part of: <c>options.Messages</c> is part of <c>options</c>.</summary>
    public static ILocalSymbol? RootLocal(IOperation? operation) =>
        (OperationPeeling.Peel(operation, Wrappers.Conversions | Wrappers.Members | Wrappers.Elements) as ILocalReferenceOperation)?.Local;
}
