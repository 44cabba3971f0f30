using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using LawEnforcementAI.Analyzers.Catalog;
using LawEnforcementAI.Analyzers.Prompts;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// What a request's prompt asks, read at the sending call the way the prompt rules read it (<see cref="RequestReader"/>,
/// <see cref="IntentMatcher"/>): the first phrase of each kind. Read in the body, where the operations are, so a request
/// decided later by a solver carries it on its <see cref="PendingSink"/>. Read only for sink calls, and only when a law
/// pack applies to some tree of the compilation (<see cref="CompilationContext.ReadsRequestIntents"/>); the reader is
/// bounded per request.
/// </summary>
internal static class RequestIntents
{
    public static ImmutableArray<IntentMatch> At(IInvocationOperation call, VisionSink sink, CompilationContext context, CancellationToken cancellationToken)
    {
        if (!context.ReadsRequestIntents)
        {
            return ImmutableArray<IntentMatch>.Empty;
        }

        var request = RequestReader.Read(call, sink, context.ImageParts, context.Declares, cancellationToken);
        var kinds = new HashSet<IntentKind>();
        var intents = ImmutableArray.CreateBuilder<IntentMatch>();
        foreach (var text in request.Texts)
        {
            foreach (var match in IntentMatcher.Default.Find(text))
            {
                if (kinds.Add(match.Kind))
                {
                    intents.Add(match);
                }
            }
        }

        return intents.ToImmutable();
    }
}
