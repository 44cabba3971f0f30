using System.Linq;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The backward half of the walk: for each token a followed value reads, the bodies that can give it a value (callers,
/// writers, registrations, the types a shared container is injected into, the bodies that write files), each asked
/// only for what the token needs (<see cref="RouteDemand"/>).
/// </summary>
internal sealed partial class RouteNeighbourhood
{
    /// <summary>The bodies that can give <paramref name="token"/> a value.</summary>
    private void Writers(FlowToken token)
    {
        if (!_walkedTokens.Add(token))
        {
            return;
        }

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
                var registrations = RouteDemand.WritesInto(service);
                foreach (var name in _context.Index.RegistrationNames)
                {
                    Mentioning(name, registrations);
                }

                if (service.Container is null)
                {
                    // A client or other service is given its value by its registrations alone.
                    break;
                }

                // A shared container (a channel, a queue) is also written through the parameters it is injected into,
                // in bodies that may name the parameter only, not its type: every member of a type it is injected into.
                // Any view of the container (a channel, its reader, its writer) is the same service.
                foreach (var view in service.Container.Value.Family.TypeNames.Select(SimpleName))
                {
                    Mentioning(view, registrations);
                    foreach (var injected in _context.InjectedTypes.Taking(view))
                    {
                        if (IsInjectedInto(injected, service))
                        {
                            foreach (var member in injected.GetMembers())
                            {
                                Visit(member);
                            }
                        }
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

    /// <summary>The name a declaration gives a type of a metadata name: <c>System.Threading.Channels.Channel`1</c> is <c>Channel</c>.</summary>
    private static string SimpleName(string metadataName)
    {
        var name = metadataName.Substring(metadataName.LastIndexOf('.') + 1);
        var arity = name.IndexOf('`');
        return arity < 0 ? name : name.Substring(0, arity);
    }

    /// <summary>Whether a constructor of <paramref name="type"/> takes a view of <paramref name="service"/>'s container.</summary>
    private bool IsInjectedInto(INamedTypeSymbol type, ServiceToken service) =>
        type.InstanceConstructors.Any(c => c.Parameters.Any(p => ServiceToken.For(p.Type, _context.Index).Equals(service)));

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
                var constructions = RouteDemand.CallsTo(new[] { method });
                Mentioning(method.ContainingType.Name, constructions);
                Mentioning(MemberMentions.AnyConstructor, constructions);
                break;
            case MethodKind.PropertyGet or MethodKind.PropertySet when method.AssociatedSymbol is IPropertySymbol { IsIndexer: false } property:
                Mentioning(property.Name, RouteDemand.CallsTo(new[] { method }));
                break;
            case MethodKind.EventAdd or MethodKind.EventRemove or MethodKind.EventRaise when method.AssociatedSymbol is { } @event:
                Mentioning(@event.Name);
                break;
            case MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation or MethodKind.DelegateInvoke:
                // Each callee once per walk: every implementation of an interface is called through the interface's
                // member, and asking its callers again for each implementation is callers × implementations.
                CallsOf(method);
                foreach (var declared in ImplementationMap.DeclarationsImplementedBy(method))
                {
                    CallsOf(declared);
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

    private void CallsOf(IMethodSymbol callee)
    {
        if (_walkedCallees.Add(callee.OriginalDefinition))
        {
            Mentioning(callee.Name, RouteDemand.CallsTo(new[] { callee }));
        }
    }

    private void MemberWriters(ISymbol member)
    {
        // A positional record's property, or a primary constructor's: written by whoever constructs the type.
        var type = member.ContainingType;
        var constructedBy = type is not null && (member.IsImplicitlyDeclared || type.InstanceConstructors.Any(OwnConstructors.IsPrimary))
            ? type.InstanceConstructors
            : System.Collections.Immutable.ImmutableArray<IMethodSymbol>.Empty;
        var writes = RouteDemand.WritesOf(member, constructedBy);
        Mentioning(member.Name, writes);
        Declaring(member.Name, writes);
        if (!constructedBy.IsEmpty)
        {
            Mentioning(type!.Name, writes);
            Mentioning(MemberMentions.AnyConstructor, writes);
        }
    }
}
