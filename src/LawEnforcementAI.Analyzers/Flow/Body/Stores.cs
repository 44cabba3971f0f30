using LawEnforcementAI.Analyzers.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawEnforcementAI.Analyzers.Flow;

/// <summary>
/// The one way the body's values are stored: into the root of an assignment's target (a variable, a parameter, a member
/// of the program; other objects as a whole) or into a file slot, and, on the recording pass, into the summary too.
/// Owns nothing. Asks the variable state and the files to grow, and the summary recorder to record.
/// </summary>
internal sealed class Stores
{
    private readonly BodyRules _rules;
    private readonly VariableState _state;
    private readonly BodyFiles _files;
    private readonly SummaryRecorder _recorder;

    public Stores(BodyRules rules, VariableState state, BodyFiles files, SummaryRecorder recorder)
    {
        _rules = rules;
        _state = state;
        _files = files;
        _recorder = recorder;
    }

    /// <summary>Stores into the variable, field or parameter at the root of <paramref name="target"/>; true when it grew.</summary>
    public bool Assign(IOperation target, FlowValue value)
    {
        if (target is IPropertyReferenceOperation property && _rules.IsEndpoint(property.Property))
        {
            value = RuleValues.EndpointValue(value);
        }
        else if (target is IMemberReferenceOperation { Instance.Type: INamedTypeSymbol owner } && _rules.Index.IsOptionsType(owner))
        {
            // Another setting of options or of a request message (its Content, a header): it carries frames, not a service.
            value = value.WithoutProvider();
        }

        // body["messages"] = ... or request.Messages = ...: the object becomes a model request's body.
        if (target is IPropertyReferenceOperation named && ObjectValues.MemberMark(named) is var mark and not ProviderFacts.None)
        {
            value = value.Union(FlowValue.OfProvider(mark));
        }

        return Operands.RootOf(target, _rules) is { } root && Store(root, value, target.Syntax.GetLocation());
    }

    /// <summary>Members declared in source are also recorded for the program solver, on the recording pass.</summary>
    public bool Store(ISymbol root, FlowValue value, Location location)
    {
        _recorder.Stored(root, value, location);
        return _state.Join(root, value);
    }

    /// <summary>Adds <paramref name="value"/> to the file at the path; true when it grew.</summary>
    public bool WriteFile(FilePath path, FlowValue value, Location location)
    {
        if (value.IsEmpty)
        {
            return false;
        }

        _recorder.FileWritten(path, value, location);
        return _files.Write(path, value);
    }
}
