using Microsoft.CodeAnalysis;

namespace LawEnforcementAI.Analyzers.Policy;

/// <summary>A setting that could not be understood, with the place it was written when that place is in source.</summary>
internal sealed class PolicyProblem
{
    public PolicyProblem(string message, Location location)
    {
        Message = message;
        Location = location;
    }

    public string Message { get; }

    public Location Location { get; }
}
