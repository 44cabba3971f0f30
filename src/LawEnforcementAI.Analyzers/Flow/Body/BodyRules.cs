using System.Collections.Generic;
using System.Linq;
using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The catalogue and the compilation as one body asks them: the table rules of each member the body touches, and
/// whether a symbol is the program's own (its body or its stores are the program solver's to follow).
/// Owns the body's cache of rules, so each member is looked up (and reported to the observer) once per body.
/// Asks nothing of the other parts of the analysis.
/// </summary>
internal sealed class BodyRules
{
    private readonly CompilationContext _context;
    private readonly ICatalogObserver? _observer;
    private readonly Dictionary<ISymbol, List<MemberRules>> _cache = new(SymbolEqualityComparer.Default);

    public BodyRules(CompilationContext context, ICatalogObserver? observer)
    {
        _context = context;
        _observer = observer;
        Index = context.Index;
    }

    public ApiIndex Index { get; }

    public CompilationContext Context => _context;

    public List<MemberRules> For(ISymbol member)
    {
        if (!_cache.TryGetValue(member, out var rules))
        {
            rules = new List<MemberRules>();
            Index.Collect(member, rules);
            _cache.Add(member, rules);
            if (_observer is not null)
            {
                foreach (var entry in rules.SelectMany(r => r.Entries()))
                {
                    _observer.Matched(entry);
                }
            }
        }

        return rules;
    }

    /// <summary>A team's declared redaction step: what it returns or writes back carries no frame.</summary>
    public bool IsSanitizer(IMethodSymbol method)
    {
        foreach (var rules in For(method))
        {
            if (rules.Sanitizer is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A property that sets the service a client's options reach.</summary>
    public bool IsEndpoint(IPropertySymbol property)
    {
        foreach (var rules in For(property))
        {
            if (rules.Endpoint is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Code of this compilation whose body the solver can see (or whose implementations it can find).</summary>
    public bool IsProgramCall(IMethodSymbol method) =>
        method.MethodKind is not (MethodKind.LocalFunction or MethodKind.DelegateInvoke) && IsInCompilation(method);

    public bool IsInCompilation(ISymbol symbol) => _context.Declares(symbol);

    /// <summary>Fields, properties and events declared in source are tracked program-wide, whatever the instance.</summary>
    public bool IsSourceMember(ISymbol member) =>
        member is IPropertySymbol or IEventSymbol or IFieldSymbol { IsConst: false } && IsInCompilation(member);
}
