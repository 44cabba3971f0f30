using System.Collections.Immutable;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>A value rebuilt from its parts, with another compilation's symbols (<see cref="StoredSummary"/>).</summary>
internal readonly partial struct FlowValue
{
    /// <summary>The file the value names, as stored: empty when it names none.</summary>
    public static FlowValue Restore(
        ImmutableArray<FrameOrigin> frames, DeviceFacts device, ProviderFacts provider, ImmutableArray<FlowToken> tokens, ImmutableArray<IMethodSymbol> functions, FlowValue inFile) =>
        new(frames, device, provider, tokens, functions, Contents(inFile));
}
