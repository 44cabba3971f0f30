using LawEnforcementAI.Analyzers.Tests.Rules;

namespace LawEnforcementAI.Analyzers.Tests.Catalog;

/// <summary>
/// One row of <see cref="CatalogEntryTests"/>: a method body in which a live webcam frame (#1) reaches a sending
/// call (#0) through the entries the row is named after.
/// </summary>
public sealed class CatalogEntryCase
{
    public CatalogEntryCase(string name, string usings, string body, bool legacyAzureOpenAI = false, string client = Snippets.AzureChat, bool mobile = false, bool semanticKernelAzure = false, bool previewExtensionsAI = false)
    {
        PreviewExtensionsAI = previewExtensionsAI;
        SemanticKernelAzure = semanticKernelAzure;
        Mobile = mobile;
        Name = name;
        Usings = usings;
        Body = body;
        LegacyAzureOpenAI = legacyAzureOpenAI;
        Client = client;
    }

    public string Name { get; }

    public string Usings { get; }

    public string Body { get; }

    public bool LegacyAzureOpenAI { get; }

    public string Client { get; }

    /// <summary>Compiles with Semantic Kernel's Azure connector (<see cref="Infrastructure.StandInReferences.WithSemanticKernelAzure"/>).</summary>
    public bool SemanticKernelAzure { get; }

    /// <summary>Compiles with the Microsoft.Extensions.AI 9.1 preview stand-ins (<see cref="Infrastructure.StandInReferences.WithPreviewExtensionsAI"/>).</summary>
    public bool PreviewExtensionsAI { get; }

    /// <summary>The source is a phone camera: LEAI002 too.</summary>
    public bool Mobile { get; }

    public string Source() => Snippets.InMethod(Usings, Body, client: Client);

    public override string ToString() => Name;
}
