using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>Whether a compilation can have flow findings at all: the check both flow analyzers make at its start.</summary>
internal static class FlowScope
{
    /// <summary>
    /// Attributed, and able to send a vision request: a vision SDK (or a declared sink) is referenced, or the source names
    /// an HTTP sending call. A camera API is not required: an upload-and-analyse service in law-enforcement code
    /// has images of unknown origin to report (LEAI007) without one. A project with a camera and no way to send stays out.
    /// </summary>
    public static bool Applies(CompilationContext shared) =>
        shared.Policy.IsAttributed && (shared.Index.HasSinks || shared.NamesEveryProjectSink);

    /// <summary>
    /// Whether any source file names a sink every project has (<c>PostAsync</c>, <c>SendAsync</c>, ...). Read only in an
    /// attributed project that references no vision SDK, from the tokens of each tree, stopping at the first
    /// hit; the answer is kept per tree, so an edit reads only the edited document again.
    /// </summary>
    public static bool NamesAny(Compilation compilation, ApiCatalog catalogue, ImmutableHashSet<string> names, CancellationToken cancellationToken) =>
        !names.IsEmpty && compilation.SyntaxTrees.Any(tree => AnalysisCaches.Of(catalogue).EveryProjectSinkMentions
            .GetValue(tree, t => new TreeMention(t.GetRoot(cancellationToken).DescendantTokens()
                .Any(token => token.IsKind(SyntaxKind.IdentifierToken) && names.Contains(token.ValueText)))).Mentions);

    /// <summary>A box for the per-tree answer (a weak table holds reference types).</summary>
    internal sealed class TreeMention
    {
        public TreeMention(bool mentions)
        {
            Mentions = mentions;
        }

        public bool Mentions { get; }
    }
}
