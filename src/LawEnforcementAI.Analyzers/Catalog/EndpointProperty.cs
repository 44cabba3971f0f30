namespace LawEnforcementAI.Analyzers.Catalog;

/// <summary>A settable endpoint on a client options type; the assigned URL decides Azure versus not (<see cref="EndpointClassifier"/>).</summary>
internal sealed class EndpointProperty : CatalogEntry
{
    public EndpointProperty(string typeName, string property)
        : base(typeName, property)
    {
    }

    public override string Describe() => "endpoint: the URL decides the service";
}
