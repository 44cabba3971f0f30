using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>Every type the compilation declares, nested ones included: declarations only, no body is bound.</summary>
internal static class SourceTypes
{
    public static IEnumerable<INamedTypeSymbol> Of(Compilation compilation, CancellationToken cancellationToken)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceOrTypeSymbol container)
                {
                    pending.Push(container);
                    if (container is INamedTypeSymbol type)
                    {
                        yield return type;
                    }
                }
            }
        }
    }
}
