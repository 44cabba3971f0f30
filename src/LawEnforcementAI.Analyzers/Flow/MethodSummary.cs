using System.Collections.Generic;
using System.Collections.Immutable;
using LawEnforcementAI.Analyzers.Prompts;
using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// What one member body contributes to the program: what its functions return, what it stores in fields, the calls it
/// makes into the compilation, and the requests it sends whose content depends on other methods. Values may hold
/// tokens; <see cref="ProgramFlowSolver"/> fills them in.
/// </summary>
internal sealed class MethodSummary
{
    public MethodSummary(ISymbol owner, Location location)
    {
        Owner = owner;
        Location = location;
    }

    public ISymbol Owner { get; }

    /// <summary>Orders summaries so the solver runs the same way on every build.</summary>
    public Location Location { get; }

    /// <summary>Return values of the member itself and of the lambdas and local functions declared in it.</summary>
    public Dictionary<IMethodSymbol, FlowValue> Returns { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>Values left in out/ref parameters, keyed by the parameter.</summary>
    public Dictionary<IParameterSymbol, FlowValue> OutValues { get; } = new(SymbolEqualityComparer.Default);

    public List<MemberWrite> Writes { get; } = new();

    /// <summary>What the member writes to the file at the path its caller passes for a parameter, keyed by the parameter.</summary>
    public Dictionary<IParameterSymbol, FlowValue> ParameterFiles { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>Frames written to files whose path means the same in every method (docs/flow.md, "Frames through files").</summary>
    public List<FileWrite> FileWrites { get; } = new();

    /// <summary>Values put into a service of the container: registrations, and writes through injected parameters.</summary>
    public List<ServiceWrite> ServiceWrites { get; } = new();

    public List<CallSite> Calls { get; } = new();

    public List<PendingSink> Sinks { get; } = new();

    public bool IsEmpty =>
        Returns.Count == 0 && OutValues.Count == 0 && Writes.Count == 0 && ParameterFiles.Count == 0 && FileWrites.Count == 0 && ServiceWrites.Count == 0
        && Calls.Count == 0 && Sinks.Count == 0;
}

/// <summary>A store into a field, property or event declared in source.</summary>
internal sealed class MemberWrite
{
    public MemberWrite(ISymbol member, FlowValue value, Location location)
    {
        Member = member.OriginalDefinition;
        Value = value;
        Location = location;
    }

    public ISymbol Member { get; }

    public FlowValue Value { get; }

    public Location Location { get; }
}

/// <summary>A value put into a service of the container (<see cref="ServiceToken"/>), and how the route names that step.</summary>
internal sealed class ServiceWrite
{
    public ServiceWrite(ServiceToken service, FlowValue value, Location location, string description, bool registers)
    {
        Registers = registers;
        Service = service;
        Value = value;
        Location = location;
        Description = description;
    }

    public ServiceToken Service { get; }

    public FlowValue Value { get; }

    public Location Location { get; }

    public string Description { get; }

    /// <summary>A registration (its value may be empty: <c>AddHostedService&lt;T&gt;()</c> registers the type alone).</summary>
    public bool Registers { get; }
}

/// <summary>A write of a value to the file at a path.</summary>
internal sealed class FileWrite
{
    public FileWrite(FilePath path, FlowValue value, Location location)
    {
        Path = path;
        Value = value;
        Location = location;
    }

    public FilePath Path { get; }

    public FlowValue Value { get; }

    public Location Location { get; }
}

/// <summary>A request whose image or client is only known once the whole program is solved.</summary>
internal sealed class PendingSink
{
    public PendingSink(IOperation call, string sinkName, FlowValue request, FlowValue client, bool isRaw = false, ImmutableArray<IntentMatch> intents = default, bool enrolsFaces = false)
        : this(call.Syntax.GetLocation(), sinkName, request, client, isRaw, intents, enrolsFaces)
    {
    }

    public PendingSink(Location location, string sinkName, FlowValue request, FlowValue client, bool isRaw, ImmutableArray<IntentMatch> intents = default, bool enrolsFaces = false)
    {
        EnrolsFaces = enrolsFaces;
        Location = location;
        SinkName = sinkName;
        Request = request;
        Client = client;
        IsRaw = isRaw;
        Intents = intents.IsDefault ? ImmutableArray<IntentMatch>.Empty : intents;
    }

    /// <summary>
    /// What the prompt asks, read at the sending call in its body: summaries keep values, never operations, so the solver
    /// that decides the request later carries these onto its finding.
    /// </summary>
    public ImmutableArray<IntentMatch> Intents { get; }

    /// <summary>A face-enrolment call, not a model request (<see cref="SinkFinding.EnrolsFaces"/>).</summary>
    public bool EnrolsFaces { get; }

    /// <summary>A raw HTTP call: a vision request only if its URL may be Azure's or its body or route is a model request's.</summary>
    public bool IsRaw { get; }

    public Location Location { get; }

    public string SinkName { get; }

    public FlowValue Request { get; }

    public FlowValue Client { get; }
}
