using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// Every member body whose summary can add a fact to one type's requests, found without analysing the program. Forwards:
/// what the members call or hold as delegates, and the implementations an interface or virtual call may run. Backwards,
/// for each token a summary reads: the callers of a method whose parameters it reads, the writers of a field, property
/// or event, the registrations of a service, the bodies that write files. Callers and writers are found by name in the
/// per-tree facts of <see cref="RelevantMembers"/> (a generous filter kept across edits), and only those are bound. The
/// walk has no depth bound: it ends when nothing new is reached, so the type's requests are decided as the whole program
/// decides them, and a document's own analysis shows what a build shows. It stops early at <see cref="MaxMembers"/>, or
/// at a token whose writers no name finds (an operator's parameters); the set is then only part of the program.
/// </summary>
internal sealed class RouteNeighbourhood
{
    /// <summary>Bodies analysed for one type at most: beyond this, the type is analysed with what was reached.</summary>
    public const int MaxMembers = 1000;

    private readonly CompilationContext _context;
    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellationToken;
    private readonly HashSet<ISymbol> _visited = new(SymbolEqualityComparer.Default);
    private readonly HashSet<string> _walkedMentions = new();
    private readonly HashSet<string> _walkedDeclarations = new();
    private readonly HashSet<IMethodSymbol> _walkedImplementations = new(SymbolEqualityComparer.Default);
    private readonly Queue<MethodSummary> _pending = new();
    private readonly List<MethodSummary> _found = new();
    private bool _complete = true;

