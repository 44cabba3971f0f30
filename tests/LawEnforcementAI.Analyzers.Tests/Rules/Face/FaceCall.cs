namespace LawEnforcementAI.Analyzers.Tests.Rules.Face;

/// <summary>
/// One call of an Azure AI Face operation as a test row: the table entry it must match (declaring type and member), the
/// name and kind LEAI005's message gives, and the statement that makes the call, with the call marked <c>{|#0:…|}</c>.
/// </summary>
public sealed record FaceCall(string TypeMetadataName, string MemberName, string Display, string Kind, string Statement)
{
    public override string ToString() => Display;
}
