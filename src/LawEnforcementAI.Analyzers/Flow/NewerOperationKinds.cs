using System;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Operation kinds added after the Roslyn version we compile against (4.8) but produced by the compilers that load us
/// (the .NET 10 SDK ships Roslyn 5.9). Looked up by name so the analyzer still loads in Visual Studio 17.8.
/// </summary>
internal static class NewerOperationKinds
{
    private static readonly OperationKind CollectionExpression = Parse("CollectionExpression");
    private static readonly OperationKind Spread = Parse("Spread");

    /// <summary><c>[a, b, ..rest]</c>: what the collection holds is what its elements hold.</summary>
    public static bool IsCollectionShape(OperationKind kind) =>
        kind != OperationKind.None && (kind == CollectionExpression || kind == Spread);

    private static OperationKind Parse(string name) =>
        Enum.TryParse<OperationKind>(name, out var kind) ? kind : OperationKind.None;
}