    private RouteNeighbourhood(CompilationContext context, Compilation compilation, CancellationToken cancellationToken)
    {
        _context = context;
        _compilation = compilation;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// The summaries beyond <paramref name="own"/> that can add a fact to its requests, in the order reached, and whether
    /// they are all there are (false when the walk stopped early).
    /// </summary>
    public static (IReadOnlyList<MethodSummary> Others, bool Complete) Of(
        IReadOnlyList<MethodSummary> own, CompilationContext context, Compilation compilation, CancellationToken cancellationToken)
    {
        var walk = new RouteNeighbourhood(context, compilation, cancellationToken);
        foreach (var summary in own)
        {
            walk._visited.Add(summary.Owner.OriginalDefinition);
            walk._pending.Enqueue(summary);
        }

        while (walk._pending.Count > 0 && walk._complete)
        {
            cancellationToken.ThrowIfCancellationRequested();
            walk.Follow(walk._pending.Dequeue());
        }

        return (walk._found, walk._complete);
    }

    /// <summary>
    /// <paramref name="own"/> solved with their neighbourhood, as the whole program would solve them (part of the program
    /// when the walk stopped early); <paramref name="boundary"/> as in <see cref="ProgramFlow.Solve"/>.
    /// </summary>
    public static ProgramFlowResult Solve(
        IReadOnlyList<MethodSummary> own, CompilationContext context, Compilation compilation, CancellationToken cancellationToken,
        IReadOnlyCollection<IMethodSymbol>? boundary = null)
    {
        var (others, complete) = Of(own, context, compilation, cancellationToken);
        var settings = context.FlowOptions;
        return Flow(own).Solve(settings.MaxHops, settings.SolverBudget, cancellationToken, partOfProgram: !complete, others, boundary);
    }

    /// <summary>A program flow of <paramref name="summaries"/> alone.</summary>
    public static ProgramFlow Flow(IEnumerable<MethodSummary> summaries)
    {
        var flow = new ProgramFlow();
        foreach (var summary in summaries)
        {
            flow.Add(summary);
        }

        return flow;
    }

    private void Follow(MethodSummary summary)
    {
        foreach (var call in summary.Calls)
        {
            if (call.Callee is { } callee)
            {
                Visit(callee.PartialImplementationPart ?? callee);
                Implementations(callee);
            }
        }

        foreach (var function in SummaryTokens.Functions(summary))
        {
            Visit(function.OriginalDefinition);
            if (function.MethodKind is MethodKind.AnonymousFunction or MethodKind.LocalFunction)
            {
                Visit(function.ContainingSymbol);
            }
        }

        foreach (var token in SummaryTokens.Of(summary))
        {
            Writers(token);
        }

        // A function stored in a field or event is invoked by whoever reads it: its parameters get their arguments there.
        foreach (var write in summary.Writes)
        {
            if (!write.Value.Functions.IsEmpty)
            {
                Mentioning(write.Member.Name);
            }
        }
    }

    /// <summary>The bodies that can give <paramref name="token"/> a value.</summary>
    private void Writers(FlowToken token)
    {
        switch (token)
        {
            case ParameterToken { Parameter.ContainingSymbol: var function }:
                Callers(function);
                break;
            case DeviceAddressToken { Parameter.ContainingSymbol: var function }:
                Callers(function);
                break;
            case MemberToken { Member: var member }:
                MemberWriters(member);
                break;
            case ServiceToken service:
                foreach (var name in _context.Index.RegistrationNames)
                {
                    Mentioning(name);
                }

                if (service.Container is null)
                {
                    // A client or other service is given its value by its registrations alone.
                    break;
                }

                // A shared container (a channel, a queue) is also written through the parameters it is injected into,
                // in bodies that may name the parameter only, not its type.
                Mentioning(service.Type.Name);
                foreach (var injected in _context.InjectedTypes.Taking(service.Type.Name))
                {
                    foreach (var member in injected.GetMembers())
                    {
                        Visit(member);
                    }
                }

                break;
            case FileToken or FileContentsToken or CallFileToken:
                foreach (var name in _context.Index.FileNames)
                {
                    Mentioning(name);
                }

                break;
        }
    }

    private void Callers(ISymbol? function)
    {
        if (function is not IMethodSymbol method)
        {
            return;
        }

        switch (method.MethodKind)
        {
            case MethodKind.AnonymousFunction or MethodKind.LocalFunction:
                // Invoked where the delegate goes: the callees and stored members followed forwards, or the callers of
                // the member that made it (it may return the function).
                Visit(method.ContainingSymbol);
                Callers(method.ContainingSymbol);
                break;
            case MethodKind.Constructor:
                Mentioning(method.ContainingType.Name);
                Mentioning(MemberMentions.AnyConstructor);
                break;
            case MethodKind.PropertyGet or MethodKind.PropertySet when method.AssociatedSymbol is IPropertySymbol { IsIndexer: false } property:
                Mentioning(property.Name);
                break;
            case MethodKind.EventAdd or MethodKind.EventRemove or MethodKind.EventRaise when method.AssociatedSymbol is { } @event:
                Mentioning(@event.Name);
                break;
            case MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation or MethodKind.DelegateInvoke:
                Mentioning(method.Name);
                foreach (var declared in ImplementationMap.DeclarationsImplementedBy(method))
                {
                    Mentioning(declared.Name);
                    Implementations(declared);
                }

                // The language calls these by pattern (foreach, deconstruction, collection initializers): no name at the call.
                _complete &= !RelevantMembers.IsCalledByPattern(method.Name);
                break;
            default:
                // Operators, conversions, indexers, finalizers and static constructors are called without their name.
                _complete = false;
                break;
        }
    }

    private void MemberWriters(ISymbol member)
    {
        Mentioning(member.Name);
        Declaring(member.Name);

        // A positional record's property, or a primary constructor's: written by whoever constructs the type.
        if (member.IsImplicitlyDeclared || (member.ContainingType is { } type && type.InstanceConstructors.Any(OwnConstructors.IsPrimary)))
        {
            Mentioning(member.ContainingType!.Name);
            Mentioning(MemberMentions.AnyConstructor);
        }
    }

    /// <summary>The bodies a call to <paramref name="declared"/> may run, found among the members of that name.</summary>
    private void Implementations(IMethodSymbol declared)
    {
        declared = declared.OriginalDefinition;
        if (!(declared.IsAbstract || declared.IsVirtual || declared.IsOverride || declared.ContainingType?.TypeKind == TypeKind.Interface)
            || !_walkedImplementations.Add(declared))
        {
            return;
        }

        foreach (var (tree, position) in _context.RelevantMembers.Naming(declared.Name, declared: true))
        {
            foreach (var symbol in DeclaredMembers.At(_compilation, tree, position, _cancellationToken))
            {
                if (symbol is IMethodSymbol body
                    && ImplementationMap.DeclarationsImplementedBy(body).Contains(declared, SymbolEqualityComparer.Default))
                {
                    Visit(body);
                }
            }
        }
    }

    private void Mentioning(string name)
    {
        if (_walkedMentions.Add(name))
        {
            VisitAll(_context.RelevantMembers.Naming(name, declared: false));
        }
    }

    private void Declaring(string name)
    {
        if (_walkedDeclarations.Add(name))
        {
            VisitAll(_context.RelevantMembers.Naming(name, declared: true));
        }
    }

    private void VisitAll(IEnumerable<(SyntaxTree Tree, int Position)> members)
    {
        foreach (var (tree, position) in members)
        {
            foreach (var symbol in DeclaredMembers.At(_compilation, tree, position, _cancellationToken))
            {
                Visit(symbol);
            }
        }
    }

    private void Visit(ISymbol? member)
    {
        if (member is null || !_complete || !_context.Declares(member) || !_visited.Add(member.OriginalDefinition)
            || !_context.RelevantMembers.Covers(member))
        {
            return;
        }

        if (_found.Count >= MaxMembers)
        {
            _complete = false;
            return;
        }

        if (_context.MethodAnalyses.SummaryOf(member.OriginalDefinition, _cancellationToken) is { } summary)
        {
            _found.Add(summary);
            _pending.Enqueue(summary);
        }
    }
}
