using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// One body's summary kept for later compilations of the same tree: its plain facts (locations, names, liveness,
/// providers, routes) as they are, and every symbol as a <see cref="SymbolKey"/>. Rebuilding it in another compilation
/// gives the summary that analysing the body there would give, as long as the declarations it was bound against are the
/// same (<see cref="SummaryStore"/> keys it by them) and the project still calls the entry points it assumed.
/// </summary>
internal sealed partial class StoredSummary
{
    private readonly Func<StoredSymbols, ISymbol, MethodSummary>? _rebuild;
    private readonly ImmutableArray<(SymbolKey Method, bool Called)> _projectCalls;

    private StoredSummary(Func<StoredSymbols, ISymbol, MethodSummary>? rebuild, ImmutableArray<(SymbolKey, bool)> projectCalls, ImmutableHashSet<string>? answers)
    {
        _rebuild = rebuild;
        _projectCalls = projectCalls;
        Answers = answers;
    }

    /// <summary>What the summary can answer a neighbourhood's demand about, without rebuilding it (<see cref="SummaryAnswers"/>).</summary>
    public ImmutableHashSet<string>? Answers { get; }

    /// <summary>
    /// The stored form of <paramref name="summary"/> (null: the body adds nothing), or null when some part of it cannot be
    /// named in another compilation. <paramref name="projectCalls"/> are the answers the analysis had from
    /// <see cref="CompilationContext.IsCalledInProject"/>: an edit elsewhere can change them without touching this tree.
    /// </summary>
    public static StoredSummary? Of(ISymbol owner, MethodSummary? summary, IReadOnlyDictionary<IMethodSymbol, bool> projectCalls, Compilation compilation, SyntaxTree tree)
    {
        var capture = new Capture(owner, compilation, tree);
        try
        {
            var calls = projectCalls.Select(p => (capture.Key(p.Key), p.Value)).ToImmutableArray();
            return new StoredSummary(summary is null ? null : capture.Summary(summary), calls, SummaryAnswers.Of(summary));
        }
        catch (Capture.NotStorable)
        {
            return null;
        }
    }

    /// <summary>
    /// The summary of <see cref="StoredSymbols.Owner"/> rebuilt with <paramref name="symbols"/>' compilation; false when that
    /// compilation lacks a symbol it names or answers an assumed project call differently.
    /// </summary>
    public bool TryRestore(StoredSymbols symbols, out MethodSummary? summary)
    {
        summary = null;
        try
        {
            foreach (var (method, called) in _projectCalls)
            {
                if (symbols.Context.IsCalledInProject(symbols.Get<IMethodSymbol>(method)) != called)
                {
                    return false;
                }
            }

            summary = _rebuild?.Invoke(symbols, symbols.Owner);
            return true;
        }
        catch (StoredSymbols.Missing)
        {
            return false;
        }
    }

    /// <summary>A call site rebuilt in two steps: every site exists before any value that names one is rebuilt.</summary>
    private sealed class StoredCall
    {
        public StoredCall(Func<StoredSymbols, CallSite> create, Action<CallSite, Restore> fill)
        {
            Create = create;
            Fill = fill;
        }

        public Func<StoredSymbols, CallSite> Create { get; }

        public Action<CallSite, Restore> Fill { get; }
    }

    /// <summary>What rebuilding one summary needs: the symbols, and its call sites by index.</summary>
    private sealed class Restore
    {
        public Restore(StoredSymbols symbols, CallSite[] sites)
        {
            Symbols = symbols;
            Sites = sites;
        }

        public StoredSymbols Symbols { get; }

        public CallSite[] Sites { get; }
    }
}
