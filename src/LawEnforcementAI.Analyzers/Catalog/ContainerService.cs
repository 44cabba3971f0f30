using System.Collections.Immutable;
using System.Linq;

namespace LawEnforcementAI.Analyzers.Catalog;

internal enum ContainerRole
{
    /// <summary>Adds a service to a container: its value becomes the one value of the service type.</summary>
    Registers,

    /// <summary>Hands a service back from a container (<c>GetRequiredService&lt;T&gt;()</c>).</summary>
    Resolves,
}

/// <summary>
/// A member of a dependency-injection container. A service is one value per service type across the program
/// (docs/flow.md, "Services from the container"): a registration adds the instance it is given, or what its factory
/// returns, to that value; a constructor parameter of the type, and a resolution, read it. The service type is
/// <see cref="ServiceTypeName"/> when the member fixes it (<c>AddChatClient</c> registers an <c>IChatClient</c>), else
/// the call's first type argument (<c>TService</c>, <c>THostedService</c>, <c>T</c>), else the operand of the
/// <c>typeof</c> passed as <see cref="ServiceTypeArgument"/>.
/// </summary>
internal sealed class ContainerService : CatalogEntry
{
    public ContainerService(
        string typeName,
        ApiMember member,
        ContainerRole role,
        string? serviceTypeName = null,
        Slot? serviceTypeArgument = null,
        Slot[]? instances = null,
        Slot[]? factories = null)
        : base(typeName, member)
    {
        Role = role;
        ServiceTypeName = serviceTypeName;
        ServiceTypeArgument = serviceTypeArgument;
        Instances = (instances ?? []).ToImmutableArray();
        Factories = (factories ?? []).ToImmutableArray();
    }

    public ContainerRole Role { get; }

    /// <summary>The service type by metadata name, when the member registers one type whatever its arguments.</summary>
    public string? ServiceTypeName { get; }

    /// <summary>The <c>Type</c> argument of the non-generic overloads (<c>AddSingleton(typeof(T), instance)</c>).</summary>
    public Slot? ServiceTypeArgument { get; }

    /// <summary>Arguments (or the call's own result) whose value is the service.</summary>
    public ImmutableArray<Slot> Instances { get; }

    /// <summary>Arguments that are factories: what they return is the service.</summary>
    public ImmutableArray<Slot> Factories { get; }

    public override string Describe()
    {
        var service = ServiceTypeName is { } name ? "`" + name.Substring(name.LastIndexOf('.') + 1) + "`" : "the service type it names";
        if (Role == ContainerRole.Resolves)
        {
            return "hands back " + service;
        }

        var values = Instances.Select(s => s.Kind == SlotKind.Result ? "the client it creates" : "the instance " + s)
            .Concat(Factories.Select(s => "what the factory " + s + " returns"))
            .ToList();
        return "registers " + service + (values.Count == 0 ? ", built by the container" : " as " + string.Join(" or ", values));
    }
}
