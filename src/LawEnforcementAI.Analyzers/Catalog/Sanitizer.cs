namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>
/// A team's approved redaction step (a face blur, say), declared in the model file: what it returns is no longer a
/// frame, whatever it was given. Only the team can vouch for such a step, so the shipped tables have none.
/// </summary>
internal sealed class Sanitizer : CatalogEntry
{
    public Sanitizer(string typeName, ApiMember member)
        : base(typeName, member)
    {
    }

    public override string Describe() => "returns a value that is no longer a frame";
}
